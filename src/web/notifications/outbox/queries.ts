import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutboxMessageDto, OutboxStatusDto } from '../../../core/notifications/outbox';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const OUTBOX = ['outbox'] as const;

export const useOutbox = (params: QueryParams) =>
  useCursorList<OutboxMessageDto>(OUTBOX, '/api/outbox', params);

export const useOutboxStatus = () =>
  useQuery({
    queryKey: [...OUTBOX, 'status'],
    queryFn: () => api.get<OutboxStatusDto>('/api/outbox/status'),
  });

export function useRetryMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<OutboxMessageDto>(`/api/outbox/${id}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: OUTBOX }),
  });
}
