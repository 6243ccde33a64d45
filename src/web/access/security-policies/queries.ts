import type { SecurityPolicy } from '../../../core/access/password-policy';
import type { Role } from '../../../core/access/roles';
import { api } from '../../api/client';

export type RolePolicy = { role: Role; policy: SecurityPolicy; isDefault: boolean };
export const POLICIES = ['security-policies'] as const;

export const policiesApi = {
  list: () => api.get<{ items: RolePolicy[] }>('/api/security-policies'),
  put: (role: Role, policy: SecurityPolicy) => api.put<RolePolicy>(`/api/security-policies/${role}`, policy),
};
