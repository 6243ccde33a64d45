import { useQuery } from '@tanstack/react-query';
import type {
  CallCheckDto,
  CallRestrictions,
  EnterpriseCallRestrictionsDto,
  UserCallRestrictionsDto,
  UserCallRestrictionsInput,
} from '../../../core/telephony/call-classes';
import { api } from '../../api/client';
import { useInvalidatingMutation } from '../../api/use-invalidating-mutation';

/** Every cached set of call restrictions: a change of the default changes users that follow it. */
export const CALL_RESTRICTIONS = ['call-restrictions'] as const;

export const callRestrictionsApi = {
  setDefault: (enterpriseId: string, restrictions: CallRestrictions) =>
    api.put<EnterpriseCallRestrictionsDto>(`/api/enterprises/${enterpriseId}/call-restrictions`, {
      restrictions,
    }),
  setUser: (userId: string, body: UserCallRestrictionsInput) =>
    api.put<UserCallRestrictionsDto>(`/api/users/${userId}/call-restrictions`, body),
  check: (enterpriseId: string, body: { userId?: string; dialled: string }) =>
    api.post<CallCheckDto>(`/api/enterprises/${enterpriseId}/call-restrictions/check`, body),
};

export const useEnterpriseCallRestrictions = (enterpriseId: string) =>
  useQuery({
    queryKey: [...CALL_RESTRICTIONS, 'enterprise', enterpriseId],
    queryFn: () =>
      api.get<EnterpriseCallRestrictionsDto>(`/api/enterprises/${enterpriseId}/call-restrictions`),
  });

export const useUserCallRestrictions = (userId: string) =>
  useQuery({
    queryKey: [...CALL_RESTRICTIONS, 'user', userId],
    queryFn: () => api.get<UserCallRestrictionsDto>(`/api/users/${userId}/call-restrictions`),
  });

/** A change of call restrictions: afterwards every cached set is read again. */
export const useCallRestrictionsMutation = <A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) => useInvalidatingMutation([CALL_RESTRICTIONS], fn, onSuccess, onError);
