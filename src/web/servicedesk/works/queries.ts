import type { z } from 'zod';
import type {
  AnnouncedWorksDto,
  announcedWorksInputSchema,
  UnjustifiedReportDto,
} from '../../../core/servicedesk/announced-works';
import type { TicketDetailDto } from '../../../core/servicedesk/tickets';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const WORKS = ['announced-works'] as const;
export const UNJUSTIFIED_REPORT = ['unjustified-report'] as const;

export const worksApi = {
  create: (enterpriseId: string, body: z.input<typeof announcedWorksInputSchema>) =>
    api.post<AnnouncedWorksDto>(`/api/enterprises/${enterpriseId}/announced-works`, body),
  remove: (id: string) => api.delete(`/api/announced-works/${id}`),
  markUnjustified: (ticketId: string, reason: string) =>
    api.post<TicketDetailDto>(`/api/tickets/${ticketId}/unjustified`, { reason }),
  undoUnjustified: (ticketId: string) => api.delete(`/api/tickets/${ticketId}/unjustified`),
  report: (enterpriseId: string, year: number) =>
    api.get<UnjustifiedReportDto>(
      `/api/enterprises/${enterpriseId}/reports/unjustified-incidents?year=${year}`,
    ),
};

export const useAnnouncedWorks = (enterpriseId: string, params: QueryParams) =>
  useCursorList<AnnouncedWorksDto>(
    [...WORKS, enterpriseId],
    `/api/enterprises/${enterpriseId}/announced-works`,
    params,
  );
