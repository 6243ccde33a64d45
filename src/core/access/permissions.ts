import { AUDIT_PERMISSIONS } from '../audit/permissions';
import { DIRECTORY_PERMISSIONS } from '../directory/permissions';
import { KNOWLEDGE_PERMISSIONS } from '../knowledge/permissions';
import { NOTIFICATIONS_PERMISSIONS } from '../notifications/permissions';
import { SERVICEDESK_PERMISSIONS } from '../servicedesk/permissions';
import { TELEPHONY_PERMISSIONS } from '../telephony/permissions';
import { ACCESS_PERMISSIONS } from './own-permissions';
import type { ContextPermissions, PermissionKind } from './permission-kinds';
import { ROLES, type Role } from './roles';

/**
 * What a role may do at all, whatever the target. Whether the target is in the actor's scope is
 * decided apart (inScope in policy.ts): a permission says "may change sites", the scope says "which".
 * Each context defines its permissions (with their kind) and grants; this module gathers them.
 */
export const CONTEXT_PERMISSIONS = [
  ACCESS_PERMISSIONS,
  DIRECTORY_PERMISSIONS,
  KNOWLEDGE_PERMISSIONS,
  AUDIT_PERMISSIONS,
  TELEPHONY_PERMISSIONS,
  SERVICEDESK_PERMISSIONS,
  NOTIFICATIONS_PERMISSIONS,
] as const;

type KindsOf<C> = C extends ContextPermissions<infer P> ? P : never;
export type Permission = KindsOf<(typeof CONTEXT_PERMISSIONS)[number]>;

/** Every permission's kind, and the permissions and grants of all contexts. */
export type PermissionTable = {
  kinds: Readonly<Record<string, PermissionKind>>;
  grants: Readonly<Record<Role, readonly string[]>>;
};

/** Gathers contexts into one table; refuses a permission defined twice or granted but undefined. */
export function gatherPermissions(contexts: readonly ContextPermissions[]): PermissionTable {
  const kinds: Record<string, PermissionKind> = {};
  for (const context of contexts) {
    for (const [permission, kind] of Object.entries(context.kinds) as [string, PermissionKind][]) {
      if (Object.hasOwn(kinds, permission))
        throw new Error(`Permission ${permission} is defined twice (again by ${context.context})`);
      kinds[permission] = kind;
    }
  }
  const all = Object.keys(kinds);
  const grants = Object.fromEntries(ROLES.map((role) => [role, [] as string[]])) as Record<Role, string[]>;
  grants.provider_admin = [...all];
  for (const context of contexts) {
    for (const [role, granted] of Object.entries(context.grants) as [Role, readonly string[]][]) {
      for (const permission of granted) {
        if (!Object.hasOwn(kinds, permission))
          throw new Error(`${context.context} grants ${permission} to ${role}, but no context defines it`);
        if (!grants[role].includes(permission)) grants[role].push(permission);
      }
    }
  }
  return { kinds, grants };
}

export const PERMISSION_TABLE = gatherPermissions(CONTEXT_PERMISSIONS);
const TABLE = PERMISSION_TABLE;

export const PERMISSIONS = Object.keys(TABLE.kinds) as [Permission, ...Permission[]];
export const GRANTS = TABLE.grants as Readonly<Record<Role, readonly Permission[]>>;

export const kindOf = (permission: Permission): PermissionKind => TABLE.kinds[permission] as PermissionKind;
export const isWrite = (permission: Permission): boolean => kindOf(permission) === 'write';

export const hasGrant = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);

export const permissionsOf = (role: Role): Permission[] => [...GRANTS[role]];
