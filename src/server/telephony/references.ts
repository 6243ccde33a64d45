import { DomainError } from '../../core/errors';
import type { Executor } from '../db/client';
import { attendantsPointingAt } from './attendants/repository';
import { huntGroupsOfUser } from './hunt-group-members/repository';
import { routesPointingAt } from './incoming-routes/repository';
import { groupOfUser } from './pickup-groups/repository';
import { queueReferrers } from './queue-agents/repository';
import { queuesFollowing } from './queues/repository';

/**
 * What points at an object of the enterprise's telephony (DESIGN C2, "never a dangling
 * reference"): a hunt group's members point at users, a menu key at a queue, an incoming route at
 * a schedule. Before an object is deleted (or changed so that it no longer fits what points at
 * it), its service asks `assertNotReferenced`; the refusal lists what points at it, so that the
 * Telecom Manager can change those first (or confirm an explicit cascade the service offers).
 *
 * Each part of telephony that points at others adds its finder to FINDERS: one query per finder,
 * answering the referrers of one target (the finder ignores target types it cannot point at).
 */
export const TARGET_TYPES = [
  'user',
  'schedule',
  'hunt_group',
  'pickup_group',
  'queue',
  'auto_attendant',
  'audio',
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export type Target = { type: TargetType; id: string };

/** One object that points at the target: its kind (a target type or another resource), id and name. */
export type Referrer = { type: string; id: string; name: string };

export type ReferrerFinder = (db: Executor, target: Target) => Promise<Referrer[]>;

/** The hunt groups a user is a member of. */
const huntGroupsWithMember: ReferrerFinder = async (db, target) =>
  target.type !== 'user'
    ? []
    : (await huntGroupsOfUser(db, target.id)).map((g) => ({
        type: 'hunt_group',
        id: g.huntGroupId,
        name: g.name,
      }));

/** The pickup group a user is in. */
const pickupGroupWithMember: ReferrerFinder = async (db, target) => {
  if (target.type !== 'user') return [];
  const group = await groupOfUser(db, target.id);
  return group === null ? [] : [{ type: 'pickup_group', id: group.id, name: group.name }];
};

const FINDERS: ReferrerFinder[] = [
  huntGroupsWithMember,
  pickupGroupWithMember,
  // The queues a user is an agent or supervisor of.
  queueReferrers,
  // The auto attendants whose menus point at a user, an audio file or another attendant.
  attendantsPointingAt,
  // The queues that follow a schedule.
  queuesFollowing,
  // The incoming routes whose destinations point at a user (or its voicemail), a group, queue or
  // attendant, or that follow a schedule.
  routesPointingAt,
];

/** Everything that points at the target, sorted by kind and name. */
export async function referrersOf(db: Executor, target: Target): Promise<Referrer[]> {
  const found: Referrer[] = [];
  for (const find of FINDERS) found.push(...(await find(db, target)));
  return found.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name, 'nl'));
}

/**
 * Refuses (409 `in_use`, with the count and the names of what points at it) when anything still
 * points at the target. Call it inside the transaction that deletes or changes the target, after
 * locking the target's row, so that a concurrent new reference waits for it.
 */
export async function assertNotReferenced(db: Executor, target: Target): Promise<void> {
  const referrers = await referrersOf(db, target);
  if (referrers.length === 0) return;
  throw new DomainError('conflict', {
    reason: {
      code: 'in_use',
      params: { count: referrers.length, referrers: referrers.map((r) => r.name).join(', ') },
    },
  });
}
