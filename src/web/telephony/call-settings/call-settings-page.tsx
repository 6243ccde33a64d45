import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CallSettingsDto,
  type CallSettingsInput,
  callSettingsInputSchema,
  DEFAULT_QUEUE_MESSAGES,
  DEFAULT_TRANSFER,
  MAX_DISPLAY_NAME,
  MAX_MESSAGE_LENGTH,
  QUEUE_MESSAGE_KEYS,
  type QueueMessages,
  type TransferSettings,
} from '../../../core/telephony/call-settings';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { DataTable } from '../../ui/data-table/data-table';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { PageHeader } from '../../ui/page-header';
import { useForm } from '../../ui/use-form';
import { NumberPicker } from './number-picker';
import { IdentityPreview } from './preview';
import { callSettingsApi, useCallSettings, useCallSettingsMutation } from './queries';

export type SiteRow = { siteId: string; siteName: string; mainNumber: string | null; displayName: string };
export type CallSettingsValues = {
  presentation: { displayName: string; mainNumber: string | null; sites: SiteRow[] };
  transfer: TransferSettings;
  queueMessages: QueueMessages;
};

const EMPTY: CallSettingsValues = {
  presentation: { displayName: '', mainNumber: null, sites: [] },
  transfer: { ...DEFAULT_TRANSFER },
  queueMessages: { ...DEFAULT_QUEUE_MESSAGES },
};

const valuesOf = (dto: CallSettingsDto): CallSettingsValues => ({
  presentation: {
    displayName: dto.presentation.displayName,
    mainNumber: dto.presentation.mainNumber?.number ?? null,
    sites: dto.presentation.sites.map((s) => ({
      siteId: s.siteId,
      siteName: s.siteName,
      mainNumber: s.mainNumber?.number ?? null,
      displayName: s.displayName ?? '',
    })),
  },
  transfer: { ...dto.transfer },
  queueMessages: { ...dto.queueMessages },
});

const bodyOf = (v: CallSettingsValues) => ({
  presentation: {
    displayName: v.presentation.displayName,
    mainNumber: v.presentation.mainNumber,
    sites: v.presentation.sites.map((s) => ({
      siteId: s.siteId,
      mainNumber: s.mainNumber,
      displayName: s.displayName.trim() === '' ? null : s.displayName,
    })),
  },
  transfer: v.transfer,
  queueMessages: v.queueMessages,
});

function Section(props: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id}>
      <Card withBorder padding="md" maw={1000}>
        <Stack gap="sm">
          <div>
            <Title order={2} fz="h4" id={props.id}>
              {props.title}
            </Title>
            <Text size="sm" c="dimmed">
              {props.description}
            </Text>
          </div>
          {props.children}
        </Stack>
      </Card>
    </section>
  );
}

/**
 * The enterprise's telephony settings: name and number presentation (with a row per site that
 * has its own), transfer, and the queues' default messages, saved as a whole; and a preview of
 * what a call of a chosen user shows, with the values as they stand in the form.
 */
export function CallSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const current = useCallSettings(enterprise.id);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const canWrite = mayWrite(me, 'telephony-settings.write');
  const form = useForm<CallSettingsValues>(EMPTY);
  const [addSite, setAddSite] = useState<string | null>(null);
  const { reset } = form;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is reset when the stored settings change, not when the form does
  useEffect(() => {
    if (current.data) reset(valuesOf(current.data));
  }, [current.data]);
  const mutation = useCallSettingsMutation(
    (body: CallSettingsInput) => callSettingsApi.set(enterprise.id, body),
    (saved) => {
      form.reset(valuesOf(saved));
      notifications.show({ color: 'green', message: t('callSettings.saved') });
    },
    (error) => form.fail(error),
  );
  const onSubmit = form.submit(() => {
    const body = form.validate(callSettingsInputSchema, bodyOf(form.values));
    if (body) mutation.mutate(body);
  });

  const v = form.values;
  const disabled = !canWrite || current.data === undefined;
  const setPresentation = (change: Partial<CallSettingsValues['presentation']>) =>
    form.set('presentation', { ...v.presentation, ...change });
  const setSite = (siteId: string, change: Partial<SiteRow>) =>
    setPresentation({
      sites: v.presentation.sites.map((s) => (s.siteId === siteId ? { ...s, ...change } : s)),
    });
  const indexOf = (siteId: string) => v.presentation.sites.findIndex((s) => s.siteId === siteId);
  const siteOptions = sites.rows
    .filter((s) => !v.presentation.sites.some((o) => o.siteId === s.id))
    .map((s) => ({ value: s.id, label: s.name }));
  const changed = current.data !== undefined && JSON.stringify(valuesOf(current.data)) !== JSON.stringify(v);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('callSettings.title')}
        description={t('callSettings.description', { enterprise: enterprise.name })}
      />
      {current.error ? <Text c="red">{errorText(t, current.error)}</Text> : null}
      {!canWrite && <Text size="sm">{t('callSettings.readOnly')}</Text>}
      <form onSubmit={onSubmit} noValidate aria-label={t('callSettings.title')}>
        <Stack gap="xl">
          <Section
            id="call-settings-presentation"
            title={t('callSettings.presentation.title')}
            description={t('callSettings.presentation.description')}
          >
            <Group align="flex-start" gap="md" wrap="wrap">
              <TextInput
                label={t('callSettings.presentation.displayName')}
                required
                maxLength={MAX_DISPLAY_NAME}
                w={320}
                name="displayName"
                value={v.presentation.displayName}
                onChange={(e) => setPresentation({ displayName: e.currentTarget.value })}
                error={form.error('presentation.displayName')}
                disabled={disabled}
              />
              <NumberPicker
                enterpriseId={enterprise.id}
                label={t('callSettings.presentation.mainNumber')}
                name="mainNumber"
                value={v.presentation.mainNumber}
                onChange={(mainNumber) => setPresentation({ mainNumber })}
                error={form.error('presentation.mainNumber')}
                disabled={disabled}
                w={360}
              />
            </Group>
            <Title order={3} fz="h5" id="call-settings-sites">
              {t('callSettings.presentation.sitesTitle')}
            </Title>
            <DataTable<SiteRow>
              label={t('callSettings.presentation.sitesTitle')}
              rows={v.presentation.sites}
              rowKey={(row) => row.siteId}
              loading={current.isLoading}
              empty={t('callSettings.presentation.noSites')}
              columns={[
                {
                  key: 'site',
                  header: t('callSettings.presentation.site'),
                  cell: (row) => {
                    const i = indexOf(row.siteId);
                    const error = form.error(`presentation.sites.${i}.siteId`);
                    return (
                      <Stack gap={2}>
                        <Text size="sm">{row.siteName}</Text>
                        {error && (
                          <Text size="xs" c="red">
                            {error}
                          </Text>
                        )}
                      </Stack>
                    );
                  },
                  sortValue: (row) => row.siteName,
                },
                {
                  key: 'mainNumber',
                  header: t('callSettings.presentation.siteMainNumber'),
                  cell: (row) => (
                    <NumberPicker
                      enterpriseId={enterprise.id}
                      siteId={row.siteId}
                      label={t('callSettings.presentation.siteMainNumberOf', { site: row.siteName })}
                      hideLabel
                      name={`sites.${row.siteId}.mainNumber`}
                      value={row.mainNumber}
                      onChange={(mainNumber) => setSite(row.siteId, { mainNumber })}
                      error={form.error(`presentation.sites.${indexOf(row.siteId)}.mainNumber`)}
                      disabled={disabled}
                      w={300}
                    />
                  ),
                  csv: (row) => row.mainNumber ?? '',
                },
                {
                  key: 'displayName',
                  header: t('callSettings.presentation.siteDisplayName'),
                  cell: (row) => (
                    <TextInput
                      aria-label={t('callSettings.presentation.siteDisplayNameOf', { site: row.siteName })}
                      placeholder={t('callSettings.presentation.siteNone')}
                      maxLength={MAX_DISPLAY_NAME}
                      name={`sites.${row.siteId}.displayName`}
                      value={row.displayName}
                      onChange={(e) => setSite(row.siteId, { displayName: e.currentTarget.value })}
                      error={form.error(`presentation.sites.${indexOf(row.siteId)}.displayName`)}
                      disabled={disabled}
                      w={260}
                    />
                  ),
                  csv: (row) => row.displayName,
                },
              ]}
              rowActions={
                canWrite
                  ? (row) => (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('callSettings.presentation.removeSite', { site: row.siteName })}
                        onClick={() =>
                          setPresentation({
                            sites: v.presentation.sites.filter((s) => s.siteId !== row.siteId),
                          })
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )
                  : undefined
              }
            />
            {canWrite && (
              <Group align="flex-end" gap="sm">
                <Select
                  label={t('callSettings.presentation.addSite')}
                  placeholder={t('callSettings.presentation.addSitePlaceholder')}
                  data={siteOptions}
                  value={addSite}
                  onChange={setAddSite}
                  searchable
                  w={260}
                  name="addSite"
                  disabled={disabled || siteOptions.length === 0}
                />
                <Button
                  variant="default"
                  disabled={addSite === null}
                  onClick={() => {
                    const site = sites.rows.find((s) => s.id === addSite);
                    if (!site) return;
                    setPresentation({
                      sites: [
                        ...v.presentation.sites,
                        { siteId: site.id, siteName: site.name, mainNumber: null, displayName: '' },
                      ],
                    });
                    setAddSite(null);
                  }}
                >
                  {t('callSettings.presentation.addSite')}
                </Button>
              </Group>
            )}
            <IdentityPreview enterpriseId={enterprise.id} values={v} />
          </Section>

          <Section
            id="call-settings-transfer"
            title={t('callSettings.transfer.title')}
            description={t('callSettings.transfer.description')}
          >
            {(['blind', 'attended', 'outside'] as const).map((key) => (
              <Switch
                key={key}
                label={t(`callSettings.transfer.${key}`)}
                name={`transfer.${key}`}
                checked={v.transfer[key]}
                onChange={(e) => form.set('transfer', { ...v.transfer, [key]: e.currentTarget.checked })}
                error={form.error(`transfer.${key}`)}
                disabled={disabled}
              />
            ))}
            <NumberInput
              label={t('callSettings.transfer.recallSeconds')}
              description={t('callSettings.transfer.recallDescription')}
              name="recallSeconds"
              min={0}
              max={300}
              allowDecimal={false}
              w={420}
              value={v.transfer.recallSeconds}
              onChange={(value) =>
                form.set('transfer', { ...v.transfer, recallSeconds: typeof value === 'number' ? value : 0 })
              }
              error={form.error('transfer.recallSeconds')}
              disabled={disabled}
            />
          </Section>

          <Section
            id="call-settings-queue-messages"
            title={t('callSettings.queueMessages.title')}
            description={t('callSettings.queueMessages.description')}
          >
            {QUEUE_MESSAGE_KEYS.map((key) => (
              <Textarea
                key={key}
                label={t(`callSettings.queueMessages.${key}`)}
                description={
                  key === 'position' ? t('callSettings.queueMessages.positionDescription') : undefined
                }
                name={`queueMessages.${key}`}
                autosize
                minRows={2}
                maxLength={MAX_MESSAGE_LENGTH}
                value={v.queueMessages[key]}
                onChange={(e) =>
                  form.set('queueMessages', { ...v.queueMessages, [key]: e.currentTarget.value })
                }
                error={form.error(`queueMessages.${key}`)}
                disabled={disabled}
              />
            ))}
            {canWrite && (
              <Group>
                <Button
                  variant="default"
                  disabled={disabled}
                  onClick={() => form.set('queueMessages', { ...DEFAULT_QUEUE_MESSAGES })}
                >
                  {t('callSettings.queueMessages.restore')}
                </Button>
              </Group>
            )}
          </Section>

          <FormAlert message={form.general} />
          {canWrite && (
            <Group justify="flex-end" maw={1000}>
              <Button type="submit" loading={mutation.isPending} disabled={!changed}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
