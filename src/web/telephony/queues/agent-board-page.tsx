import { Alert, Badge, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AgentState, AgentStatusDto, UnavailableReason } from '../../../core/telephony/agent-states';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { AgentStateControl } from './agent-state-control';
import { QUEUES, queuesApi, useAgentBoard } from './queries';

const COLOUR: Record<AgentState, string> = { available: 'green', unavailable: 'red', wrap_up: 'yellow' };

export function StateBadge({ state }: { state: AgentState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOUR[state]} variant="light">
      {t(`agentStates.${state}`)}
    </Badge>
  );
}

/**
 * A queue's agents and their states, for its agents, supervisors and admins. It is read again every
 * 10 seconds and when the window gets the focus back; each row the account may change has its control.
 */
export function AgentBoardPage() {
  const { t, i18n } = useTranslation();
  const { queueId = '' } = useParams();
  const queryClient = useQueryClient();
  const board = useAgentBoard(queueId);
  const mutation = useMutation({
    mutationFn: ({
      userId,
      body,
    }: {
      userId: string;
      name: string;
      body: { state: AgentState; reason: UnavailableReason | null };
    }) => queuesApi.setBoardState(queueId, userId, body),
    onSuccess: (data, { name }) => {
      queryClient.setQueryData([...QUEUES, 'board', queueId], data);
      void queryClient.invalidateQueries({ queryKey: [...QUEUES, 'mine'] });
      notifications.show({ color: 'green', message: t('agentBoard.saved', { name }) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
  });
  if (board.error)
    return (
      <>
        <PageHeader title={t('queues.board')} />
        <Alert color="yellow">{errorText(t, board.error)}</Alert>
      </>
    );
  if (!board.data) return <Loader />;
  const b = board.data;
  const columns: Column<AgentStatusDto>[] = [
    {
      key: 'agent',
      priority: 'essential',
      header: t('agentBoard.agent'),
      cell: (a) => a.userName,
      sortValue: (a) => a.userName,
    },
    {
      key: 'state',
      priority: 'essential',
      header: t('agentBoard.state'),
      cell: (a) => <StateBadge state={a.state} />,
      csv: (a) => t(`agentStates.${a.state}`),
      sortValue: (a) => a.state,
    },
    {
      key: 'reason',
      priority: 'high',
      header: t('agentBoard.reason'),
      cell: (a) => (a.reason ? t(`agentReasons.${a.reason}`) : ''),
      sortValue: (a) => a.reason,
    },
    {
      key: 'until',
      priority: 'medium',
      header: t('agentBoard.until'),
      cell: (a) => (a.until ? formatDateTime(a.until, i18n.language) : ''),
      sortValue: (a) => a.until,
    },
    {
      key: 'since',
      priority: 'low',
      header: t('agentBoard.since'),
      cell: (a) => (a.since ? formatDateTime(a.since, i18n.language) : ''),
      sortValue: (a) => a.since,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('agentBoard.title', { name: b.queueName })}
        description={t('agentBoard.description', { name: b.queueName })}
      />
      <Text size="sm" mb="sm">
        {b.supervises ? t('agentBoard.supervisor') : t('agentBoard.agentOnly')}{' '}
        {b.wrapUpSeconds > 0
          ? t('agentBoard.wrapUp', { seconds: b.wrapUpSeconds })
          : t('agentBoard.noWrapUp')}
      </Text>
      <DataTable
        label={t('agentBoard.tableLabel', { name: b.queueName })}
        columns={columns}
        rows={b.agents}
        rowKey={(a) => a.userId}
        rowActions={(a) =>
          a.canChange ? (
            <AgentStateControl
              key={`${a.state}-${a.reason ?? ''}-${a.since ?? ''}`}
              state={a.state}
              reason={a.reason}
              name={a.userName}
              saving={mutation.isPending && mutation.variables?.userId === a.userId}
              onChange={(body) => mutation.mutate({ userId: a.userId, name: a.userName, body })}
            />
          ) : null
        }
        empty={t('agentBoard.empty')}
      />
    </>
  );
}
