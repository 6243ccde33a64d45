import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EnterpriseDto,
  enterpriseInputSchema,
  enterprisePatchSchema,
} from '../../../core/directory/schemas';
import { isId } from '../../../core/ids';
import { api } from '../../api/client';
import type { Page } from '../../api/paging';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const ENTERPRISES = ['enterprises'] as const;

export const enterprisesApi = {
  list: (params: { q?: string; partnerId?: string; limit?: number }) =>
    api.get<Page<EnterpriseDto>>('/api/enterprises', params),
  get: (id: string) => api.get<EnterpriseDto>(`/api/enterprises/${id}`),
  create: (body: z.output<typeof enterpriseInputSchema>) => api.post<EnterpriseDto>('/api/enterprises', body),
  update: (id: string, body: z.output<typeof enterprisePatchSchema>) =>
    api.patch<EnterpriseDto>(`/api/enterprises/${id}`, body),
  remove: (id: string) => api.delete(`/api/enterprises/${id}`),
};

/** One enterprise; an id that is not a UUID is "not found" without asking. */
export function useEnterprise(id: string | null | undefined) {
  return useQuery({
    queryKey: [...ENTERPRISES, 'one', id],
    queryFn: () => enterprisesApi.get(id as string),
    enabled: typeof id === 'string' && isId(id),
    retry: false,
  });
}

/** The enterprises to pick from in the switcher, searched on the server. */
export function useEnterpriseOptions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ENTERPRISES, 'options', q],
    queryFn: () => enterprisesApi.list({ q, limit: 50 }),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export const useEnterpriseList = (params: QueryParams) =>
  useCursorList<EnterpriseDto>(ENTERPRISES, '/api/enterprises', params);
