import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgentBoardDto,
  AgentStateInput,
  boardStateInputSchema,
  MyAgentStateDto,
} from '../../../core/telephony/agent-states';
import type {
  QueueAgentDto,
  QueueDto,
  QueueInput,
  QueuePatch,
  QueueStateDto,
  queueAgentInputSchema,
  queueAgentPatchSchema,
} from '../../../core/telephony/queues';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

/** Every cached part of the queues: a change of an agent changes a queue's counts and its board. */
export const QUEUES = ['queues'] as const;

export const queuesApi = {
  create: (enterpriseId: string, body: QueueInput) =>
    api.post<QueueDto>(`/api/enterprises/${enterpriseId}/queues`, body),
  update: (id: string, body: QueuePatch) => api.patch<QueueDto>(`/api/queues/${id}`, body),
  remove: (id: string) => api.delete(`/api/queues/${id}`),
  addAgent: (queueId: string, body: z.input<typeof queueAgentInputSchema>) =>
    api.post<QueueAgentDto>(`/api/queues/${queueId}/agents`, body),
  updateAgent: (id: string, body: z.output<typeof queueAgentPatchSchema>) =>
    api.patch<QueueAgentDto>(`/api/queue-agents/${id}`, body),
  removeAgent: (id: string) => api.delete(`/api/queue-agents/${id}`),
  setBoardState: (queueId: string, userId: string, body: z.output<typeof boardStateInputSchema>) =>
    api.put<AgentBoardDto>(`/api/queues/${queueId}/agent-states/${userId}`, body),
  setMyState: (body: AgentStateInput) => api.put<MyAgentStateDto>('/api/me/agent-state', body),
};

export const useQueues = (enterpriseId: string, params: QueryParams) =>
  useCursorList<QueueDto>([...QUEUES, enterpriseId], `/api/enterprises/${enterpriseId}/queues`, params);

export const useQueue = (id: string) =>
  useQuery({ queryKey: [...QUEUES, 'one', id], queryFn: () => api.get<QueueDto>(`/api/queues/${id}`) });

/** What the queue does now by its schedule (read again every minute: opening hours change by the clock). */
export const useQueueState = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [...QUEUES, 'state', id],
    queryFn: () => api.get<QueueStateDto>(`/api/queues/${id}/state`),
    refetchInterval: 60_000,
    enabled: options.enabled ?? true,
  });

export const useQueueAgents = (id: string) =>
  useQuery({
    queryKey: [...QUEUES, 'agents', id],
    queryFn: () => api.get<{ items: QueueAgentDto[] }>(`/api/queues/${id}/agents`),
  });

/** The board, read again every 10 s and when the window gets the focus back. */
export const useAgentBoard = (id: string) =>
  useQuery({
    queryKey: [...QUEUES, 'board', id],
    queryFn: () => api.get<AgentBoardDto>(`/api/queues/${id}/agent-states`),
    refetchInterval: 10_000,
    refetchOnWindowFocus: true,
  });

export const useMyAgentState = () =>
  useQuery({
    queryKey: [...QUEUES, 'mine'],
    queryFn: () => api.get<MyAgentStateDto>('/api/me/agent-state'),
    refetchOnWindowFocus: true,
  });
