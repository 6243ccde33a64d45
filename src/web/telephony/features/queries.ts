import { useQuery } from '@tanstack/react-query';
import type { Profile } from '../../../core/directory/profiles';
import type { Feature, ProfilesDto } from '../../../core/telephony/feature-matrix';
import type {
  MyPhoneDto,
  MyPhoneInput,
  UserFeaturesDto,
  UserFeaturesInput,
} from '../../../core/telephony/features';
import type { UserNumbersDto } from '../../../core/telephony/number-plan';
import { api } from '../../api/client';
import { useInvalidatingMutation } from '../../api/use-invalidating-mutation';

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
export const useFeaturesMutation = <A, R>(
  fn: (arg: A) => Promise<R>,
  onSuccess: (result: R) => void,
  onError: (e: unknown) => void,
) => useInvalidatingMutation([FEATURES_KEY], fn, onSuccess, onError);
