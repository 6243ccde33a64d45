import type { z } from 'zod';
import type { TicketInput } from '../../../core/servicedesk/intake';
import type {
  CommentDto,
  commentInputSchema,
  TicketDetailDto,
  TicketDto,
  TicketStatus,
} from '../../../core/servicedesk/tickets';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const TICKETS = ['tickets'] as const;

export const ticketsApi = {
  create: (body: TicketInput) => api.post<TicketDetailDto>('/api/tickets', body),
  get: (id: string) => api.get<TicketDetailDto>(`/api/tickets/${id}`),
  changeStatus: (id: string, status: TicketStatus, reason?: string) =>
    api.post<TicketDetailDto>(`/api/tickets/${id}/status`, reason ? { status, reason } : { status }),
  comments: (id: string) => api.get<{ items: CommentDto[] }>(`/api/tickets/${id}/comments`),
  comment: (id: string, body: z.input<typeof commentInputSchema>) =>
    api.post<CommentDto>(`/api/tickets/${id}/comments`, body),
};

export const useTickets = (params: QueryParams) => useCursorList<TicketDto>(TICKETS, '/api/tickets', params);
