import type { Actor } from '../../core/access/actor';
import { inScope } from '../../core/access/policy';
import type { Executor } from '../db/client';
import {
  attendantLookup,
  audioLookup,
  type Found,
  huntGroupLookup,
  type Lookup,
  queueLookup,
  scheduleLookup,
  userLookup,
} from './registry/repository';

export type { Found, Lookup };

/**
 * The target registry of telephony: what a menu key, a route or a group can point at, and how to
 * find one in an enterprise. `resolveTarget` answers a target's name when it is an object of the
 * enterprise in the caller's scope (a site admin: of one of its sites, or enterprise-wide, as a
 * schedule), or why not, as a field issue. `searchTargets` lists candidates for the portal's
 * pickers (`GET /api/enterprises/:enterpriseId/targets`).
 *
 * Each part that can be pointed at registers one lookup in LOOKUPS, one line; a type without a
 * lookup is refused (`target_unknown`), so nothing can point at an object its part has not
 * registered.
 */
export const REGISTRY_TYPES = ['user', 'auto_attendant', 'audio', 'hunt_group', 'queue', 'schedule'] as const;
export type RegistryType = (typeof REGISTRY_TYPES)[number];

/** One line per type that can be pointed at. */
export const LOOKUPS: Partial<Record<RegistryType, Lookup>> = {
  user: userLookup,
  auto_attendant: attendantLookup,
  audio: audioLookup,
  hunt_group: huntGroupLookup,
  queue: queueLookup,
  schedule: scheduleLookup,
};

export type TargetScope = { enterpriseId: string; actor: Actor };

export type Resolved = { ok: Found } | { problem: 'target_unknown' | 'target_not_yours' };

/**
 * A target of the enterprise in the actor's scope, or why not. Another enterprise's id answers
 * `target_unknown`, as an id that does not exist does: id guessing learns nothing.
 */
export async function resolveTarget(
  db: Executor,
  scope: TargetScope,
  target: { type: RegistryType; id: string },
): Promise<Resolved> {
  const lookup = LOOKUPS[target.type];
  if (lookup === undefined) return { problem: 'target_unknown' };
  const found = await lookup.find(db, target.id);
  if (found === null || found.enterpriseId !== scope.enterpriseId) return { problem: 'target_unknown' };
  // Enterprise-wide objects (a schedule, the enterprise's audio) are anyone's of the enterprise.
  const wide = found.siteId === null && lookup.enterpriseWide;
  if (!wide && !inScope(scope.actor, { enterpriseId: found.enterpriseId, siteId: found.siteId }))
    return { problem: 'target_not_yours' };
  return { ok: found };
}

/** What a picker offers: the objects of a type in the actor's scope; none for a type not registered. */
export async function searchTargets(
  db: Executor,
  scope: TargetScope & { siteIds: readonly string[] | null },
  type: RegistryType,
  q: string | undefined,
  limit: number,
): Promise<{ available: boolean; items: Found[] }> {
  const lookup = LOOKUPS[type];
  if (lookup === undefined) return { available: false, items: [] };
  return {
    available: true,
    items: await lookup.search(db, { enterpriseId: scope.enterpriseId, siteIds: scope.siteIds, q, limit }),
  };
}
