import { useQuery } from '@tanstack/react-query';
import type { CallSettingsDto, CallSettingsInput } from '../../../core/telephony/call-settings';
import type { UserFeaturesDto } from '../../../core/telephony/features';
import type { UserNumbersDto } from '../../../core/telephony/number-plan';
import { api } from '../../api/client';
import { useInvalidatingMutation } from '../../api/use-invalidating-mutation';

/** The enterprise's call settings (presentation, transfer, queue messages). */
export const CALL_SETTINGS = ['call-settings'] as const;

export const callSettingsApi = {
  set: (enterpriseId: string, body: CallSettingsInput) =>
    api.put<CallSettingsDto>(`/api/enterprises/${enterpriseId}/call-settings`, body),
};

export const useCallSettings = (enterpriseId: string) =>
  useQuery({
    queryKey: [...CALL_SETTINGS, enterpriseId],
    queryFn: () => api.get<CallSettingsDto>(`/api/enterprises/${enterpriseId}/call-settings`),
  });

/** What the preview needs of a user: its caller-ID choice and its own numbers (none asked without a user). */
export const usePreviewUser = (userId: string | null) => {
  const features = useQuery({
    queryKey: [...CALL_SETTINGS, 'preview', 'features', userId],
    queryFn: () => api.get<UserFeaturesDto>(`/api/users/${userId}/features`),
    enabled: userId !== null,
  });
  const numbers = useQuery({
    queryKey: [...CALL_SETTINGS, 'preview', 'numbers', userId],
    queryFn: () => api.get<UserNumbersDto>(`/api/users/${userId}/numbers`),
    enabled: userId !== null,
  });
  return { features, numbers };
};

export const useCallSettingsMutation = <A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) => useInvalidatingMutation([CALL_SETTINGS], fn, onSuccess, onError);
