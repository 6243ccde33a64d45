import type { Role } from './roles';

/**
 * What a role may do at all, whatever the target. Whether the target is in the actor's scope is
 * decided apart (inScope in policy.ts): a permission says "may change sites", the scope says "which".
 */
export const PERMISSIONS = [
  'partners.read',
  'partners.write',
  'enterprises.read',
  'enterprises.write',
  'sites.read',
  'sites.write',
  'users.read',
  'users.write',
  'accounts.read',
  'accounts.write',
  'audit.read',
  'trainings.read',
  'trainings.write',
  'security-policies.read',
  'security-policies.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const isWrite = (permission: Permission): boolean => permission.endsWith('.write');

const ADMIN_OF_ENTERPRISE: Permission[] = [
  'enterprises.read',
  'sites.read',
  'sites.write',
  'users.read',
  'users.write',
  'accounts.read',
  'accounts.write',
  'audit.read',
  'trainings.read',
];

export const GRANTS: Record<Role, readonly Permission[]> = {
  provider_admin: PERMISSIONS,
  provider_agent: [
    'partners.read',
    'enterprises.read',
    'sites.read',
    'users.read',
    'accounts.read',
    'audit.read',
    'trainings.read',
    'trainings.write',
    'security-policies.read',
  ],
  partner_admin: ADMIN_OF_ENTERPRISE,
  enterprise_admin: ADMIN_OF_ENTERPRISE,
  // A site admin administers the users (and their accounts) of its sites; the sites themselves
  // (address, line, channels) are contractual and changed by the enterprise admin or provider.
  site_admin: [
    'enterprises.read',
    'sites.read',
    'users.read',
    'users.write',
    'accounts.read',
    'accounts.write',
    'audit.read',
    'trainings.read',
  ],
  end_user: [],
  agent: [],
  supervisor: [],
  receptionist: [],
};

export const hasGrant = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);

export const permissionsOf = (role: Role): Permission[] => [...GRANTS[role]];
