import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope } from '../../../core/access/policy';
import { PROFILE_NAMES, type Profile } from '../../../core/directory/profiles';
import { fieldError, type IssueSpec, notFound } from '../../../core/errors';
import type { Feature } from '../../../core/telephony/feature-matrix';
import {
  FEATURE_OF_ROLE,
  type QueueAgentDto,
  type QueueRole,
  type queueAgentInputSchema,
  type queueAgentPatchSchema,
} from '../../../core/telephony/queues';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { findUser } from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import * as profiles from '../profiles/repository';
import type { QueueRow } from '../queues/repository';
import { queueInScope } from '../queues/service';
import { presentQueueAgent, type QueueAgentAuditRow, queueAgentAudit } from './presenter';
import * as repo from './repository';

const ROLE_NAMES: Record<QueueRole, string> = { agent: 'agent', supervisor: 'supervisor' };

export async function listQueueAgents(ctx: Ctx, queueId: string): Promise<{ items: QueueAgentDto[] }> {
  await queueInScope(ctx, ctx.db, queueId);
  const rows = await repo.agentsOf(ctx.db, queueId);
  return { items: rows.map((r) => presentQueueAgent(ctx.actor, r)) };
}

async function auditRowOf(db: Executor, queue: QueueRow, id: string): Promise<QueueAgentAuditRow> {
  const view = await repo.findAgentView(db, id);
  if (view === null) throw notFound();
  return { ...view, queueSiteId: queue.siteId, queueName: queue.name };
}

/** Refuses a role the user's profile does not include the feature of (its profile's line share-locked). */
async function assertRoleInProfile(ctx: Ctx, tx: Executor, profile: Profile, role: QueueRole, path: string) {
  const included = await profiles.lockProfile(tx, profile, 'share', ctx.now);
  const feature = FEATURE_OF_ROLE[role];
  if (!included.includes(feature)) {
    throw fieldError('unprocessable', path, {
      code: 'queue_agent_feature',
      params: { profile: PROFILE_NAMES[profile], role: ROLE_NAMES[role], feature },
    });
  }
}

/**
 * Adds a user of the queue's enterprise as an agent or supervisor, as its profile allows
 * (call_center_agent, call_center_supervisor). A site admin adds only users of its own sites. The
 * user's row is locked, so that its profile cannot change under the decision; a user is in a queue
 * at most once (the database refuses a second link too: of two parallel requests, one succeeds).
 */
export async function addQueueAgent(
  ctx: Ctx,
  queueId: string,
  input: z.output<typeof queueAgentInputSchema>,
): Promise<QueueAgentDto> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const queue = await queueInScope(ctx, tx, queueId, { lock: 'share' });
    const user = await findUser(tx, input.userId, { lock: true });
    if (user === null || user.enterpriseId !== queue.enterpriseId) {
      throw fieldError('unprocessable', 'userId', 'user_not_in_enterprise');
    }
    if (!inScope(ctx.actor, { enterpriseId: user.enterpriseId, siteId: user.siteId })) {
      throw fieldError('unprocessable', 'userId', 'user_not_yours');
    }
    await assertRoleInProfile(ctx, tx, user.profile, input.role, 'userId');
    if ((await repo.linkOf(tx, queueId, user.id)) !== null) {
      throw fieldError('conflict', 'userId', 'queue_agent_taken');
    }
    await repo.insertAgent(tx, {
      id,
      queueId,
      userId: user.id,
      role: input.role,
      weight: input.weight,
      createdAt: ctx.now,
    });
    await recordChange(tx, ctx, queueAgentAudit, {
      action: 'create',
      after: await auditRowOf(tx, queue, id),
    });
  });
  const view = await repo.findAgentView(ctx.db, id);
  if (view === null) throw notFound();
  return presentQueueAgent(ctx.actor, view);
}

async function linkInScope(ctx: Ctx, tx: Executor, id: string) {
  const link = await repo.findAgent(tx, id, { lock: true });
  if (link === null) throw notFound();
  const queue = await queueInScope(ctx, tx, link.queueId, { lock: 'share' });
  return { link, queue };
}

/** A change of role or weight; a new role needs its feature in the user's profile. */
export async function updateQueueAgent(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof queueAgentPatchSchema>,
): Promise<QueueAgentDto> {
  await ctx.db.transaction(async (tx) => {
    const { link, queue } = await linkInScope(ctx, tx, id);
    const before = await auditRowOf(tx, queue, id);
    if (patch.role !== undefined && patch.role !== link.role) {
      const user = await findUser(tx, link.userId, { lock: true });
      if (user === null) throw notFound();
      await assertRoleInProfile(ctx, tx, user.profile, patch.role, 'role');
    }
    await repo.updateAgent(tx, id, {
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.weight !== undefined ? { weight: patch.weight } : {}),
    });
    await recordChange(tx, ctx, queueAgentAudit, {
      action: 'update',
      before,
      after: await auditRowOf(tx, queue, id),
    });
  });
  const view = await repo.findAgentView(ctx.db, id);
  if (view === null) throw notFound();
  return presentQueueAgent(ctx.actor, view);
}

export async function removeQueueAgent(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { queue } = await linkInScope(ctx, tx, id);
    const before = await auditRowOf(tx, queue, id);
    await repo.deleteAgent(tx, id);
    await recordChange(tx, ctx, queueAgentAudit, { action: 'delete', before });
  });
}

/** Why a user's profile cannot become `profile`: the queues whose role's feature it lacks (null: none). */
async function queueRolesProblem(
  db: Executor,
  userId: string,
  profile: Profile,
  now: Date,
): Promise<IssueSpec | null> {
  const included = await profiles.lockProfile(db, profile, 'share', now);
  const held = await repo.queuesOfUser(db, userId);
  const lacking = held.filter((q) => !included.includes(FEATURE_OF_ROLE[q.role]));
  if (lacking.length === 0) return null;
  const features = [...new Set(lacking.map((q) => FEATURE_OF_ROLE[q.role]))];
  return {
    code: 'profile_queue_roles',
    params: {
      profile: PROFILE_NAMES[profile],
      queues: lacking.map((q) => q.name).join(', '),
      features: features.join(', '),
    },
  };
}

/**
 * A profile change (by the provider) is refused while the user is an agent or supervisor of a
 * queue and the new profile lacks that role's feature, naming the queues. Called by the users'
 * service beside the check of its features (the user's row is locked there).
 */
export async function assertQueueRolesFitProfile(db: Executor, userId: string, profile: Profile, now: Date) {
  const problem = await queueRolesProblem(db, userId, profile, now);
  if (problem !== null) throw fieldError('unprocessable', 'profile', problem);
}

/** The same for the provisioning form's users sheet: per user whose profile the file changes, its problem. */
export async function queueRolesOfChanges(
  db: Executor,
  changes: readonly { userId: string; profile: Profile }[],
  now: Date,
): Promise<Map<string, IssueSpec>> {
  const out = new Map<string, IssueSpec>();
  for (const { userId, profile } of changes) {
    const problem = await queueRolesProblem(db, userId, profile, now);
    if (problem !== null) out.set(userId, problem);
  }
  return out;
}

/**
 * For a change of the profiles' matrix: how many users of the profile hold a queue role whose
 * feature is being taken away (feature → count), so that the change is refused as for features in use.
 */
export async function queueRolesInUse(
  db: Executor,
  profile: Profile,
  removed: readonly Feature[],
): Promise<Map<Feature, number>> {
  const counts = await repo.roleCountsOfProfile(db, profile);
  const out = new Map<Feature, number>();
  for (const [role, n] of counts) {
    const feature = FEATURE_OF_ROLE[role];
    if (n > 0 && removed.includes(feature)) out.set(feature, n);
  }
  return out;
}
