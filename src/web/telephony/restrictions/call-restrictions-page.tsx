import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CallRestrictions, DEFAULT_CALL_RESTRICTIONS } from '../../../core/telephony/call-classes';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { CallCheck } from './call-check';
import { callRestrictionsApi, useCallRestrictionsMutation, useEnterpriseCallRestrictions } from './queries';
import { RestrictionsMatrix } from './restrictions-matrix';

/** The enterprise's default call restrictions as a matrix of toggles, and a box to test a number. */
export function CallRestrictionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const current = useEnterpriseCallRestrictions(enterprise.id);
  const canWrite = mayWrite(me, 'telephony-settings.write');
  const [value, setValue] = useState<CallRestrictions>(DEFAULT_CALL_RESTRICTIONS);
  useEffect(() => {
    if (current.data) setValue(current.data.restrictions);
  }, [current.data]);
  const mutation = useCallRestrictionsMutation(
    (restrictions: CallRestrictions) => callRestrictionsApi.setDefault(enterprise.id, restrictions),
    () => notifications.show({ color: 'green', message: t('callRestrictions.saved') }),
    (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
  );
  const changed =
    current.data !== undefined && JSON.stringify(current.data.restrictions) !== JSON.stringify(value);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('callRestrictions.title')}
        description={t('callRestrictions.description', { enterprise: enterprise.name })}
      />
      <section aria-labelledby="call-restrictions-default-title">
        <Card withBorder padding="md" maw={900}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              mutation.mutate(value);
            }}
          >
            <Stack gap="sm">
              <Title order={2} fz="h4" id="call-restrictions-default-title">
                {t('callRestrictions.matrixTitle')}
              </Title>
              {current.error ? (
                <Text c="red">{errorText(t, current.error)}</Text>
              ) : (
                <RestrictionsMatrix
                  idPrefix="default"
                  value={value}
                  disabled={!canWrite || current.data === undefined}
                  onChange={(key, allowed) => setValue((v) => ({ ...v, [key]: allowed }))}
                />
              )}
              {canWrite && (
                <Group justify="flex-end">
                  <Button type="submit" loading={mutation.isPending} disabled={!changed}>
                    {t('common.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Card>
      </section>
      <section aria-labelledby="call-check-title">
        <Card withBorder padding="md" maw={900}>
          <Stack gap="sm">
            <div>
              <Title order={2} fz="h4" id="call-check-title">
                {t('callRestrictions.check.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('callRestrictions.check.description')}
              </Text>
            </div>
            <CallCheck enterpriseId={enterprise.id} />
          </Stack>
        </Card>
      </section>
    </Stack>
  );
}
