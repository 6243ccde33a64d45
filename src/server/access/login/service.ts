import type { Actor } from '../../../core/access/actor';
import {
  afterFailedLogin,
  afterSuccessfulLogin,
  isLocked,
  secondsLocked,
} from '../../../core/access/lockout';
import { DomainError } from '../../../core/errors';
import { recordEvent } from '../../audit/record';
import type { AppServices } from '../../deps';
import type { AccountRow } from '../actors/load-actor';
import { findAccountByEmail, updateAccount } from '../actors/repository';
import { dummyPasswordHash, normaliseRecoveryCode, randomToken, sha256, verifyPassword } from '../crypto';
import { deleteSession, insertSession } from '../sessions/repository';
import { findUnusedRecoveryCode, markRecoveryCodeUsed } from '../two-factor/repository';
import { verifyTotp } from '../two-factor/totp';

export type LoginInput = { email: string; password: string; totp?: string | undefined };
export type LoginResult = { account: AccountRow; sessionId: string; csrfToken: string };

/**
 * Password, then (when enrolled) a TOTP code or a recovery code in the same `totp` field.
 * Failed attempts count towards the role's lockout; every outcome on a known account is audited.
 */
export async function login(
  services: AppServices,
  input: LoginInput,
  request: { requestId: string; ip: string; userAgent: string | null; previousSessionHash: string | null },
): Promise<LoginResult> {
  const { database, clock } = services;
  const db = database.db;
  const now = clock();
  const account = await findAccountByEmail(db, input.email);
  if (account === null) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new DomainError('invalid_credentials');
  }
  const policy = await services.policies.of(account.role);
  const who = {
    actor: { accountId: account.id, email: account.email, role: account.role },
    requestId: request.requestId,
    now,
  };
  const where = {
    entityType: 'account',
    entityId: account.id,
    enterpriseId: account.enterpriseId,
    partnerId: account.partnerId,
  };
  if (isLocked(account, now)) {
    throw new DomainError('account_locked', { retryAfterSeconds: secondsLocked(account, now) });
  }

  // Whoever failed is not known to be the account's owner: those events have no actor.
  const anonymous = { ...who, actor: null };
  const failed = async (reason: string): Promise<never> => {
    const next = afterFailedLogin(account, policy, now);
    await db.transaction(async (tx) => {
      await updateAccount(tx, account.id, { failedLogins: next.failedLogins, lockedUntil: next.lockedUntil });
      await recordEvent(tx, anonymous, {
        ...where,
        action: 'login_failed',
        details: { reason, ip: request.ip },
      });
      if (next.lockedUntil !== null && next.lockedUntil !== account.lockedUntil) {
        await recordEvent(tx, anonymous, {
          ...where,
          action: 'locked',
          details: { lockedUntil: next.lockedUntil.toISOString() },
        });
      }
    });
    if (next.lockedUntil !== null) {
      throw new DomainError('account_locked', { retryAfterSeconds: secondsLocked(next, now) });
    }
    throw new DomainError(reason === 'totp' ? 'invalid_totp' : 'invalid_credentials');
  };

  if (!(await verifyPassword(account.passwordHash, input.password))) return failed('password');
  if (account.status !== 'active') return failed('disabled');

  let totpStep: number | null = account.totpLastStep;
  let usedRecoveryCode: number | null = null;
  if (account.totpEnabled) {
    const code = input.totp?.trim();
    if (!code) {
      throw new DomainError('totp_required');
    }
    if (/^\d{6}$/.test(code)) {
      const secret = account.totpSecret ? services.secrets.open(account.totpSecret) : null;
      const step = secret ? await verifyTotp(secret, code, account.totpLastStep, now) : null;
      if (step === null) return failed('totp');
      totpStep = step;
    } else {
      const hash = sha256(normaliseRecoveryCode(code));
      usedRecoveryCode = await findUnusedRecoveryCode(db, account.id, hash);
      if (usedRecoveryCode === null) return failed('totp');
    }
  }

  const sessionId = randomToken();
  const csrfToken = randomToken();
  const updated = await db.transaction(async (tx) => {
    if (request.previousSessionHash) await deleteSession(tx, request.previousSessionHash);
    if (usedRecoveryCode !== null) {
      await markRecoveryCodeUsed(tx, usedRecoveryCode, now);
    }
    const row = await updateAccount(tx, account.id, {
      ...afterSuccessfulLogin(),
      lastLoginAt: now,
      totpLastStep: totpStep,
    });
    await insertSession(tx, {
      idHash: sha256(sessionId),
      accountId: account.id,
      csrfToken,
      createdAt: now,
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 500) ?? null,
    });
    await recordEvent(tx, who, {
      ...where,
      action: 'login',
      details: { ip: request.ip, ...(usedRecoveryCode !== null ? { recoveryCodeUsed: true } : {}) },
    });
    return row;
  });
  if (request.previousSessionHash) services.authCache.delete(`s:${request.previousSessionHash}`);
  return { account: updated, sessionId, csrfToken };
}

/** Ends a session on the server, audited as the actor's logout. */
export async function logout(
  services: AppServices,
  sessionHash: string,
  actor: Actor,
  requestId: string,
): Promise<void> {
  await services.database.db.transaction(async (tx) => {
    await deleteSession(tx, sessionHash);
    await recordEvent(
      tx,
      { actor, requestId, now: services.clock() },
      {
        entityType: 'account',
        entityId: actor.accountId,
        enterpriseId: actor.enterpriseId,
        partnerId: actor.partnerId,
        action: 'logout',
      },
    );
  });
  services.authCache.delete(`s:${sessionHash}`);
}
