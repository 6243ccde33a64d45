import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BusinessCalendarDto } from '../../../core/servicedesk/business-calendar';
import type { CatalogueItemDto, TariffDto } from '../../../core/servicedesk/catalogue';
import type { DeskDto } from '../../../core/servicedesk/desks';
import { api } from '../../api/client';

export const BUSINESS_CALENDAR = ['business-calendar'] as const;
export const CONFIG_CATALOGUE = ['change-catalogue'] as const;
export const TARIFFS = ['tariffs'] as const;
export const DESKS = ['desks'] as const;

export const useBusinessCalendar = () =>
  useQuery({
    queryKey: BUSINESS_CALENDAR,
    queryFn: () => api.get<BusinessCalendarDto>('/api/business-calendar'),
  });
export const useCatalogueItems = () =>
  useQuery({
    queryKey: CONFIG_CATALOGUE,
    queryFn: async () => (await api.get<{ items: CatalogueItemDto[] }>('/api/change-catalogue')).items,
  });
export const useTariffs = () =>
  useQuery({
    queryKey: TARIFFS,
    queryFn: async () => (await api.get<{ items: TariffDto[] }>('/api/tariffs')).items,
  });
export const useDesks = () =>
  useQuery({
    queryKey: DESKS,
    queryFn: async () => (await api.get<{ items: DeskDto[] }>('/api/desks')).items,
  });

/** A write that refreshes the lists it changes (the calendar also moves due dates: tickets too). */
export function useConfigWrite<A>(key: readonly string[], run: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const configApi = {
  setHours: (hours: { weekday: number; start: string; end: string }[]) =>
    api.put<BusinessCalendarDto>('/api/business-calendar/hours', { hours }),
  addClosure: (body: { date: string; name: string }) => api.post('/api/business-calendar/closures', body),
  removeClosure: (date: string) => api.delete(`/api/business-calendar/closures/${date}`),
  patchItem: (key: string, body: Record<string, unknown>) =>
    api.patch<CatalogueItemDto>(`/api/change-catalogue/${key}`, body),
  patchTariff: (key: string, body: Record<string, unknown>) =>
    api.patch<TariffDto>(`/api/tariffs/${key}`, body),
  createTariff: (body: Record<string, unknown>) => api.post<TariffDto>('/api/tariffs', body),
  removeTariff: (key: string) => api.delete(`/api/tariffs/${key}`),
  patchDesk: (id: string, body: Record<string, unknown>) => api.patch<DeskDto>(`/api/desks/${id}`, body),
};
