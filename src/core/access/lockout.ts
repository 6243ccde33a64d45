import type { SecurityPolicy } from './password-policy';

/** Failed-login bookkeeping of one account. */
export type LockoutState = { failedLogins: number; lockedUntil: Date | null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function secondsLocked(state: LockoutState, now: Date): number {
  if (!isLocked(state, now) || state.lockedUntil === null) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
}

/**
 * After a failed attempt: count it; at the threshold lock the account for the policy's minutes
 * and start counting afresh, so the next series is judged on its own.
 */
export function afterFailedLogin(
  state: LockoutState,
  policy: Pick<SecurityPolicy, 'lockoutThreshold' | 'lockoutMinutes'>,
  now: Date,
): LockoutState {
  // A lock that has run out is forgotten: the count starts again.
  const failed = (isLocked(state, now) || state.lockedUntil === null ? state.failedLogins : 0) + 1;
  if (failed >= policy.lockoutThreshold) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedLogins: failed, lockedUntil: isLocked(state, now) ? state.lockedUntil : null };
}

export const afterSuccessfulLogin = (): LockoutState => ({ failedLogins: 0, lockedUntil: null });
