import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { Actor } from '../../../core/access/actor';
import type { ApiTokenDto } from '../../../core/access/self';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import type { RecipientLanguage } from '../../../core/notifications/outbox';
import { recordEvent } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import type { AccountRow } from '../actors/load-actor';
import { findAccountById, updateAccount } from '../actors/repository';
import {
  type ApiTokenRow,
  findToken,
  insertToken,
  listTokens,
  revokeToken,
  revokeTokensOf,
} from '../api-tokens/repository';
import { API_TOKEN_PREFIX } from '../authenticate';
import { normaliseRecoveryCode, randomToken, recoveryCode, sha256, verifyPassword } from '../crypto';
import {
  assertNotBlocked,
  attemptOf,
  recordFailure,
  recordSuccess,
  refusal,
} from '../login-throttles/service';
import { assertAcceptablePassword, storePassword } from '../passwords/service';
import { deleteSession, deleteSessionsOf } from '../sessions/repository';
import { deleteRecoveryCodes, replaceRecoveryCodes } from '../two-factor/repository';
import { newTotpSecret, totpUri, verifyTotp } from '../two-factor/totp';

const RECOVERY_CODE_COUNT = 10;

async function me(ctx: Ctx): Promise<AccountRow> {
  const account = await findAccountById(ctx.db, ctx.actor.accountId);
  if (account === null) throw new DomainError('unauthenticated');
  return account;
}

/**
 * Sensitive changes ask for the current password again, and that is a login: it is refused while
 * the e-mail or address is locked or slowed down, a wrong one is counted with the login's failures
 * and audited, and the threshold locks the account from this address and ends this session.
 */
async function reauthenticate(
  ctx: Ctx,
  account: AccountRow,
  password: string,
  field = 'password',
): Promise<void> {
  const attempt = attemptOf(account.email, ctx.clientAddress);
  await assertNotBlocked(ctx.db, attempt, ctx.now);
  if (await verifyPassword(account.passwordHash, password)) {
    await ctx.db.transaction((tx) => recordSuccess(tx, attempt, ctx.now));
    return;
  }
  const policy = await ctx.services.policies.of(account.role);
  const outcome = await ctx.db.transaction(async (tx) => {
    const counted = await recordFailure(tx, attempt, policy, ctx.now);
    const details = { field, ip: ctx.clientAddress };
    await recordEvent(tx, ctx, { ...where(ctx.actor), action: 'reauthentication_failed', details });
    if (counted.lockedNow) {
      await recordEvent(tx, ctx, {
        ...where(ctx.actor),
        action: 'locked',
        details: { ip: ctx.clientAddress, until: counted.block?.until.toISOString() ?? null },
      });
    }
    if (counted.block?.scope === 'pair' && ctx.sessionHash !== null) {
      await deleteSession(tx, ctx.sessionHash);
      await recordEvent(tx, ctx, { ...where(ctx.actor), action: 'logout', details: { reason: 'locked' } });
    }
    return counted;
  });
  if (outcome.block !== null) {
    if (outcome.block.scope === 'pair' && ctx.sessionHash !== null)
      ctx.services.authCache.delete(`s:${ctx.sessionHash}`);
    throw refusal(outcome.block);
  }
  throw fieldError('reauthentication_failed', field, 'current_password_wrong');
}

const where = (actor: Actor) => ({
  entityType: 'account',
  entityId: actor.accountId,
  enterpriseId: actor.enterpriseId,
  partnerId: actor.partnerId,
});

export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; keepTokenIds?: string[] | undefined },
): Promise<{ revokedTokenIds: string[] }> {
  const account = await me(ctx);
  await reauthenticate(ctx, account, input.currentPassword, 'currentPassword');
  const policy = await ctx.services.policies.of(account.role);
  await assertAcceptablePassword(ctx.db, account, input.newPassword, policy, {
    oldPassword: input.currentPassword,
    field: 'newPassword',
  });
  const revokedTokenIds = await ctx.db.transaction(async (tx) => {
    await storePassword(tx, account.id, input.newPassword, ctx.now, { mustChange: false });
    // Other sessions and the tokens may belong to whoever knew the old password.
    await deleteSessionsOf(tx, account.id, ctx.sessionHash ?? undefined);
    const revoked = await revokeTokensOf(tx, account.id, ctx.now, input.keepTokenIds ?? []);
    await recordEvent(tx, ctx, {
      ...where(ctx.actor),
      action: 'password_change',
      details: { tokensRevoked: revoked.length, tokensKept: (input.keepTokenIds ?? []).length },
    });
    return revoked;
  });
  ctx.services.authCache.forgetAccount(account.id);
  return { revokedTokenIds };
}

/** Step 1 of enrolment: a new secret, not yet active, shown as a QR code. */
export async function startTotpSetup(ctx: Ctx, password: string) {
  const account = await me(ctx);
  await reauthenticate(ctx, account, password);
  if (account.totpEnabled) {
    throw new DomainError('conflict', { reason: 'two_factor_already_on' });
  }
  const secret = newTotpSecret();
  const otpauthUrl = totpUri(secret, account.email, 'Centrale');
  await ctx.db.transaction(async (tx) => {
    await updateAccount(tx, account.id, {
      totpSecret: ctx.services.secrets.seal(secret),
      totpLastStep: null,
    });
    await recordEvent(tx, ctx, { ...where(ctx.actor), action: 'two_factor_setup_started' });
  });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, otpauthUrl, qrSvg };
}

async function newRecoveryCodes(tx: Executor, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  await replaceRecoveryCodes(
    tx,
    accountId,
    codes.map((c) => sha256(normaliseRecoveryCode(c))),
  );
  return codes;
}

/** Step 2: the first code proves the app has the secret; then two-factor is on. */
export async function enableTotp(ctx: Ctx, code: string): Promise<{ recoveryCodes: string[] }> {
  const account = await me(ctx);
  if (account.totpEnabled) throw new DomainError('conflict', { reason: 'two_factor_already_on' });
  if (account.totpSecret === null) throw new DomainError('conflict', { reason: 'two_factor_setup_first' });
  const step = await verifyTotp(ctx.services.secrets.open(account.totpSecret), code, null, ctx.now);
  if (step === null) {
    throw fieldError('invalid_totp', 'code', 'totp_code_wrong');
  }
  const codes = await ctx.db.transaction(async (tx) => {
    await updateAccount(tx, account.id, { totpEnabled: true, totpLastStep: step, updatedAt: ctx.now });
    const created = await newRecoveryCodes(tx, account.id);
    await recordEvent(tx, ctx, { ...where(ctx.actor), action: 'two_factor_enabled' });
    return created;
  });
  ctx.services.authCache.forgetAccount(account.id);
  return { recoveryCodes: codes };
}

export async function disableTotp(ctx: Ctx, password: string): Promise<void> {
  const account = await me(ctx);
  await reauthenticate(ctx, account, password);
  const policy = await ctx.services.policies.of(account.role);
  if (policy.twoFactorRequired) {
    throw new DomainError('unprocessable', { reason: 'two_factor_required_by_role' });
  }
  await ctx.db.transaction(async (tx) => {
    await updateAccount(tx, account.id, {
      totpEnabled: false,
      totpSecret: null,
      totpLastStep: null,
      updatedAt: ctx.now,
    });
    await deleteRecoveryCodes(tx, account.id);
    await recordEvent(tx, ctx, { ...where(ctx.actor), action: 'two_factor_disabled' });
  });
  ctx.services.authCache.forgetAccount(account.id);
}

export async function regenerateRecoveryCodes(
  ctx: Ctx,
  password: string,
): Promise<{ recoveryCodes: string[] }> {
  const account = await me(ctx);
  await reauthenticate(ctx, account, password);
  if (!account.totpEnabled) throw new DomainError('conflict', { reason: 'two_factor_off' });
  const codes = await ctx.db.transaction(async (tx) => {
    const created = await newRecoveryCodes(tx, account.id);
    await recordEvent(tx, ctx, { ...where(ctx.actor), action: 'recovery_codes_regenerated' });
    return created;
  });
  return { recoveryCodes: codes };
}

export const presentToken = (row: ApiTokenRow): ApiTokenDto => ({
  id: row.id,
  name: row.name,
  access: row.access,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** What the audit log keeps of a token: never its hash. */
const tokenDetails = (row: ApiTokenRow) => ({
  name: row.name,
  access: row.access,
  expiresAt: row.expiresAt?.toISOString() ?? null,
});

export async function listApiTokens(ctx: Ctx): Promise<ApiTokenDto[]> {
  return (await listTokens(ctx.db, ctx.actor.accountId)).map(presentToken);
}

export async function createApiToken(
  ctx: Ctx,
  input: {
    name: string;
    access: 'read' | 'read_write';
    expiresInDays?: number | undefined;
    password: string;
  },
): Promise<{ token: ApiTokenDto; secret: string }> {
  const account = await me(ctx);
  await reauthenticate(ctx, account, input.password);
  const secret = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertToken(tx, {
      id: randomUUID(),
      accountId: account.id,
      name: input.name,
      tokenHash: sha256(secret),
      access: input.access,
      createdAt: ctx.now,
      expiresAt: input.expiresInDays ? new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000) : null,
    });
    await recordEvent(tx, ctx, {
      ...where(ctx.actor),
      entityType: 'api_token',
      entityId: created.id,
      action: 'create',
      details: tokenDetails(created),
    });
    return created;
  });
  return { token: presentToken(row), secret };
}

export async function revokeApiToken(ctx: Ctx, id: string, password: string): Promise<void> {
  const account = await me(ctx);
  await reauthenticate(ctx, account, password);
  const token = await findToken(ctx.db, account.id, id);
  if (token === null) throw notFound();
  if (token.revokedAt !== null) return;
  await ctx.db.transaction(async (tx) => {
    await revokeToken(tx, id, ctx.now);
    await recordEvent(tx, ctx, {
      ...where(ctx.actor),
      entityType: 'api_token',
      entityId: id,
      action: 'revoke',
      details: tokenDetails(token),
    });
  });
  ctx.services.authCache.delete(`t:${token.tokenHash}`);
}

/** The language of the account's e-mails (the outbox renders each message in it); audited when it changes. */
export async function setLanguage(
  ctx: Ctx,
  language: RecipientLanguage,
): Promise<{ language: RecipientLanguage }> {
  const account = await me(ctx);
  if (account.language === language) return { language };
  await ctx.db.transaction(async (tx) => {
    await updateAccount(tx, account.id, { language, updatedAt: ctx.now });
    await recordEvent(tx, ctx, {
      ...where(ctx.actor),
      action: 'language_changed',
      details: { from: account.language, to: language },
    });
  });
  return { language };
}
