import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CallRestrictions,
  DEFAULT_CALL_RESTRICTIONS,
  type UserCallRestrictionsInput,
} from '../../../core/telephony/call-classes';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { errorText } from '../../ui/error-text';
import { callRestrictionsApi, useCallRestrictionsMutation, useUserCallRestrictions } from './queries';
import { RestrictionsMatrix } from './restrictions-matrix';

/**
 * A user's call restrictions, as a card to embed (the user's detail page): follow the
 * enterprise's default, or a set of its own. While it follows, the matrix shows the default.
 */
export function UserCallRestrictions({
  userId,
  enterpriseId,
  embedded = false,
}: {
  userId: string;
  enterpriseId: string;
  /** Inside a section that has its own card and title (the user's detail page). */
  embedded?: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const current = useUserCallRestrictions(userId);
  const canWrite = mayWrite(me, 'user-telephony.write');
  const [follows, setFollows] = useState(true);
  const [own, setOwn] = useState<CallRestrictions>(DEFAULT_CALL_RESTRICTIONS);
  useEffect(() => {
    if (current.data) {
      setFollows(current.data.followsDefault);
      setOwn(current.data.restrictions);
    }
  }, [current.data]);
  const mutation = useCallRestrictionsMutation(
    (body: UserCallRestrictionsInput) => callRestrictionsApi.setUser(userId, body),
    () => notifications.show({ color: 'green', message: t('callRestrictions.user.saved') }),
    (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
  );
  const shown = follows ? (current.data?.enterpriseDefault ?? own) : own;
  const changed =
    current.data !== undefined &&
    (follows !== current.data.followsDefault ||
      (!follows && JSON.stringify(own) !== JSON.stringify(current.data.restrictions)));

  const form = (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate(follows ? { followsDefault: true } : { followsDefault: false, restrictions: own });
      }}
      {...(embedded
        ? { 'aria-label': t('callRestrictions.user.title') }
        : { 'aria-labelledby': `user-call-restrictions-${userId}` })}
    >
      <Stack gap="sm">
        {!embedded && (
          <Title order={2} fz="h4" id={`user-call-restrictions-${userId}`}>
            {t('callRestrictions.user.title')}
          </Title>
        )}
        {current.error ? (
          <Text c="red">{errorText(t, current.error)}</Text>
        ) : (
          <>
            <Radio.Group
              label={t('callRestrictions.user.modeLabel')}
              value={follows ? 'default' : 'own'}
              onChange={(value) => {
                const next = value === 'default';
                // Own restrictions start from what held until now.
                if (!next && follows && current.data) setOwn(current.data.restrictions);
                setFollows(next);
              }}
            >
              <Group gap="lg" mt={4}>
                <Radio
                  value="default"
                  label={t('callRestrictions.user.followsDefault')}
                  disabled={!canWrite}
                />
                <Radio value="own" label={t('callRestrictions.user.own')} disabled={!canWrite} />
              </Group>
            </Radio.Group>
            {follows && (
              <Text size="sm" c="dimmed">
                {t('callRestrictions.user.followsHint')}
              </Text>
            )}
            <RestrictionsMatrix
              idPrefix={`user-${userId}`}
              value={shown}
              disabled={!canWrite || follows || current.data === undefined}
              onChange={(key, allowed) => setOwn((v) => ({ ...v, [key]: allowed }))}
            />
          </>
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
  );
  if (embedded) return <div data-enterprise={enterpriseId}>{form}</div>;
  return (
    <Card withBorder padding="md" maw={900} data-enterprise={enterpriseId}>
      {form}
    </Card>
  );
}
