import { type Profile, profileSchema } from '../../../core/directory/profiles';
import { DomainError } from '../../../core/errors';
import { PROFILE_CHANGE_ITEM } from '../../../core/servicedesk/profile-change';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { userAudit } from '../../directory/users/presenter';
import * as users from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import { assertNumbersFitProfile } from '../../telephony/numbers/held';
import { assertQueueRolesFitProfile } from '../../telephony/queue-agents/service';
import { assertFeaturesFitProfile } from '../../telephony/user-features/service';

type Ticket = { type: string; catalogueItemKey: string | null; details: Record<string, unknown> };

/** The user and profile a profile change request names, or null for any other ticket. */
export function profileChangeOf(ticket: Ticket): { userId: string; profile: Profile } | null {
  if (ticket.type !== 'change' || ticket.catalogueItemKey !== PROFILE_CHANGE_ITEM) return null;
  const profile = profileSchema.safeParse(ticket.details.profile);
  const userId = ticket.details.userId;
  return profile.success && typeof userId === 'string' ? { userId, profile: profile.data } : null;
}

/**
 * Resolving a profile change request gives the user the requested profile, in the resolution's
 * transaction, audited as a change of the user. The profile matrix's checks are those of a change
 * by the provider (numbers, features and group memberships, call-centre roles, no Mobiel with a
 * login); what does not fit the new profile refuses the resolution with 409, naming it, and the
 * ticket stays where it was. A user that already has the profile is left as it is.
 */
export async function applyProfileChange(ctx: Ctx, tx: Executor, ticket: Ticket): Promise<void> {
  const change = profileChangeOf(ticket);
  if (change === null) return;
  const before = await users.findUser(tx, change.userId, { lock: true });
  if (before === null) throw new DomainError('conflict', { reason: 'profile_change_user_gone' });
  if (before.profile === change.profile) return;
  try {
    if (change.profile === 'mobiel' && (await users.accountOfUser(tx, before.id)) !== null)
      throw new DomainError('unprocessable', { fields: { profile: 'mobiel_with_login' } });
    await assertNumbersFitProfile(tx, before.id, change.profile);
    await assertFeaturesFitProfile(tx, before.id, change.profile, ctx.now);
    await assertQueueRolesFitProfile(tx, before.id, change.profile, ctx.now);
  } catch (error) {
    // The profile matrix's refusal of the user's profile field, as the refusal of this resolution.
    if (error instanceof DomainError && error.code === 'unprocessable') {
      const issue = error.issues.find((i) => i.path === 'profile') ?? error.issues[0];
      throw new DomainError('conflict', {
        reason: issue === undefined ? 'profile_change_user_gone' : { code: issue.code, params: issue.params },
      });
    }
    throw error;
  }
  const after = await users.updateUser(tx, before.id, { profile: change.profile, updatedAt: ctx.now });
  await recordChange(tx, ctx, userAudit, { action: 'update', before, after });
}
