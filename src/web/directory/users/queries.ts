import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserDto, userInputSchema, userPatchSchema } from '../../../core/directory/schemas';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query-string';
import { useCursorList } from '../../api/use-cursor-list';

export const USERS = ['users'] as const;

export const usersApi = {
  create: (enterpriseId: string, body: z.output<typeof userInputSchema>) =>
    api.post<UserDto>(`/api/enterprises/${enterpriseId}/users`, body),
  update: (id: string, body: z.output<typeof userPatchSchema>) =>
    api.patch<UserDto>(`/api/users/${id}`, body),
  remove: (id: string) => api.delete(`/api/users/${id}`),
};

export const useUsers = (
  enterpriseId: string,
  params: QueryParams,
  options: { enabled?: boolean; pageSize?: number } = {},
) =>
  useCursorList<UserDto>([...USERS, enterpriseId], `/api/enterprises/${enterpriseId}/users`, params, options);

/** One user, under the users' key so that a change of any user reads it again. */
export const useUser = (userId: string) =>
  useQuery({ queryKey: [...USERS, 'one', userId], queryFn: () => api.get<UserDto>(`/api/users/${userId}`) });
