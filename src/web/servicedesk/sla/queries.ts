import type { TFunction } from 'i18next';
import type { DeskDto } from '../../../core/servicedesk/desks';
import type { PauseReason } from '../../../core/servicedesk/sla';
import type { SlaPolicyDto, SlaPolicyPatch } from '../../../core/servicedesk/sla-policies';
import type { QueueItemDto, TicketDetailDto } from '../../../core/servicedesk/tickets';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const SLA_POLICIES = ['sla-policies'] as const;
export const DESKS = ['desks'] as const;

export const slaApi = {
  policies: () => api.get<{ items: SlaPolicyDto[] }>('/api/sla-policies'),
  updatePolicy: (key: string, patch: SlaPolicyPatch) =>
    api.patch<SlaPolicyDto>(`/api/sla-policies/${key}`, patch),
  desks: () => api.get<{ items: DeskDto[] }>('/api/desks'),
  pause: (ticketId: string, reason: PauseReason) =>
    api.post<TicketDetailDto>(`/api/tickets/${ticketId}/sla-pause`, { reason }),
  resume: (ticketId: string) => api.post<TicketDetailDto>(`/api/tickets/${ticketId}/sla-resume`),
};

export const useQueue = (deskId: string | null, params: QueryParams) =>
  useCursorList<QueueItemDto>(['desk-queue', deskId], `/api/desks/${deskId}/queue`, params, {
    enabled: deskId !== null,
  });

/** Minutes as "3 u 20 min" in the portal's language. */
export const remainingText = (t: TFunction, minutes: number | null): string => {
  if (minutes === null) return '—';
  const whole = Math.max(0, Math.round(minutes));
  return t('sla.remainingValue', { hours: Math.floor(whole / 60), minutes: whole % 60 });
};
