import type {
  ChecklistDefinition,
  ChecklistInput,
  TicketChecklistDto,
} from '../../../core/servicedesk/checklists';
import { api } from '../../api/client';

export const CHECKLISTS = ['checklists'] as const;

export const checklistsApi = {
  definitions: () => api.get<{ items: ChecklistDefinition[] }>('/api/checklists'),
  ofTicket: (ticketId: string) =>
    api.get<{ items: TicketChecklistDto[] }>(`/api/tickets/${ticketId}/checklists`),
  attach: (ticketId: string, body: ChecklistInput) =>
    api.post<TicketChecklistDto>(`/api/tickets/${ticketId}/checklists`, body),
};
