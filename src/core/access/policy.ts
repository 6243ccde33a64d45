import type { Actor, Target } from './actor';
import { PERMISSION_TABLE, type Permission, type PermissionTable } from './permissions';
import type { Role } from './roles';

/**
 * The policy: every route names a permission, and this module alone decides. Two questions:
 * 1. may this actor use the permission at all (role grant, training gate, account restrictions)?
 * 2. is the target inside the actor's scope? Outside answers "not found", so ids cannot be probed.
 */

/** Roles held back by the Telecom Manager training gate (service guide §2.2): they may read, not change. */
export const TRAINING_GATED_ROLES: readonly Role[] = ['enterprise_admin', 'partner_admin'];

/** Why the policy refuses; each code has its text in src/core/messages. */
export type Denial =
  | 'forbidden'
  | 'training_required'
  | 'password_change_required'
  | 'two_factor_enrolment_required'
  | 'read_only_token';

/** The decision on any permission table (the real one below; tests pass contexts of their own). */
export function decideWith(table: PermissionTable, actor: Actor, permission: string): Denial | null {
  if (actor.passwordChangeRequired) return 'password_change_required';
  if (actor.twoFactorEnrolmentRequired) return 'two_factor_enrolment_required';
  if (!table.grants[actor.role].includes(permission)) return 'forbidden';
  if (table.kinds[permission] !== 'read') {
    if (actor.access === 'read') return 'read_only_token';
    if (isTrainingGated(actor)) return 'training_required';
  }
  return null;
}

export const decide = (actor: Actor, permission: Permission): Denial | null =>
  decideWith(PERMISSION_TABLE, actor, permission);

export const isTrainingGated = (actor: Pick<Actor, 'role' | 'trained'>): boolean =>
  TRAINING_GATED_ROLES.includes(actor.role) && !actor.trained;

export function canSeeEnterprise(actor: Actor, enterpriseId: string): boolean {
  return actor.enterpriseIds === 'all' || actor.enterpriseIds.includes(enterpriseId);
}

/** Is the target inside the actor's scope? Things without an enterprise are provider-level. */
export function inScope(actor: Actor, target: Target): boolean {
  if (target.enterpriseId === null) return actor.enterpriseIds === 'all';
  if (!canSeeEnterprise(actor, target.enterpriseId)) return false;
  if (actor.siteIds === 'all') return true;
  // A site admin sees only what belongs to one of its sites.
  return target.siteId != null && actor.siteIds.includes(target.siteId);
}

/**
 * The site filter a list query must apply for this actor: null means "no filter",
 * an array means "only these sites" (possibly none).
 */
export const siteFilter = (actor: Actor): readonly string[] | null =>
  actor.siteIds === 'all' ? null : actor.siteIds;
