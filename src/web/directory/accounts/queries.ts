import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountDto, accountInputSchema, accountPatchSchema } from '../../../core/access/accounts';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const ACCOUNTS = ['accounts'] as const;

export const accountsApi = {
  create: (body: z.output<typeof accountInputSchema>) =>
    api.post<{ account: AccountDto; temporaryPassword: string }>('/api/accounts', body),
  update: (id: string, body: z.output<typeof accountPatchSchema>) =>
    api.patch<AccountDto>(`/api/accounts/${id}`, body),
  remove: (id: string) => api.delete(`/api/accounts/${id}`),
  resetPassword: (id: string) =>
    api.post<{ temporaryPassword: string }>(`/api/accounts/${id}/reset-password`),
  unlock: (id: string) => api.post<AccountDto>(`/api/accounts/${id}/unlock`),
  resetTwoFactor: (id: string) => api.post<AccountDto>(`/api/accounts/${id}/reset-two-factor`),
};

export const useAccounts = (params: QueryParams, options: { enabled?: boolean; pageSize?: number } = {}) =>
  useCursorList<AccountDto>(ACCOUNTS, '/api/accounts', params, options);

/** A change to accounts also changes training state and user logins: refresh those lists too. */
export function useAccountMutation<A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError?: (e: unknown) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ACCOUNTS });
      onSuccess(result);
    },
    ...(onError ? { onError } : {}),
  });
}

export const isLocked = (account: Pick<AccountDto, 'lockedUntil'>, now = Date.now()): boolean =>
  account.lockedUntil !== null && Date.parse(account.lockedUntil) > now;
