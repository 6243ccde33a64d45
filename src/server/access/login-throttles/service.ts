import {
  type ActiveBlock,
  activeBlock,
  addressKey,
  FAMILIAR_ADDRESS_DAYS,
  normaliseLoginEmail,
  type ThrottleState,
  throttleRules,
} from '../../../core/access/login-throttle';
import type { SecurityPolicy } from '../../../core/access/password-policy';
import { DomainError } from '../../../core/errors';
import type { Executor } from '../../db/client';
import { sha256 } from '../crypto';
import {
  blockedUntilOf,
  clearSubject,
  countFailure,
  openPair,
  sweepThrottles,
  type ThrottleKey,
  throttleStates,
} from './repository';

/**
 * Login throttling (core/access/login-throttle.ts) for the login and for every "confirm your
 * password" route: one place that checks, counts and resets, so that a re-authentication is
 * counted and limited exactly as a login.
 */

/** The e-mail as it is counted: a hash of its normalised form (also for addresses nobody has). */
export const subjectOf = (email: string): string => sha256(`login:${normaliseLoginEmail(email)}`);

export const attemptOf = (email: string, ip: string): ThrottleKey => ({
  subject: subjectOf(email),
  address: addressKey(ip),
});

/** The answer to an attempt that meets a block. */
export function refusal(block: ActiveBlock): DomainError {
  if (block.scope === 'pair') {
    return new DomainError('account_locked', {
      reason: { code: 'locked_for', params: { minutes: Math.max(1, Math.ceil(block.seconds / 60)) } },
      retryAfterSeconds: block.seconds,
    });
  }
  return new DomainError('rate_limited', {
    reason: { code: 'login_slowed_down', params: { seconds: block.seconds } },
    retryAfterSeconds: block.seconds,
  });
}

/** Refuses the attempt, before any password is checked, while one of its counters blocks. */
export async function assertNotBlocked(db: Executor, attempt: ThrottleKey, now: Date): Promise<void> {
  const block = activeBlock(await throttleStates(db, attempt), now);
  if (block !== null) throw refusal(block);
}

export type FailureOutcome = {
  /** The block the failure led to, if any (the attempt after it is refused). */
  block: ActiveBlock | null;
  /** This failure locked the pair (for the audit log's `locked` event). */
  lockedNow: boolean;
};

/** Counts a failed attempt on all three counters (in the caller's transaction). */
export async function recordFailure(
  tx: Executor,
  attempt: ThrottleKey,
  policy: Pick<SecurityPolicy, 'lockoutThreshold' | 'lockoutMinutes'>,
  now: Date,
): Promise<FailureOutcome> {
  const rules = throttleRules(policy);
  const states: ThrottleState[] = [];
  let lockedNow = false;
  for (const scope of ['pair', 'account', 'address'] as const) {
    const counted = await countFailure(tx, scope, attempt, rules[scope], now);
    if (scope === 'pair' && counted.failures === rules.pair.threshold) lockedNow = true;
    states.push({ scope, blockedUntil: counted.blockedUntil, lastSuccessAt: counted.lastSuccessAt });
  }
  await sweepThrottles(tx, now);
  return { block: activeBlock(states, now), lockedNow };
}

/**
 * A right password: the pair starts counting afresh and the address becomes familiar. Refused
 * when a lock or wait was set meanwhile by parallel failures (the right password arrived after
 * the threshold).
 */
export async function recordSuccess(tx: Executor, attempt: ThrottleKey, now: Date): Promise<void> {
  const familiarUntil = new Date(now.getTime() + FAMILIAR_ADDRESS_DAYS * 86_400_000);
  const block = activeBlock(await throttleStates(tx, attempt), now);
  if (block !== null && block.scope !== 'pair') throw refusal(block);
  if (!(await openPair(tx, attempt, now, familiarUntil))) {
    throw refusal(
      activeBlock(await throttleStates(tx, attempt), now) ?? { scope: 'pair', until: now, seconds: 1 },
    );
  }
}

/** An administrator's unlock or password reset: every count and lock of the e-mail goes. */
export const forgetFailures = (tx: Executor, email: string): Promise<void> =>
  clearSubject(tx, subjectOf(email));

/** The running lock of each account's e-mail, if any (what the accounts list shows as locked). */
export async function lockedUntilByEmail(
  db: Executor,
  emails: readonly string[],
  now: Date,
): Promise<Map<string, Date>> {
  const subjects = new Map(emails.map((email) => [subjectOf(email), email]));
  const found = await blockedUntilOf(db, [...subjects.keys()], now);
  const byEmail = new Map<string, Date>();
  for (const [subject, until] of found) byEmail.set(subjects.get(subject) as string, until);
  return byEmail;
}
