import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PartnerDto, partnerInputSchema, partnerPatchSchema } from '../../../core/directory/schemas';
import { api } from '../../api/client';
import type { Page } from '../../api/paging';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const PARTNERS = ['partners'] as const;

export const partnersApi = {
  create: (body: z.output<typeof partnerInputSchema>) => api.post<PartnerDto>('/api/partners', body),
  update: (id: string, body: z.output<typeof partnerPatchSchema>) =>
    api.patch<PartnerDto>(`/api/partners/${id}`, body),
  remove: (id: string) => api.delete(`/api/partners/${id}`),
};

export const usePartners = (params: QueryParams) =>
  useCursorList<PartnerDto>(PARTNERS, '/api/partners', params);

/** Partners to choose from in a form (the first 200 by name). */
export function usePartnerOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...PARTNERS, 'options'],
    queryFn: () => api.get<Page<PartnerDto>>('/api/partners', { limit: 200 }),
    enabled,
  });
}
