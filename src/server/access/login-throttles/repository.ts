import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import {
  MAX_DOUBLINGS,
  type ThrottleRule,
  type ThrottleScope,
  type ThrottleState,
} from '../../../core/access/login-throttle';
import type { Executor } from '../../db/client';
import { loginThrottles as t } from '../../db/schema';

export type ThrottleKey = { subject: string; address: string };

const keyOf = (scope: ThrottleScope, key: ThrottleKey) => ({
  scope,
  subject: scope === 'address' ? '' : key.subject,
  address: scope === 'account' ? '' : key.address,
});

/** The pair, account and address counters an attempt meets. */
export async function throttleStates(db: Executor, key: ThrottleKey): Promise<ThrottleState[]> {
  const keys = (['pair', 'account', 'address'] as const).map((scope) => keyOf(scope, key));
  return db
    .select({ scope: t.scope, blockedUntil: t.blockedUntil, lastSuccessAt: t.lastSuccessAt })
    .from(t)
    .where(
      or(...keys.map((k) => and(eq(t.scope, k.scope), eq(t.subject, k.subject), eq(t.address, k.address)))),
    );
}

/**
 * Counts one failure and, at the threshold, blocks, in one statement: parallel failures each see
 * the count the others left, so none slips past the threshold. The count starts again when the
 * last failure is older than the rule's window, or (for a lock) once the lock has run out.
 */
export async function countFailure(
  db: Executor,
  scope: ThrottleScope,
  key: ThrottleKey,
  rule: ThrottleRule,
  now: Date,
): Promise<{ failures: number; blockedUntil: Date | null; lastSuccessAt: Date | null }> {
  const k = keyOf(scope, key);
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterSeconds * 1000);
  // A row lasts as long as its count and its longest possible block matter.
  const expiresAt = new Date(now.getTime() + (rule.forgetAfterSeconds + rule.maxSeconds) * 1000);
  const restart = rule.resetAfterBlock
    ? sql`(${t.lastFailedAt} is null or ${t.lastFailedAt} <= ${forgetBefore} or (${t.blockedUntil} is not null and ${t.blockedUntil} <= ${now}))`
    : sql`(${t.lastFailedAt} is null or ${t.lastFailedAt} <= ${forgetBefore})`;
  const failures = sql`(case when ${restart} then 1 else ${t.failures} + 1 end)`;
  const block = (n: ReturnType<typeof sql>) =>
    sql`(case when ${n} >= ${rule.threshold} then ${now}::timestamptz + make_interval(secs => least(${rule.maxSeconds}::float8, ${rule.baseSeconds}::float8 * power(2::float8, least(${n} - ${rule.threshold}, ${MAX_DOUBLINGS})))) else null end)`;
  const [row] = await db
    .insert(t)
    .values({
      ...k,
      failures: 1,
      lastFailedAt: now,
      blockedUntil: sql`${block(sql`1`)}`,
      expiresAt,
    })
    .onConflictDoUpdate({
      target: [t.scope, t.subject, t.address],
      set: {
        failures,
        lastFailedAt: now,
        blockedUntil: block(failures),
        expiresAt: sql`greatest(${t.expiresAt}, ${expiresAt}::timestamptz)`,
      },
    })
    .returning({ failures: t.failures, blockedUntil: t.blockedUntil, lastSuccessAt: t.lastSuccessAt });
  return row ?? { failures: 0, blockedUntil: null, lastSuccessAt: null };
}

/**
 * A successful login from this address: the pair's count starts again and the address becomes
 * familiar, unless the pair is locked, all in one statement (a success cannot slip past a lock
 * that parallel failures have just set). False when the pair is locked.
 */
export async function openPair(
  db: Executor,
  key: ThrottleKey,
  now: Date,
  familiarUntil: Date,
): Promise<boolean> {
  const k = keyOf('pair', key);
  const rows = await db
    .insert(t)
    .values({ ...k, failures: 0, lastSuccessAt: now, expiresAt: familiarUntil })
    .onConflictDoUpdate({
      target: [t.scope, t.subject, t.address],
      set: {
        failures: 0,
        blockedUntil: null,
        lastSuccessAt: now,
        expiresAt: sql`greatest(${t.expiresAt}, ${familiarUntil}::timestamptz)`,
      },
      setWhere: sql`${t.blockedUntil} is null or ${t.blockedUntil} <= ${now}`,
    })
    .returning({ scope: t.scope });
  return rows.length > 0;
}

/** Removes a few rows that mean nothing any more (bounded, so that every failure does a little). */
export async function sweepThrottles(db: Executor, now: Date, limit = 20): Promise<void> {
  await db.execute(
    sql`delete from ${t} where ctid in (select ctid from ${t} where ${t.expiresAt} < ${now} limit ${limit})`,
  );
}

/** Forgets every count and lock of an e-mail address (an administrator's unlock or reset). */
export async function clearSubject(db: Executor, subject: string): Promise<void> {
  await db.delete(t).where(and(inArray(t.scope, ['pair', 'account']), eq(t.subject, subject)));
}

/** The latest running block of each of these e-mail subjects (for the accounts' lock state). */
export async function blockedUntilOf(
  db: Executor,
  subjects: readonly string[],
  now: Date,
): Promise<Map<string, Date>> {
  if (subjects.length === 0) return new Map();
  const rows = await db
    .select({ subject: t.subject, until: sql<Date>`max(${t.blockedUntil})`.mapWith(t.blockedUntil) })
    .from(t)
    .where(
      and(inArray(t.scope, ['pair', 'account']), inArray(t.subject, [...subjects]), gt(t.blockedUntil, now)),
    )
    .groupBy(t.subject);
  return new Map(rows.map((r) => [r.subject, r.until]));
}
