import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Profile } from '../../../core/directory/profiles';
import type { UserDto } from '../../../core/directory/schemas';
import type { Feature, ProfilesDto } from '../../../core/telephony/feature-matrix';
import type {
  MyPhoneDto,
  MyPhoneInput,
  UserFeaturesDto,
  UserFeaturesInput,
} from '../../../core/telephony/features';
import type { UserNumbersDto } from '../../../core/telephony/number-plan';
import { api } from '../../api/client';

/** Every cached part of the features: a change of the matrix changes what users are offered. */
export const FEATURES_KEY = ['telephony-features'] as const;

export const featuresApi = {
  setProfile: (profile: Profile, features: Feature[]) =>
    api.put<ProfilesDto>(`/api/profiles/${profile}/features`, { features }),
  setUserFeatures: (userId: string, body: UserFeaturesInput) =>
    api.put<UserFeaturesDto>(`/api/users/${userId}/features`, body),
  setMyPhone: (body: MyPhoneInput) => api.put<MyPhoneDto>('/api/me/phone', body),
};

export const useProfiles = () =>
  useQuery({ queryKey: [...FEATURES_KEY, 'profiles'], queryFn: () => api.get<ProfilesDto>('/api/profiles') });

export const useUser = (userId: string) =>
  useQuery({ queryKey: ['users', 'one', userId], queryFn: () => api.get<UserDto>(`/api/users/${userId}`) });

export const useUserNumbers = (userId: string) =>
  useQuery({
    queryKey: [...FEATURES_KEY, 'numbers', userId],
    queryFn: () => api.get<UserNumbersDto>(`/api/users/${userId}/numbers`),
  });

export const useUserFeatures = (userId: string) =>
  useQuery({
    queryKey: [...FEATURES_KEY, 'user', userId],
    queryFn: () => api.get<UserFeaturesDto>(`/api/users/${userId}/features`),
  });

export const useMyPhone = () =>
  useQuery({
    queryKey: [...FEATURES_KEY, 'me'],
    queryFn: () => api.get<MyPhoneDto>('/api/me/phone'),
    retry: false,
  });

/** A change of features: afterwards everything of them is read again. */
export function useFeaturesMutation<A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: FEATURES_KEY });
      onSuccess(result);
    },
    onError,
  });
}
