import type { CatalogueItemDto } from '../../../core/servicedesk/catalogue';
import type { DeskDto, DeskHandle } from '../../../core/servicedesk/desks';
import { api } from '../../api/client';

export type TicketPreview = {
  dueAt: string | null;
  onRequest: boolean;
  desk: { id: string; name: string; names: { nl: string; en: string } } | null;
  costEstimate: { amount: number; currency: 'EUR' } | null;
  category: string;
};

export type Contact = {
  at: string;
  inOfficeHours: boolean;
  desks: DeskDto[];
  callNow: { handle: DeskHandle; deskId: string | null }[];
};

export const CATALOGUE = ['change-catalogue'] as const;
export const CONTACT = ['contact'] as const;

export const changesApi = {
  catalogue: () => api.get<{ items: CatalogueItemDto[] }>('/api/change-catalogue'),
  preview: (body: Record<string, unknown>) => api.post<TicketPreview>('/api/tickets/preview', body),
  contact: () => api.get<Contact>('/api/contact'),
};
