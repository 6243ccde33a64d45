import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope } from '../../../core/access/policy';
import { PROFILE_NAMES } from '../../../core/directory/profiles';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import {
  type HuntGroupMemberDto,
  type HuntGroupMemberInput,
  type huntGroupMemberPatchSchema,
  MAX_MEMBERS,
  type MyHuntGroupDto,
  orderProblem,
} from '../../../core/telephony/hunt-groups';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { findUser, type UserRow } from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import { findHuntGroup } from '../hunt-groups/repository';
import { huntGroupInScope } from '../hunt-groups/service';
import { numbersOfAssignee } from '../numbers/repository';
import * as profiles from '../profiles/repository';
import { type MemberAuditRow, memberAudit, memberOrderAudit, presentMember } from './presenter';
import * as repo from './repository';

type Group = { id: string; enterpriseId: string; siteId: string };

const auditRow = (group: Group, m: repo.MemberView): MemberAuditRow => ({
  id: m.id,
  huntGroupId: m.huntGroupId,
  position: m.position,
  userId: m.userId,
  externalNumber: m.externalNumber,
  weight: m.weight,
  loggedIn: m.loggedIn,
  enterpriseId: group.enterpriseId,
  siteId: group.siteId,
});

export async function listMembers(ctx: Ctx, huntGroupId: string): Promise<HuntGroupMemberDto[]> {
  const group = await huntGroupInScope(ctx, ctx.db, huntGroupId);
  return (await repo.membersOf(ctx.db, huntGroupId)).map((m) =>
    presentMember(ctx.actor, group.enterpriseId, m),
  );
}

async function memberDto(ctx: Ctx, group: Group, id: string): Promise<HuntGroupMemberDto> {
  const m = await repo.findMember(ctx.db, id);
  if (m === null) throw notFound();
  return presentMember(ctx.actor, group.enterpriseId, m);
}

/**
 * A user may be a member when it is of the group's enterprise (for a site admin: of one of its
 * sites; another's is 404-like `user_not_yours`) and its profile includes `hunt_group`. The
 * user's row is locked and its profile's line share-locked, so that neither a profile change nor
 * the profile's matrix crosses the new membership.
 */
async function assertMemberUser(ctx: Ctx, tx: Executor, group: Group, userId: string): Promise<UserRow> {
  const user = await findUser(tx, userId, { lock: true });
  if (user === null || user.enterpriseId !== group.enterpriseId)
    throw fieldError('unprocessable', 'userId', 'user_not_in_enterprise');
  if (!inScope(ctx.actor, { enterpriseId: group.enterpriseId, siteId: user.siteId }))
    throw fieldError('unprocessable', 'userId', 'user_not_yours');
  const included = await profiles.lockProfile(tx, user.profile, 'share', ctx.now);
  if (!included.includes('hunt_group')) {
    throw fieldError('unprocessable', 'userId', {
      code: 'member_not_in_profile',
      params: { profile: PROFILE_NAMES[user.profile], feature: 'hunt_group' },
    });
  }
  return user;
}

/** Adds a member (at `position`, default the end); the group's row is locked, so adds queue up. */
export async function addMember(
  ctx: Ctx,
  huntGroupId: string,
  input: HuntGroupMemberInput,
): Promise<HuntGroupMemberDto> {
  const id = randomUUID();
  const group = await ctx.db.transaction(async (tx) => {
    const g = await huntGroupInScope(ctx, tx, huntGroupId, { lock: true });
    const current = await repo.membersOf(tx, huntGroupId);
    if (current.length >= MAX_MEMBERS)
      throw fieldError('unprocessable', 'userId', { code: 'member_too_many', params: { max: MAX_MEMBERS } });
    if (input.userId !== undefined) {
      await assertMemberUser(ctx, tx, g, input.userId);
      if (current.some((m) => m.userId === input.userId))
        throw fieldError('conflict', 'userId', 'member_taken');
    }
    if (input.externalNumber !== undefined) {
      const own = await numbersOfAssignee(tx, { type: 'hunt_group', id: huntGroupId });
      if (own.some((n) => n.number === input.externalNumber))
        throw fieldError('unprocessable', 'externalNumber', 'member_is_group');
      if (current.some((m) => m.externalNumber === input.externalNumber))
        throw fieldError('conflict', 'externalNumber', 'member_taken');
    }
    const position = Math.min(input.position ?? current.length + 1, current.length + 1);
    await repo.openPosition(tx, huntGroupId, position);
    await repo.insertMember(tx, {
      id,
      huntGroupId,
      position,
      userId: input.userId ?? null,
      externalNumber: input.externalNumber ?? null,
      weight: input.weight,
      loggedIn: input.loggedIn,
      createdAt: ctx.now,
    });
    const made = await repo.findMember(tx, id);
    if (made === null) throw notFound();
    await recordChange(tx, ctx, memberAudit, { action: 'create', after: auditRow(g, made) });
    return g;
  });
  return memberDto(ctx, group, id);
}

/** A member with its group, the group locked; 404 unless the actor may see the group. */
async function memberInScope(ctx: Ctx, tx: Executor, memberId: string) {
  const found = await repo.findMember(tx, memberId);
  if (found === null) throw notFound();
  const group = await huntGroupInScope(ctx, tx, found.huntGroupId, { lock: true });
  const member = await repo.findMember(tx, memberId);
  if (member === null) throw notFound();
  return { group, member };
}

export async function getMember(ctx: Ctx, memberId: string): Promise<HuntGroupMemberDto> {
  const member = await repo.findMember(ctx.db, memberId);
  if (member === null) throw notFound();
  const group = await huntGroupInScope(ctx, ctx.db, member.huntGroupId);
  return presentMember(ctx.actor, group.enterpriseId, member);
}

export async function updateMember(
  ctx: Ctx,
  memberId: string,
  patch: z.output<typeof huntGroupMemberPatchSchema>,
): Promise<HuntGroupMemberDto> {
  const group = await ctx.db.transaction(async (tx) => {
    const { group, member } = await memberInScope(ctx, tx, memberId);
    const values = {
      ...(patch.weight !== undefined ? { weight: patch.weight } : {}),
      ...(patch.loggedIn !== undefined ? { loggedIn: patch.loggedIn } : {}),
    };
    // An empty change changes nothing (and an UPDATE without a column to set is no statement).
    if (Object.keys(values).length === 0) return group;
    await repo.updateMember(tx, memberId, values);
    const after = await repo.findMember(tx, memberId);
    if (after === null) throw notFound();
    await recordChange(tx, ctx, memberAudit, {
      action: 'update',
      before: auditRow(group, member),
      after: auditRow(group, after),
    });
    return group;
  });
  return memberDto(ctx, group, memberId);
}

export async function removeMember(ctx: Ctx, memberId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { group, member } = await memberInScope(ctx, tx, memberId);
    await repo.deleteMember(tx, memberId);
    await repo.closePosition(tx, group.id, member.position);
    await recordChange(tx, ctx, memberAudit, { action: 'delete', before: auditRow(group, member) });
  });
}

/**
 * The members in a new order, in one transaction: `memberIds` must name every member of the
 * group once (422 otherwise: the list may have changed meanwhile; nothing is changed).
 */
export async function reorderMembers(
  ctx: Ctx,
  huntGroupId: string,
  memberIds: readonly string[],
): Promise<HuntGroupMemberDto[]> {
  await ctx.db.transaction(async (tx) => {
    const group = await huntGroupInScope(ctx, tx, huntGroupId, { lock: true });
    const current = await repo.membersOf(tx, huntGroupId);
    const problem = orderProblem(
      current.map((m) => m.id),
      memberIds,
    );
    if (problem) throw fieldError('unprocessable', 'memberIds', problem);
    for (const [i, id] of memberIds.entries()) {
      if (current.find((m) => m.id === id)?.position !== i + 1)
        await repo.updateMember(tx, id, { position: i + 1 });
    }
    const place = { id: huntGroupId, enterpriseId: group.enterpriseId, siteId: group.siteId };
    await recordChange(tx, ctx, memberOrderAudit, {
      action: 'update',
      before: { ...place, memberIds: current.map((m) => m.id) },
      after: { ...place, memberIds: [...memberIds] },
    });
  });
  return listMembers(ctx, huntGroupId);
}

// My hunt groups (self-service)

async function ownUser(ctx: Ctx, db: Executor): Promise<UserRow> {
  const id = ctx.actor.userId;
  const user = id === null ? null : await findUser(db, id);
  if (user === null || user.enterpriseId !== ctx.actor.enterpriseId) {
    throw new DomainError('not_found', { reason: 'no_directory_user' });
  }
  return user;
}

export async function myHuntGroups(ctx: Ctx): Promise<MyHuntGroupDto[]> {
  const user = await ownUser(ctx, ctx.db);
  return (await repo.huntGroupsOfUser(ctx.db, user.id)).map((g) => ({
    huntGroupId: g.huntGroupId,
    name: g.name,
    extension: g.extension,
    number: g.number,
    memberId: g.memberId,
    loggedIn: g.loggedIn,
  }));
}

/** A member logs itself in or out of one of its groups (only its own membership; else 404). */
export async function setMyMembership(
  ctx: Ctx,
  huntGroupId: string,
  loggedIn: boolean,
): Promise<MyHuntGroupDto[]> {
  if (ctx.actor.access === 'read') throw new DomainError('read_only_token');
  await ctx.db.transaction(async (tx) => {
    const user = await ownUser(ctx, tx);
    const own = (await repo.huntGroupsOfUser(tx, user.id)).find((g) => g.huntGroupId === huntGroupId);
    if (own === undefined) throw new DomainError('not_found', { reason: 'not_a_member' });
    const group = { id: own.huntGroupId, enterpriseId: own.enterpriseId, siteId: own.siteId };
    // The group's row is locked as by every change of its members.
    await findHuntGroup(tx, huntGroupId, { lock: true });
    const before = await repo.findMember(tx, own.memberId);
    if (before === null) throw new DomainError('not_found', { reason: 'not_a_member' });
    if (before.loggedIn === loggedIn) return;
    await repo.updateMember(tx, own.memberId, { loggedIn });
    await recordChange(tx, ctx, memberAudit, {
      action: 'update',
      before: auditRow(group, before),
      after: auditRow(group, { ...before, loggedIn }),
    });
  });
  return myHuntGroups(ctx);
}

/** The features a user's group memberships need (`hunt_group`), for a change of its profile. */
export async function huntGroupNamesOf(db: Executor, userId: string): Promise<string[]> {
  return (await repo.huntGroupsOfUser(db, userId)).map((g) => g.name);
}
