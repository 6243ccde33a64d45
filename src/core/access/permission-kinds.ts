import type { Role } from './roles';

/**
 * What a permission does: `read` lets an actor look, `write` lets it change something. The kind,
 * not the name, decides what read-only API tokens and the training gate hold back, and an unsafe
 * HTTP method (POST, PUT, PATCH, DELETE) must name a `write` permission unless its route says it
 * only reads (a simulation, a search by POST).
 */
export type PermissionKind = 'read' | 'write';

/**
 * One bounded context's permissions, each with its kind, and which roles hold them. Each context
 * states its own next to its rules (src/core/<context>/permissions.ts); core/access/permissions.ts
 * gathers them. The provider admin holds every permission of every context without being named.
 */
export type ContextPermissions<P extends string = string> = {
  context: string;
  kinds: Record<P, PermissionKind>;
  grants: Partial<Record<Exclude<Role, 'provider_admin'>, readonly P[]>>;
};

export const defineContextPermissions = <const P extends string>(definition: {
  context: string;
  kinds: Record<P, PermissionKind>;
  grants: Partial<Record<Exclude<Role, 'provider_admin'>, readonly NoInfer<P>[]>>;
}): ContextPermissions<P> => definition;
