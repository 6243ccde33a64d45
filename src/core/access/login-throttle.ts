import type { SecurityPolicy } from './password-policy';

/**
 * Failed logins are counted per normalised e-mail address, whether or not an account has it, so
 * that the answers never tell which addresses exist. Three counters, each counted and blocked in
 * one SQL statement (server/access/login-throttles/repository.ts), so that parallel attempts
 * cannot slip past a threshold:
 *
 * - `pair`: this e-mail from this client address. At the role's lockout threshold the pair is
 *   locked for the role's lockout minutes (the guide's lockout, §3.2.6). A stranger who guesses
 *   locks only himself out: the owner, elsewhere, still logs in.
 * - `account`: this e-mail from anywhere. Past twice the threshold, failures slow down (a wait
 *   that doubles from 1 s to at most 60 s between attempts), which caps a distributed guesser
 *   without blocking the owner for long; an address the account logged in from successfully in
 *   the last 90 days is not slowed down.
 * - `address`: this client address for any e-mail (someone trying many accounts). Past 30
 *   failures in an hour, waits double from 1 s to at most 15 minutes.
 *
 * A success resets the pair (and remembers the address as familiar); a pair lock or a wait that
 * has begun refuses even the right password until it ends.
 */
export const THROTTLE_SCOPES = ['pair', 'account', 'address'] as const;
export type ThrottleScope = (typeof THROTTLE_SCOPES)[number];

export type ThrottleRule = {
  /** Failures at which the counter starts to block. */
  threshold: number;
  /** The first block, in seconds; each further failure doubles it, up to `maxSeconds`. */
  baseSeconds: number;
  maxSeconds: number;
  /** A counter whose last failure is older than this starts again. */
  forgetAfterSeconds: number;
  /** The count starts again once a block has run out (a lockout rather than a slowdown). */
  resetAfterBlock: boolean;
};

export const FAMILIAR_ADDRESS_DAYS = 90;
/** Doubling stops here (2^20 s is far past any maximum). */
export const MAX_DOUBLINGS = 20;

export function throttleRules(
  policy: Pick<SecurityPolicy, 'lockoutThreshold' | 'lockoutMinutes'>,
): Record<ThrottleScope, ThrottleRule> {
  const lock = policy.lockoutMinutes * 60;
  return {
    pair: {
      threshold: policy.lockoutThreshold,
      baseSeconds: lock,
      maxSeconds: lock,
      forgetAfterSeconds: 24 * 3600,
      resetAfterBlock: true,
    },
    account: {
      threshold: policy.lockoutThreshold * 2,
      baseSeconds: 1,
      maxSeconds: 60,
      forgetAfterSeconds: 3600,
      resetAfterBlock: false,
    },
    address: {
      threshold: 30,
      baseSeconds: 1,
      maxSeconds: 15 * 60,
      forgetAfterSeconds: 3600,
      resetAfterBlock: false,
    },
  };
}

/** How long the n-th failure in a row blocks, in seconds, or null below the threshold. */
export function blockSeconds(failures: number, rule: ThrottleRule): number | null {
  if (failures < rule.threshold) return null;
  const doublings = Math.min(failures - rule.threshold, MAX_DOUBLINGS);
  return Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** doublings);
}

/** The e-mail address as failures are counted for it: trimmed, Unicode NFC, lower case. */
export const normaliseLoginEmail = (email: string): string => email.trim().normalize('NFC').toLowerCase();

/**
 * The client address as failures are counted for it: an IPv4 address as it is (also when mapped
 * into IPv6), an IPv6 address by its /64 network, since one host commonly holds a whole /64.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export type ThrottleState = {
  scope: ThrottleScope;
  blockedUntil: Date | null;
  lastSuccessAt: Date | null;
};

export type ActiveBlock = { scope: ThrottleScope; until: Date; seconds: number };

/**
 * The block an attempt meets, if any: the pair's lock first, then the address's wait, then the
 * account's wait unless this address is familiar to the account.
 */
export function activeBlock(states: readonly ThrottleState[], now: Date): ActiveBlock | null {
  const of = (scope: ThrottleScope) => states.find((s) => s.scope === scope);
  const pair = of('pair');
  const familiar =
    pair?.lastSuccessAt != null &&
    now.getTime() - pair.lastSuccessAt.getTime() < FAMILIAR_ADDRESS_DAYS * 86_400_000;
  for (const scope of ['pair', 'address', 'account'] as const) {
    if (scope === 'account' && familiar) continue;
    const until = of(scope)?.blockedUntil;
    if (until != null && until.getTime() > now.getTime()) {
      return { scope, until, seconds: Math.ceil((until.getTime() - now.getTime()) / 1000) };
    }
  }
  return null;
}
