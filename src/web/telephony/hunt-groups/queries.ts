import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  HuntGroupDto,
  HuntGroupMemberDto,
  huntGroupInputSchema,
  huntGroupMemberInputSchema,
  huntGroupPatchSchema,
  MyHuntGroupDto,
  PickupGroupDto,
  pickupGroupInputSchema,
} from '../../../core/telephony/hunt-groups';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const HUNT_GROUPS = ['hunt-groups'] as const;
export const PICKUP_GROUPS = ['pickup-groups'] as const;
export const MY_HUNT_GROUPS = ['hunt-groups', 'me'] as const;

type Items<T> = { items: T[] };

export const huntGroupsApi = {
  create: (enterpriseId: string, body: z.input<typeof huntGroupInputSchema>) =>
    api.post<HuntGroupDto>(`/api/enterprises/${enterpriseId}/hunt-groups`, body),
  update: (id: string, body: z.input<typeof huntGroupPatchSchema>) =>
    api.patch<HuntGroupDto>(`/api/hunt-groups/${id}`, body),
  remove: (id: string) => api.delete(`/api/hunt-groups/${id}`),
  addMember: (id: string, body: z.input<typeof huntGroupMemberInputSchema>) =>
    api.post<HuntGroupMemberDto>(`/api/hunt-groups/${id}/members`, body),
  updateMember: (memberId: string, body: { weight?: number; loggedIn?: boolean }) =>
    api.patch<HuntGroupMemberDto>(`/api/hunt-group-members/${memberId}`, body),
  removeMember: (memberId: string) => api.delete(`/api/hunt-group-members/${memberId}`),
  reorder: (id: string, memberIds: string[]) =>
    api.put<Items<HuntGroupMemberDto>>(`/api/hunt-groups/${id}/members/order`, { memberIds }),
  setMyMembership: (id: string, loggedIn: boolean) =>
    api.put<Items<MyHuntGroupDto>>(`/api/me/hunt-groups/${id}/membership`, { loggedIn }),
};

export const pickupGroupsApi = {
  create: (enterpriseId: string, body: z.input<typeof pickupGroupInputSchema>) =>
    api.post<PickupGroupDto>(`/api/enterprises/${enterpriseId}/pickup-groups`, body),
  update: (id: string, body: { name?: string; siteId?: string }) =>
    api.patch<PickupGroupDto>(`/api/pickup-groups/${id}`, body),
  remove: (id: string) => api.delete(`/api/pickup-groups/${id}`),
  addMember: (id: string, userId: string) =>
    api.post<PickupGroupDto>(`/api/pickup-groups/${id}/members`, { userId }),
  removeMember: (id: string, userId: string) => api.delete(`/api/pickup-groups/${id}/members/${userId}`),
};

export const useHuntGroups = (enterpriseId: string, params: QueryParams) =>
  useCursorList<HuntGroupDto>(
    [...HUNT_GROUPS, enterpriseId],
    `/api/enterprises/${enterpriseId}/hunt-groups`,
    params,
  );

export const useHuntGroup = (id: string) =>
  useQuery({
    queryKey: [...HUNT_GROUPS, 'one', id],
    queryFn: () => api.get<HuntGroupDto>(`/api/hunt-groups/${id}`),
    retry: false,
  });

export const useMembers = (id: string) =>
  useQuery({
    queryKey: [...HUNT_GROUPS, 'members', id],
    queryFn: () => api.get<Items<HuntGroupMemberDto>>(`/api/hunt-groups/${id}/members`),
  });

export const useMyHuntGroups = () =>
  useQuery({
    queryKey: MY_HUNT_GROUPS,
    queryFn: () => api.get<Items<MyHuntGroupDto>>('/api/me/hunt-groups'),
    retry: false,
  });

export const usePickupGroups = (enterpriseId: string, params: QueryParams) =>
  useCursorList<PickupGroupDto>(
    [...PICKUP_GROUPS, enterpriseId],
    `/api/enterprises/${enterpriseId}/pickup-groups`,
    params,
  );
