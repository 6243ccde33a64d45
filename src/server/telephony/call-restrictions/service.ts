import { inScope } from '../../../core/access/policy';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { barredDestinations, outsideNumbersOf } from '../../../core/telephony/barred-destinations';
import {
  type CallCheckDto,
  type CallRestrictions,
  classifyDialled,
  decideCall,
  type EnterpriseCallRestrictionsDto,
  type UserCallRestrictionsDto,
  type UserCallRestrictionsInput,
} from '../../../core/telephony/call-classes';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { findUser, type UserRow } from '../../directory/users/repository';
import { userInScope } from '../../directory/users/scope';
import type { Ctx } from '../../http/context';
import { assertRoutesAllowed } from '../incoming-routes/service';
import { findSettings } from '../settings/repository';
import {
  callRestrictionsAudit,
  presentEnterpriseRestrictions,
  presentUserRestrictions,
  type UserRestrictionsView,
  userCallRestrictionsAudit,
} from './presenter';
import * as repo from './repository';

async function userView(db: Executor, user: UserRow): Promise<UserRestrictionsView> {
  const [enterpriseDefault, own] = await Promise.all([
    repo.findEnterpriseDefault(db, user.enterpriseId),
    repo.findUserOwn(db, user.id),
  ]);
  return {
    userId: user.id,
    enterpriseId: user.enterpriseId,
    siteId: user.siteId,
    followsDefault: own === null,
    ...(own ?? enterpriseDefault),
    enterpriseDefault,
  };
}

export async function getEnterpriseRestrictions(
  ctx: Ctx,
  enterpriseId: string,
): Promise<EnterpriseCallRestrictionsDto> {
  if (!(await repo.enterpriseExists(ctx.db, enterpriseId))) throw notFound();
  const restrictions = await repo.findEnterpriseDefault(ctx.db, enterpriseId);
  return presentEnterpriseRestrictions({ enterpriseId, ...restrictions });
}

/**
 * A stricter set must not leave a forwarding (or a number rung along) that the set now bars: it
 * would be a way around the restrictions. Refused (422 `restrictions_bar_forwardings`) with the
 * users whose settings to change first; checked inside the change's transaction, after its lock.
 */
async function assertForwardingsAllowed(
  tx: Executor,
  enterpriseId: string,
  restrictions: CallRestrictions,
  which: { followersOfDefault: true } | { userId: string },
): Promise<void> {
  const users = await repo.featuresToRecheck(tx, enterpriseId, which);
  if (users.length === 0) return;
  const [settings, ownNumbers] = await Promise.all([
    findSettings(tx, enterpriseId),
    repo.ownNumbersAmong(
      tx,
      enterpriseId,
      users.flatMap((u) => outsideNumbersOf(u.settings)),
    ),
  ]);
  const barred = users.filter(
    (u) =>
      Object.keys(
        barredDestinations(u.settings, restrictions, {
          extensionLength: settings.extensionLength,
          ownNumbers,
        }),
      ).length > 0,
  );
  if (barred.length === 0) return;
  const SHOWN = 10;
  const names = barred.slice(0, SHOWN).map((u) => u.name);
  throw new DomainError('unprocessable', {
    reason: {
      code: 'restrictions_bar_forwardings',
      params: {
        count: barred.length,
        users: barred.length > SHOWN ? `${names.join(', ')} …` : names.join(', '),
      },
    },
  });
}

/**
 * Sets the enterprise's default; users that follow it follow the new set (refused while it would
 * bar a forwarding of one of them).
 */
export async function setEnterpriseRestrictions(
  ctx: Ctx,
  enterpriseId: string,
  restrictions: CallRestrictions,
): Promise<EnterpriseCallRestrictionsDto> {
  const after = await ctx.db.transaction(async (tx) => {
    if (!(await repo.enterpriseExists(tx, enterpriseId, { share: true }))) throw notFound();
    const before = await repo.lockEnterpriseDefault(tx, enterpriseId, ctx.now);
    await assertForwardingsAllowed(tx, enterpriseId, restrictions, { followersOfDefault: true });
    await assertRoutesAllowed(tx, enterpriseId, restrictions);
    const stored = await repo.updateEnterpriseDefault(tx, enterpriseId, restrictions, ctx.now);
    await recordChange(tx, ctx, callRestrictionsAudit, {
      action: 'update',
      before: { enterpriseId, ...before },
      after: { enterpriseId, ...stored },
    });
    return stored;
  });
  return presentEnterpriseRestrictions({ enterpriseId, ...after });
}

export async function getUserRestrictions(ctx: Ctx, userId: string): Promise<UserCallRestrictionsDto> {
  const user = await userInScope(ctx, ctx.db, userId);
  return presentUserRestrictions(await userView(ctx.db, user));
}

/**
 * A user follows the enterprise's default or gets a whole set of its own. The user's row is
 * locked first, so parallel changes of one user queue and each audit event has the true before.
 */
export async function setUserRestrictions(
  ctx: Ctx,
  userId: string,
  input: UserCallRestrictionsInput,
): Promise<UserCallRestrictionsDto> {
  const after = await ctx.db.transaction(async (tx) => {
    const user = await userInScope(ctx, tx, userId, { lock: true });
    const before = await userView(tx, user);
    const next = input.followsDefault
      ? await repo.shareEnterpriseDefault(tx, user.enterpriseId, ctx.now)
      : input.restrictions;
    await assertForwardingsAllowed(tx, user.enterpriseId, next, { userId: user.id });
    if (input.followsDefault) await repo.removeUserOwn(tx, user.id);
    else await repo.setUserOwn(tx, user, input.restrictions, ctx.now);
    const view = await userView(tx, user);
    await recordChange(tx, ctx, userCallRestrictionsAudit, { action: 'update', before, after: view });
    return view;
  });
  return presentUserRestrictions(after);
}

/**
 * Would this call be allowed: the class of the dialled number and the decision of the user's
 * restrictions (or the enterprise's default without a user). Reads only.
 */
export async function checkCall(
  ctx: Ctx,
  enterpriseId: string,
  input: { userId?: string | undefined; dialled: string },
): Promise<CallCheckDto> {
  if (!(await repo.enterpriseExists(ctx.db, enterpriseId))) throw notFound();
  let restrictions: CallRestrictions;
  let decidedBy: CallCheckDto['decidedBy'] = 'enterprise';
  if (input.userId !== undefined) {
    const user = await findUser(ctx.db, input.userId);
    // Another enterprise's user or one outside the reader's sites is no user here: one answer for both.
    if (
      user === null ||
      user.enterpriseId !== enterpriseId ||
      !inScope(ctx.actor, { enterpriseId: user.enterpriseId, siteId: user.siteId })
    ) {
      throw fieldError('unprocessable', 'userId', 'call_check_user_unknown');
    }
    const view = await userView(ctx.db, user);
    restrictions = view;
    if (!view.followsDefault) decidedBy = 'user';
  } else {
    restrictions = await repo.findEnterpriseDefault(ctx.db, enterpriseId);
  }
  const settings = await findSettings(ctx.db, enterpriseId);
  const first = classifyDialled(input.dialled, { extensionLength: settings.extensionLength });
  // The enterprise's own extensions and numbers are looked up only for what has their form.
  const extensions = new Set<string>();
  const ownNumbers = new Set<string>();
  if (first.number !== null && !first.number.startsWith('+') && first.class !== 'emergency') {
    if (await repo.hasExtension(ctx.db, enterpriseId, first.number)) extensions.add(first.number);
  } else if (first.number?.startsWith('+31') && (await repo.hasNumber(ctx.db, enterpriseId, first.number))) {
    ownNumbers.add(first.number);
  }
  const decision = decideCall(input.dialled, restrictions, {
    extensionLength: settings.extensionLength,
    extensions,
    ownNumbers,
  });
  return {
    dialled: input.dialled,
    class: decision.class,
    number: decision.number,
    restrictions: [...decision.restrictions],
    barredBy: decision.barredBy,
    allowed: decision.allowed,
    reason: decision.reason,
    decidedBy,
  };
}
