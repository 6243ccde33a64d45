import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SiteDto, siteInputSchema, sitePatchSchema } from '../../../core/directory/schemas';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const SITES = ['sites'] as const;

export const sitesApi = {
  create: (enterpriseId: string, body: z.output<typeof siteInputSchema>) =>
    api.post<SiteDto>(`/api/enterprises/${enterpriseId}/sites`, body),
  update: (id: string, body: z.output<typeof sitePatchSchema>) =>
    api.patch<SiteDto>(`/api/sites/${id}`, body),
  remove: (id: string) => api.delete(`/api/sites/${id}`),
};

export const useSites = (
  enterpriseId: string,
  params: QueryParams,
  options: { pageSize?: number; enabled?: boolean } = {},
) =>
  useCursorList<SiteDto>([...SITES, enterpriseId], `/api/enterprises/${enterpriseId}/sites`, params, options);

/** Any change to sites also changes the enterprise's counts. */
export function useSiteMutation<A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: SITES });
      void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
      onSuccess(result);
    },
    onError,
  });
}
