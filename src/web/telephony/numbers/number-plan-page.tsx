import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { useFormDialog } from '../../ui/use-form-dialog';
import { NumberBlocksTable } from './number-blocks-table';
import { type NumberFilters, NumbersTable } from './numbers-table';
import { useNumberBlocks, useTelephonySettings } from './queries';
import { SettingsForm } from './settings-form';
import { UsageLegend } from './usage-bar';

const FILTER_PARAMS: Record<keyof NumberFilters, string> = {
  state: 'state',
  kind: 'kind',
  siteId: 'site',
  blockId: 'block',
};

/**
 * The enterprise's number plan: the length of its extensions, its number blocks with their use,
 * and every number with its state. The filters live in the URL, so a filtered view can be shared.
 */
export function NumberPlanPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const [params, setParams] = useSearchParams();
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const blocks = useNumberBlocks(enterprise.id);
  const settings = useTelephonySettings(enterprise.id);
  const settingsDialog = useFormDialog<true>();
  const filters: NumberFilters = {
    state: params.get(FILTER_PARAMS.state),
    kind: params.get(FILTER_PARAMS.kind),
    siteId: params.get(FILTER_PARAMS.siteId),
    blockId: params.get(FILTER_PARAMS.blockId),
  };
  const setFilter = (key: keyof NumberFilters, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(FILTER_PARAMS[key]);
    else next.set(FILTER_PARAMS[key], value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Stack gap="xl">
        <div>
          <PageHeader
            title={t('numberPlan.title')}
            description={t('numberPlan.description', { enterprise: enterprise.name })}
          />
          {settings.data && (
            <Card withBorder padding="sm" maw={520}>
              <Group justify="space-between" gap="md">
                <Stack gap={2}>
                  <Text fw={600} size="sm">
                    {t('numberPlan.settings.title')}
                  </Text>
                  <Text size="sm">
                    {t('numberPlan.settings.length', { count: settings.data.extensionLength })}{' '}
                    {t('numberPlan.settings.inUse', { count: settings.data.extensionCount })}
                  </Text>
                </Stack>
                {mayWrite(me, 'telephony-settings.write') && settings.data.extensionCount === 0 && (
                  <Button variant="default" size="xs" onClick={() => settingsDialog.edit(true)}>
                    {t('numberPlan.settings.change')}
                  </Button>
                )}
              </Group>
            </Card>
          )}
        </div>
        <section aria-labelledby="number-blocks-title">
          <Group justify="space-between" mb="xs">
            <Title order={2} fz="h4" id="number-blocks-title">
              {t('numberPlan.blocks.title')}
            </Title>
            <UsageLegend />
          </Group>
          <NumberBlocksTable
            enterpriseId={enterprise.id}
            enterpriseName={enterprise.name}
            sites={sites.rows}
            onShowNumbers={(block) => {
              setFilter('blockId', block.id);
              document.getElementById('numbers-title')?.scrollIntoView({ behavior: 'smooth' });
            }}
          />
        </section>
        <section aria-labelledby="numbers-title">
          <Title order={2} fz="h4" id="numbers-title" mb="xs">
            {t('numberPlan.numbers.title')}
          </Title>
          <NumbersTable
            enterpriseId={enterprise.id}
            enterpriseName={enterprise.name}
            sites={sites.rows}
            blocks={blocks.rows}
            filters={filters}
            onFilter={setFilter}
          />
        </section>
      </Stack>
      <FormModal
        opened={settingsDialog.opened}
        title={t('numberPlan.settings.title')}
        onClose={settingsDialog.close}
        size="sm"
      >
        {settings.data && (
          <SettingsForm
            settings={settings.data}
            onDone={() => settingsDialog.saved(t('numberPlan.settings.saved'))}
          />
        )}
      </FormModal>
    </>
  );
}
