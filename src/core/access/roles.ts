import { z } from 'zod';

/** The roles of DESIGN.md's table, from the provider down to the end user. */
export const ROLES = [
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'site_admin',
  'end_user',
  'agent',
  'supervisor',
  'receptionist',
] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Where a role's scope is anchored. */
export type RoleLevel = 'provider' | 'partner' | 'enterprise' | 'site' | 'user';

export const LEVEL_OF: Record<Role, RoleLevel> = {
  provider_admin: 'provider',
  provider_agent: 'provider',
  partner_admin: 'partner',
  enterprise_admin: 'enterprise',
  site_admin: 'site',
  end_user: 'user',
  agent: 'user',
  supervisor: 'user',
  receptionist: 'user',
};

export const USER_ROLES: readonly Role[] = ['end_user', 'agent', 'supervisor', 'receptionist'];
export const ENTERPRISE_ROLES: readonly Role[] = ['enterprise_admin', 'site_admin', ...USER_ROLES];

export const isProviderRole = (role: Role): boolean => LEVEL_OF[role] === 'provider';
export const isUserRole = (role: Role): boolean => LEVEL_OF[role] === 'user';
/** Roles that belong to one enterprise (the account carries an enterprise id). */
export const isEnterpriseRole = (role: Role): boolean => ENTERPRISE_ROLES.includes(role);
