import type { Actor } from '../../../core/access/actor';
import { DomainError } from '../../../core/errors';
import { type AuditContext, recordEvent } from '../../audit/record';
import type { AppServices } from '../../deps';
import type { AccountRow } from '../actors/load-actor';
import { findAccountByEmail, updateAccount } from '../actors/repository';
import { dummyPasswordHash, normaliseRecoveryCode, randomToken, sha256, verifyPassword } from '../crypto';
import {
  assertNotBlocked,
  attemptOf,
  recordFailure,
  recordSuccess,
  refusal,
} from '../login-throttles/service';
import { deleteSession, insertSession } from '../sessions/repository';
import { consumeRecoveryCode, consumeTotpStep } from '../two-factor/repository';
import { verifyTotp } from '../two-factor/totp';

export type LoginInput = { email: string; password: string; totp?: string | undefined };
export type LoginResult = { account: AccountRow; sessionId: string; csrfToken: string };
export type LoginRequest = {
  requestId: string;
  correlationId: string | null;
  ip: string;
  userAgent: string | null;
  previousSessionHash: string | null;
};

type FailureReason = 'password' | 'disabled' | 'totp' | 'unknown_account';

/** A code that was right but already used by a parallel login: counted as a wrong code. */
class CodeAlreadyUsed extends Error {}

/**
 * Password, then (when enrolled) a TOTP code or a recovery code in the same `totp` field.
 *
 * Failures are counted per normalised e-mail address whether or not an account has it, per
 * client address and per both (access/login-throttles): an unknown address costs the same
 * password check and the same writes as a known one, gets the same answers and locks the same
 * way, so nothing tells which addresses exist. Every outcome is audited (without an actor when
 * whoever tried is not known to be the owner).
 */
export async function login(
  services: AppServices,
  input: LoginInput,
  request: LoginRequest,
): Promise<LoginResult> {
  const { database, clock } = services;
  const db = database.db;
  const now = clock();
  const attempt = attemptOf(input.email, request.ip);
  const account = await findAccountByEmail(db, input.email);
  const policy = account
    ? await services.policies.of(account.role)
    : await services.policies.forUnknownAccounts();
  await assertNotBlocked(db, attempt, now);

  const anonymous: AuditContext = {
    actor: null,
    requestId: request.requestId,
    correlationId: request.correlationId,
    now,
  };
  const where = {
    entityType: 'account',
    entityId: account?.id ?? null,
    enterpriseId: account?.enterpriseId ?? null,
    partnerId: account?.partnerId ?? null,
  };
  const failed = async (reason: FailureReason): Promise<never> => {
    const outcome = await db.transaction(async (tx) => {
      const counted = await recordFailure(tx, attempt, policy, now);
      await recordEvent(tx, anonymous, {
        ...where,
        action: 'login_failed',
        details: { reason, ip: request.ip },
      });
      if (counted.lockedNow) {
        await recordEvent(tx, anonymous, {
          ...where,
          action: 'locked',
          details: { ip: request.ip, until: counted.block?.until.toISOString() ?? null },
        });
      }
      return counted;
    });
    if (outcome.block !== null) throw refusal(outcome.block);
    throw new DomainError(reason === 'totp' ? 'invalid_totp' : 'invalid_credentials');
  };

  if (account === null) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    return failed('unknown_account');
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) return failed('password');
  if (account.status !== 'active') return failed('disabled');

  let secondFactor: { step: number } | { recoveryCodeHash: string } | null = null;
  if (account.totpEnabled) {
    const code = input.totp?.trim();
    if (!code) throw new DomainError('totp_required');
    if (/^\d{6}$/.test(code)) {
      const secret = account.totpSecret ? services.secrets.open(account.totpSecret) : null;
      const step = secret ? await verifyTotp(secret, code, account.totpLastStep, now) : null;
      if (step === null) return failed('totp');
      secondFactor = { step };
    } else {
      secondFactor = { recoveryCodeHash: sha256(normaliseRecoveryCode(code)) };
    }
  }

  const who: AuditContext = {
    ...anonymous,
    actor: { accountId: account.id, email: account.email, role: account.role },
  };
  const sessionId = randomToken();
  const csrfToken = randomToken();
  let updated: AccountRow;
  try {
    updated = await db.transaction(async (tx) => {
      // The second factor is used up at most once, whatever runs in parallel.
      if (secondFactor !== null) {
        const taken =
          'step' in secondFactor
            ? await consumeTotpStep(tx, account.id, secondFactor.step)
            : await consumeRecoveryCode(tx, account.id, secondFactor.recoveryCodeHash, now);
        if (!taken) throw new CodeAlreadyUsed();
      }
      // Refused if parallel failures locked the pair meanwhile: no login succeeds past the threshold.
      await recordSuccess(tx, attempt, now);
      if (request.previousSessionHash) await deleteSession(tx, request.previousSessionHash);
      const row = await updateAccount(tx, account.id, { lastLoginAt: now });
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
        details: {
          ip: request.ip,
          ...(secondFactor !== null && 'recoveryCodeHash' in secondFactor ? { recoveryCodeUsed: true } : {}),
        },
      });
      return row;
    });
  } catch (error) {
    if (error instanceof CodeAlreadyUsed) return failed('totp');
    throw error;
  }
  if (request.previousSessionHash) services.authCache.delete(`s:${request.previousSessionHash}`);
  return { account: updated, sessionId, csrfToken };
}

/** Ends a session on the server, audited as the actor's logout. */
export async function logout(
  services: AppServices,
  sessionHash: string,
  actor: Actor,
  request: { requestId: string; correlationId: string | null },
): Promise<void> {
  await services.database.db.transaction(async (tx) => {
    await deleteSession(tx, sessionHash);
    await recordEvent(
      tx,
      { actor, ...request, now: services.clock() },
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
