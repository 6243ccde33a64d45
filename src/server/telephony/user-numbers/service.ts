import type { z } from 'zod';
import { inScope } from '../../../core/access/policy';
import { PROFILE_NAMES } from '../../../core/directory/profiles';
import { DomainError, type IssueSpec } from '../../../core/errors';
import type { UserNumbersDto, userNumbersInputSchema } from '../../../core/telephony/number-plan';
import { extensionProblem } from '../../../core/telephony/numbers';
import { KINDS_FOR_ROLE, profileHasRole } from '../../../core/telephony/profile-numbers';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { UserRow } from '../../directory/users/repository';
import { userInScope } from '../../directory/users/scope';
import type { Ctx } from '../../http/context';
import { takeNumberOrRefuse } from '../numbers/held';
import * as numbers from '../numbers/repository';
import { lockSettings } from '../settings/repository';
import { presentUserNumbers, type UserNumbersView, userNumbersAudit } from './presenter';

const ROLES = ['fixed', 'mobile'] as const;

async function viewOf(db: Executor, user: UserRow): Promise<UserNumbersView> {
  const assignee = { type: 'user' as const, id: user.id };
  const [extension, held] = await Promise.all([
    numbers.extensionOf(db, assignee),
    numbers.numbersOfAssignee(db, assignee),
  ]);
  const of = (role: 'fixed' | 'mobile') => {
    const found = held.find((n) => n.assigneeRole === role);
    return found ? { id: found.id, number: found.number } : null;
  };
  return {
    userId: user.id,
    enterpriseId: user.enterpriseId,
    siteId: user.siteId,
    extension,
    fixed: of('fixed'),
    mobile: of('mobile'),
  };
}

export async function getUserNumbers(ctx: Ctx, userId: string): Promise<UserNumbersDto> {
  return presentUserNumbers(await viewOf(ctx.db, await userInScope(ctx, ctx.db, userId)));
}

/**
 * Sets a user's extension and numbers, as its profile allows (Vast: fixed; Combi: fixed and
 * mobile; Flex: one fixed number; Mobiel: mobile). A number must be a free number of the
 * enterprise's plan, of the right kind, and on the user's site when it is allocated to one; it is
 * taken with a compare-and-set, so that two users never get one number.
 */
export async function setUserNumbers(
  ctx: Ctx,
  userId: string,
  input: z.output<typeof userNumbersInputSchema>,
): Promise<UserNumbersDto> {
  await ctx.db.transaction(async (tx) => {
    const user = await userInScope(ctx, tx, userId, { lock: true });
    const settings = await lockSettings(tx, user.enterpriseId, ctx.now);
    const before = await viewOf(tx, user);
    const fields: Record<string, IssueSpec> = {};
    if (input.extension !== null) {
      const problem = extensionProblem(input.extension, settings.extensionLength);
      if (problem) fields.extension = { code: problem, params: { length: settings.extensionLength } };
    }
    const wanted: Partial<Record<(typeof ROLES)[number], numbers.NumberRowLike>> = {};
    for (const role of ROLES) {
      const value = input[role];
      if (value === null || value === before[role]?.number) continue;
      if (!profileHasRole(user.profile, role)) {
        fields[role] = { code: 'number_not_in_profile', params: { profile: PROFILE_NAMES[user.profile] } };
        continue;
      }
      const found = await numbers.findNumberByValue(tx, user.enterpriseId, value);
      // A site admin assigns only numbers allocated to its sites; others of the plan it cannot see.
      const visible =
        found !== null && inScope(ctx.actor, { enterpriseId: found.enterpriseId, siteId: found.siteId })
          ? found
          : null;
      if (visible === null) fields[role] = 'number_not_in_plan';
      else if (!KINDS_FOR_ROLE[role].includes(visible.kind)) {
        fields[role] = { code: 'number_kind_for_role', params: { kind: role } };
      } else if (visible.siteId !== null && visible.siteId !== user.siteId)
        fields[role] = 'number_other_site';
      else wanted[role] = visible;
    }
    if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });

    const assignee = { type: 'user' as const, id: user.id };
    for (const role of ROLES) {
      if (input[role] === (before[role]?.number ?? null)) continue;
      await numbers.releaseNumbers(tx, assignee, ctx.now, [role]);
      const target = wanted[role];
      if (target) await takeNumberOrRefuse(tx, target.id, { ...assignee, role }, ctx.now, role);
    }
    if (input.extension !== before.extension) {
      await numbers.removeExtension(tx, assignee);
      if (
        input.extension !== null &&
        !(await numbers.claimExtension(tx, user.enterpriseId, input.extension, assignee, ctx.now))
      ) {
        throw new DomainError('conflict', { fields: { extension: 'extension_taken' } });
      }
    }
    const after = await viewOf(tx, user);
    await recordChange(tx, ctx, userNumbersAudit, { action: 'update', before, after });
  });
  return getUserNumbers(ctx, userId);
}
