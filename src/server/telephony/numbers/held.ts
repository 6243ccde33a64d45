import { PROFILE_NAMES, type Profile } from '../../../core/directory/profiles';
import { DomainError, fieldError } from '../../../core/errors';
import { type AssigneeType, formatNational, type NumberRole } from '../../../core/telephony/numbers';
import { profileHasRole } from '../../../core/telephony/profile-numbers';
import { recordChange } from '../../audit/record';
import type { Executor, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { numberAudit } from './presenter';
import { extensionOf, numberExists, numbersOfAssignee, takeNumber, updateNumber } from './repository';

/** What of the number plan a user holds (its numbers and extension), in words, for a refusal. */
export async function telephonyHeldBy(db: Executor, userId: string): Promise<string[]> {
  const assignee = { type: 'user' as const, id: userId };
  const [held, extension] = await Promise.all([numbersOfAssignee(db, assignee), extensionOf(db, assignee)]);
  return [...held.map((n) => formatNational(n.number)), ...(extension ? [extension] : [])];
}

/**
 * A profile change (the provider's): refused while the user holds a number the new profile does
 * not (a Combi user's mobile number when it becomes Vast), with those numbers, as a field issue.
 */
export async function assertNumbersFitProfile(db: Executor, userId: string, profile: Profile): Promise<void> {
  const held = await numbersOfAssignee(db, { type: 'user', id: userId });
  const misfits = held.filter(
    (n) =>
      (n.assigneeRole === 'fixed' || n.assigneeRole === 'mobile') && !profileHasRole(profile, n.assigneeRole),
  );
  if (misfits.length > 0) {
    throw fieldError('unprocessable', 'profile', {
      code: 'profile_numbers',
      params: {
        profile: PROFILE_NAMES[profile],
        numbers: misfits.map((n) => formatNational(n.number)).join(', '),
      },
    });
  }
}

/**
 * A user moved to another site takes its numbers along: each is allocated to the new site
 * (and audited), so the new site's administrator manages them and the old one no longer does.
 */
export async function moveNumbersWithUser(
  tx: Tx,
  ctx: Ctx,
  userId: string,
  siteId: string | null,
): Promise<void> {
  const held = await numbersOfAssignee(tx, { type: 'user', id: userId });
  for (const before of held) {
    if (before.siteId === siteId) continue;
    const after = await updateNumber(tx, before.id, { siteId, updatedAt: ctx.now });
    await recordChange(tx, ctx, numberAudit, { action: 'update', before, after });
  }
}

/**
 * Takes a free number for an assignee, or refuses on `field`: 409 `number_taken` when another
 * took it first, 422 `number_not_in_plan` when its block was taken back meanwhile (the number
 * is gone, so "already assigned" would mislead).
 */
export async function takeNumberOrRefuse(
  tx: Executor,
  numberId: string,
  assignee: { type: AssigneeType; id: string; role: NumberRole },
  now: Date,
  field: string,
): Promise<void> {
  if ((await takeNumber(tx, numberId, assignee, now)) !== null) return;
  if (!(await numberExists(tx, numberId)))
    throw new DomainError('unprocessable', { fields: { [field]: 'number_not_in_plan' } });
  throw new DomainError('conflict', { fields: { [field]: 'number_taken' } });
}
