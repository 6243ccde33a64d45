import { PROFILE_NAMES } from '../../../core/directory/profiles';
import { DomainError, fieldError } from '../../../core/errors';
import { barredDestinations, outsideNumbersOf } from '../../../core/telephony/barred-destinations';
import {
  checkUserFeatures,
  DEFAULT_SETTINGS,
  extensionsNamed,
  featuresInUse,
  type MyPhoneDto,
  type MyPhoneInput,
  mergeMyPhone,
  type UserFeaturesDto,
  type UserFeaturesInput,
} from '../../../core/telephony/features';
import { hashPassword } from '../../access/crypto';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { findUser, type UserRow } from '../../directory/users/repository';
import { userInScope } from '../../directory/users/scope';
import type { Ctx } from '../../http/context';
import * as restrictions from '../call-restrictions/repository';
import { huntGroupsOfUser } from '../hunt-group-members/repository';
import { extensionOf, numbersOfAssignee } from '../numbers/repository';
import { groupOfUser } from '../pickup-groups/repository';
import * as profiles from '../profiles/repository';
import { findSettings } from '../settings/repository';
import { getUserNumbers } from '../user-numbers/service';
import {
  auditViewOf,
  presentMyPhone,
  presentUserFeatures,
  type UserFeaturesView,
  userFeaturesAudit,
} from './presenter';
import * as repo from './repository';

/** The directory user of the account asking (its own phone); 404 for an account without one. */
async function ownUser(ctx: Ctx, db: Executor, options: { lock?: boolean } = {}): Promise<UserRow> {
  const id = ctx.actor.userId;
  const user = id === null ? null : await findUser(db, id, options);
  if (user === null || user.enterpriseId !== ctx.actor.enterpriseId) {
    throw new DomainError('not_found', { reason: 'no_directory_user' });
  }
  return user;
}

async function viewOf(
  db: Executor,
  user: UserRow,
  included: UserFeaturesView['included'],
): Promise<UserFeaturesView> {
  const [stored, blf] = await Promise.all([repo.findFeatures(db, user.id), repo.blfOf(db, user.id)]);
  return {
    userId: user.id,
    enterpriseId: user.enterpriseId,
    siteId: user.siteId,
    profile: user.profile,
    included,
    settings: stored?.settings ?? structuredClone(DEFAULT_SETTINGS),
    pinSet: stored?.pinHash != null,
    blf,
  };
}

async function readView(ctx: Ctx, user: UserRow): Promise<UserFeaturesView> {
  const matrix = await profiles.findMatrix(ctx.db);
  return viewOf(ctx.db, user, matrix[user.profile]);
}

export async function getUserFeatures(ctx: Ctx, userId: string): Promise<UserFeaturesDto> {
  return presentUserFeatures(await readView(ctx, await userInScope(ctx, ctx.db, userId)));
}

/**
 * Writes a user's features in one transaction: the user's row is locked (parallel changes queue
 * up, none is lost), its profile's line of the matrix is share-locked (a feature is not taken
 * away meanwhile), then the core rules decide and the change is audited without the PIN.
 */
async function writeFeatures(
  ctx: Ctx,
  tx: Executor,
  user: UserRow,
  build: (current: UserFeaturesView) => UserFeaturesInput,
): Promise<void> {
  const included = await profiles.lockProfile(tx, user.profile, 'share', ctx.now);
  const before = await viewOf(tx, user, included);
  const stored = await repo.findFeatures(tx, user.id);
  const input = build(before);
  const assignee = { type: 'user' as const, id: user.id };
  const [settings, ownExtension, held] = await Promise.all([
    findSettings(tx, user.enterpriseId),
    extensionOf(tx, assignee),
    numbersOfAssignee(tx, assignee),
  ]);
  const [knownExtensions, enterpriseUsers] = await Promise.all([
    repo.existingExtensions(tx, user.enterpriseId, extensionsNamed(input, settings.extensionLength)),
    repo.usersOfEnterprise(tx, user.enterpriseId, input.blf),
  ]);
  const result = checkUserFeatures(input, {
    profile: user.profile,
    included,
    extensionLength: settings.extensionLength,
    userId: user.id,
    ownExtension,
    ownFixed: held.find((n) => n.assigneeRole === 'fixed')?.number ?? null,
    ownMobile: held.find((n) => n.assigneeRole === 'mobile')?.number ?? null,
    knownExtensions,
    enterpriseUsers,
    maxBlf: ctx.services.config.maxBlfEntries,
  });
  if (!result.ok) throw new DomainError('unprocessable', { fields: result.fields });
  // An outside destination is an outgoing call of the user: its call restrictions decide it too.
  // (The user's row is locked, as a change of its own restrictions locks it.)
  const [own, enterpriseDefault, ownNumbers] = await Promise.all([
    restrictions.findUserOwn(tx, user.id),
    // Share-locked: a change of the default checks its followers' forwardings, after this.
    restrictions.shareEnterpriseDefault(tx, user.enterpriseId, ctx.now),
    restrictions.ownNumbersAmong(tx, user.enterpriseId, outsideNumbersOf(result.settings)),
  ]);
  const barred = barredDestinations(result.settings, own ?? enterpriseDefault, {
    extensionLength: settings.extensionLength,
    ownNumbers,
  });
  if (Object.keys(barred).length > 0) throw new DomainError('unprocessable', { fields: barred });

  const oldHash = stored?.pinHash ?? null;
  const pinHash =
    result.pin === undefined ? oldHash : result.pin === null ? null : await hashPassword(result.pin);
  await repo.saveFeatures(tx, user.id, result.settings, pinHash, ctx.now);
  await repo.replaceBlf(tx, user.id, result.blf);
  const after = { ...before, settings: result.settings, pinSet: pinHash !== null, blf: result.blf };
  const pinBefore = oldHash === null ? 'none' : 'set';
  const pinAfter = pinHash === null ? 'none' : typeof result.pin === 'string' ? 'changed' : 'set';
  await recordChange(tx, ctx, userFeaturesAudit, {
    action: 'update',
    before: auditViewOf(before, pinBefore),
    after: auditViewOf(after, pinAfter),
  });
}

export async function setUserFeatures(
  ctx: Ctx,
  userId: string,
  input: UserFeaturesInput,
): Promise<UserFeaturesDto> {
  await ctx.db.transaction(async (tx) => {
    const user = await userInScope(ctx, tx, userId, { lock: true });
    await writeFeatures(ctx, tx, user, () => input);
  });
  return getUserFeatures(ctx, userId);
}

// My phone: the account's own user, the self-service part only

export async function getMyPhone(ctx: Ctx): Promise<MyPhoneDto> {
  const user = await ownUser(ctx, ctx.db);
  const [view, numbers] = await Promise.all([readView(ctx, user), ownNumbers(ctx, user)]);
  return presentMyPhone(view, user.name, numbers);
}

export async function setMyPhone(ctx: Ctx, input: MyPhoneInput): Promise<MyPhoneDto> {
  if (ctx.actor.access === 'read') throw new DomainError('read_only_token');
  await ctx.db.transaction(async (tx) => {
    const user = await ownUser(ctx, tx, { lock: true });
    await writeFeatures(ctx, tx, user, (current) => mergeMyPhone(current.settings, current.blf, input));
  });
  return getMyPhone(ctx);
}

/** One's own numbers, read as the user's (the account may not hold user-telephony.read). */
async function ownNumbers(ctx: Ctx, user: UserRow) {
  return getUserNumbers(
    { ...ctx, actor: { ...ctx.actor, enterpriseIds: [user.enterpriseId], siteIds: 'all' } },
    user.id,
  );
}

/**
 * A profile change (by the provider) is refused while the user has a feature switched on that
 * the new profile does not include, naming them; the new profile's line is share-locked so that
 * it does not change meanwhile. Called by the users' service beside the check of its numbers.
 */
export async function assertFeaturesFitProfile(
  db: Executor,
  userId: string,
  profile: UserRow['profile'],
  now: Date,
): Promise<void> {
  const included = await profiles.lockProfile(db, profile, 'share', now);
  const [stored, blf] = await Promise.all([repo.findFeatures(db, userId), repo.blfOf(db, userId)]);
  const missing = featuresInUse(stored?.settings ?? DEFAULT_SETTINGS, blf.length).filter(
    (f) => !included.includes(f),
  );
  // A group membership is a feature in use too: hunt groups need `hunt_group`, a pickup group `call_pickup`.
  const [huntGroups, pickupGroup] = await Promise.all([
    huntGroupsOfUser(db, userId),
    groupOfUser(db, userId),
  ]);
  const groups = [
    ...(included.includes('hunt_group') ? [] : huntGroups.map((g) => g.name)),
    ...(included.includes('call_pickup') || pickupGroup === null ? [] : [pickupGroup.name]),
  ];
  if (groups.length > 0) {
    throw fieldError('unprocessable', 'profile', {
      code: 'group_memberships',
      params: { profile: PROFILE_NAMES[profile], groups: groups.join(', ') },
    });
  }
  if (missing.length > 0) {
    throw fieldError('unprocessable', 'profile', {
      code: 'profile_features',
      params: { profile: PROFILE_NAMES[profile], features: missing.join(', ') },
    });
  }
}
