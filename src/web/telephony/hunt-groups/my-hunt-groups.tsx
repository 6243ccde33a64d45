import { Card, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNational } from '../../../core/telephony/numbers';
import { errorText } from '../../ui/error-text';
import { huntGroupsApi, MY_HUNT_GROUPS, useMyHuntGroups } from './queries';

/** On My phone: the hunt groups the user is a member of, each with a switch to log in or out. */
export function MyHuntGroups() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useMyHuntGroups();
  const mutation = useMutation({
    mutationFn: ({ id, loggedIn }: { id: string; name: string; loggedIn: boolean }) =>
      huntGroupsApi.setMyMembership(id, loggedIn),
    onSuccess: (answer, { name, loggedIn }) => {
      queryClient.setQueryData(MY_HUNT_GROUPS, answer);
      notifications.show({
        color: 'green',
        message: t('myHuntGroups.saved', {
          name,
          state: t(loggedIn ? 'myHuntGroups.stateIn' : 'myHuntGroups.stateOut'),
        }),
      });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
  });
  if (!mine.data) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-hunt-groups">
      <Text id="my-hunt-groups" fw={700} size="lg" mb="sm" component="h2">
        {t('myHuntGroups.title')}
      </Text>
      {mine.data.items.length === 0 ? (
        <Text>{t('myHuntGroups.none')}</Text>
      ) : (
        <Stack gap="sm">
          {mine.data.items.map((g) => (
            <Switch
              key={g.huntGroupId}
              checked={g.loggedIn}
              label={t('myHuntGroups.loggedIn', { name: g.name })}
              description={[g.extension, g.number ? formatNational(g.number) : null]
                .filter(Boolean)
                .join(' · ')}
              onChange={(e) =>
                mutation.mutate({ id: g.huntGroupId, name: g.name, loggedIn: e.currentTarget.checked })
              }
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}
