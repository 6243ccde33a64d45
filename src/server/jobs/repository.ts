import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { jobSchedules } from '../db/schema';

export type JobScheduleRow = typeof jobSchedules.$inferSelect;

/** Makes sure the job has its row; a new one is due at once. */
export async function ensureSchedule(db: Executor, name: string, now: Date): Promise<void> {
  await db.insert(jobSchedules).values({ name, nextRunAt: now }).onConflictDoNothing();
}

/**
 * Takes a round of the job in one statement: the row is picked FOR UPDATE SKIP LOCKED when it is
 * due (or `force`) and no live lease holds it, then leased to `holder` and moved on by the
 * interval. Of several servers ticking at once, one gets the row; the others get nothing and do
 * not wait.
 */
export async function claimRound(
  db: Executor,
  input: { name: string; holder: string; now: Date; leaseUntil: Date; nextRunAt: Date; force: boolean },
): Promise<boolean> {
  const due = db
    .select({ name: jobSchedules.name })
    .from(jobSchedules)
    .where(
      and(
        eq(jobSchedules.name, input.name),
        input.force ? undefined : lte(jobSchedules.nextRunAt, input.now),
        or(isNull(jobSchedules.leaseUntil), lte(jobSchedules.leaseUntil, input.now)),
      ),
    )
    .for('update', { skipLocked: true });
  const rows = await db
    .update(jobSchedules)
    .set({
      leaseUntil: input.leaseUntil,
      leasedBy: input.holder,
      lastStartedAt: input.now,
      nextRunAt: input.nextRunAt,
      runs: sql`${jobSchedules.runs} + 1`,
    })
    .where(inArray(jobSchedules.name, due))
    .returning({ name: jobSchedules.name });
  return rows.length === 1;
}

/** Ends the holder's round: the lease goes, the outcome stays for the logs. */
export async function finishRound(
  db: Executor,
  input: { name: string; holder: string; now: Date; error: string | null },
): Promise<void> {
  await db
    .update(jobSchedules)
    .set({ leaseUntil: null, leasedBy: null, lastFinishedAt: input.now, lastError: input.error })
    .where(and(eq(jobSchedules.name, input.name), eq(jobSchedules.leasedBy, input.holder)));
}

export async function findSchedule(db: Executor, name: string): Promise<JobScheduleRow | null> {
  const [row] = await db.select().from(jobSchedules).where(eq(jobSchedules.name, name));
  return row ?? null;
}
