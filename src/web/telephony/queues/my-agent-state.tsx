import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { StateBadge } from './agent-board-page';
import { AgentStateControl } from './agent-state-control';
import { QUEUES, queuesApi, useMyAgentState } from './queries';

/** My phone's call centre section: the agent's own state (one for all its queues) and its queues' boards. */
export function MyAgentState() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useMyAgentState();
  const mutation = useMutation({
    mutationFn: queuesApi.setMyState,
    onSuccess: (data) => {
      queryClient.setQueryData([...QUEUES, 'mine'], data);
      void queryClient.invalidateQueries({ queryKey: [...QUEUES, 'board'] });
      notifications.show({ color: 'green', message: t('myAgentState.saved') });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
  });
  const data = mine.data;
  if (!data || data.queues.length === 0) return null;
  const isAgent = data.queues.some((q) => q.role === 'agent');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-agent-state">
      <Text id="my-agent-state" fw={700} size="lg" mb="sm" component="h2">
        {t('myAgentState.title')}
      </Text>
      <Stack gap="sm">
        <Text size="sm">
          {t('myAgentState.description', { queues: data.queues.map((q) => q.name).join(', ') })}
        </Text>
        {isAgent && (
          <Group>
            <StateBadge state={data.state} />
            {data.reason && <Text size="sm">{t(`agentReasons.${data.reason}`)}</Text>}
            {data.until && (
              <Text size="sm">
                {t('myAgentState.until', { time: formatDateTime(data.until, i18n.language) })}
              </Text>
            )}
          </Group>
        )}
        {isAgent && (
          <AgentStateControl
            key={`${data.state}-${data.reason ?? ''}-${data.since ?? ''}`}
            state={data.state}
            reason={data.reason}
            name={t('myAgentState.title')}
            saving={mutation.isPending}
            onChange={(body) => mutation.mutate(body)}
          />
        )}
        <Text size="sm" fw={600}>
          {t('myAgentState.boards')}
        </Text>
        <Group>
          {data.queues.map((q) => (
            <Anchor key={q.id} component={Link} to={`/queues/${q.id}/agent-states`}>
              {q.name}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
