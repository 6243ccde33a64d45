import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  NumberBlockDto,
  NumberDto,
  numberBlockInputSchema,
  numberPatchSchema,
  TelephonySettingsDto,
  telephonySettingsInputSchema,
} from '../../../core/telephony/number-plan';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';
import { useInvalidatingMutation } from '../../api/use-invalidating-mutation';

/** Every cached part of the number plan: a change of one number changes its block's counts too. */
export const NUMBER_PLAN = ['number-plan'] as const;

export const numberPlanApi = {
  createBlock: (enterpriseId: string, body: z.output<typeof numberBlockInputSchema>) =>
    api.post<NumberBlockDto>(`/api/enterprises/${enterpriseId}/number-blocks`, body),
  removeBlock: (id: string) => api.delete(`/api/number-blocks/${id}`),
  updateNumber: (id: string, body: z.output<typeof numberPatchSchema>) =>
    api.patch<NumberDto>(`/api/numbers/${id}`, body),
  updateSettings: (enterpriseId: string, body: z.output<typeof telephonySettingsInputSchema>) =>
    api.put<TelephonySettingsDto>(`/api/enterprises/${enterpriseId}/telephony-settings`, body),
};

export const useNumberBlocks = (enterpriseId: string) =>
  useCursorList<NumberBlockDto>(
    [...NUMBER_PLAN, 'blocks', enterpriseId],
    `/api/enterprises/${enterpriseId}/number-blocks`,
    {},
    { pageSize: 200 },
  );

export const useNumbers = (enterpriseId: string, params: QueryParams, options: { enabled?: boolean } = {}) =>
  useCursorList<NumberDto>(
    [...NUMBER_PLAN, 'numbers', enterpriseId],
    `/api/enterprises/${enterpriseId}/numbers`,
    params,
    options,
  );

export const useTelephonySettings = (enterpriseId: string) =>
  useQuery({
    queryKey: [...NUMBER_PLAN, 'settings', enterpriseId],
    queryFn: () => api.get<TelephonySettingsDto>(`/api/enterprises/${enterpriseId}/telephony-settings`),
  });

/** A change to the number plan: afterwards every list and count of it is read again. */
export const useNumberPlanMutation = <A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) => useInvalidatingMutation([NUMBER_PLAN], fn, onSuccess, onError);
