import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { NumberKind } from '../../../core/telephony/numbers';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/keyset';
import { numberBlocks, numbers } from '../../db/schema';

export type NumberBlockRow = typeof numberBlocks.$inferSelect;
export type Counts = { free: number; assigned: number; reserved: number; porting: number };
export type NumberBlockView = NumberBlockRow & { counts: Counts };

const counted = (state: string, siteIds: readonly string[] | null) =>
  sql<number>`(select count(*)::int from ${numbers} where ${qualified(numbers.blockId)} = ${qualified(numberBlocks.id)} and ${qualified(numbers.state)} = ${state}${
    siteIds === null
      ? sql``
      : sql` and ${numbers.siteId} in ${siteIds.length > 0 ? siteIds : ['00000000-0000-0000-0000-000000000000']}`
  })`;

function view(siteIds: readonly string[] | null) {
  return {
    id: numberBlocks.id,
    enterpriseId: numberBlocks.enterpriseId,
    first: numberBlocks.first,
    size: numberBlocks.size,
    kind: numberBlocks.kind,
    createdAt: numberBlocks.createdAt,
    free: counted('free', siteIds),
    assigned: counted('assigned', siteIds),
    reserved: counted('reserved', siteIds),
    porting: counted('porting', siteIds),
  };
}

type Selected = NumberBlockRow & Counts;
const withCounts = ({ free, assigned, reserved, porting, ...row }: Selected): NumberBlockView => ({
  ...row,
  counts: { free, assigned, reserved, porting },
});

/**
 * An enterprise's blocks with the count of numbers per state; for a site admin (siteIds) only
 * the blocks that hold numbers of its sites, counted on those.
 */
export async function listBlocks(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    after?: string | undefined;
    limit: number;
  },
): Promise<NumberBlockView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const rows = await db
    .select(view(filter.siteIds))
    .from(numberBlocks)
    .where(
      and(
        eq(numberBlocks.enterpriseId, filter.enterpriseId),
        filter.siteIds === null
          ? undefined
          : sql`exists (select 1 from ${numbers} where ${qualified(numbers.blockId)} = ${qualified(numberBlocks.id)} and ${inArray(numbers.siteId, [...filter.siteIds])})`,
        filter.after ? gt(numberBlocks.first, filter.after) : undefined,
      ),
    )
    .orderBy(asc(numberBlocks.first))
    .limit(filter.limit + 1);
  return rows.map(withCounts);
}

export async function findBlock(db: Executor, id: string, siteIds: readonly string[] | null = null) {
  const rows = await db.select(view(siteIds)).from(numberBlocks).where(eq(numberBlocks.id, id)).limit(1);
  return rows[0] ? withCounts(rows[0]) : null;
}

/** A block and all its numbers, in one statement each (the numbers' unique index refuses overlap). */
export async function insertBlock(
  db: Executor,
  block: { id: string; enterpriseId: string; first: string; size: number; kind: NumberKind; createdAt: Date },
  members: { id: string; number: string; siteId: string | null; state: 'free' | 'porting' }[],
): Promise<void> {
  await db.insert(numberBlocks).values(block);
  for (let i = 0; i < members.length; i += 1000) {
    await db.insert(numbers).values(
      members.slice(i, i + 1000).map((m) => ({
        ...m,
        enterpriseId: block.enterpriseId,
        blockId: block.id,
        kind: block.kind,
        updatedAt: block.createdAt,
      })),
    );
  }
}

/** The assigned numbers of a block (what keeps it from being removed). */
export async function assignedNumbersOf(db: Executor, blockId: string) {
  // Every number of the block is locked, not only those assigned in this statement's snapshot:
  // a number being taken meanwhile matches `state = 'assigned'` only once that commits, so a
  // filter in SQL would skip it and the removal would delete a number just assigned. Locking by
  // block waits for such a change and then reads the row as it committed.
  const rows = await db
    .select({ number: numbers.number, state: numbers.state })
    .from(numbers)
    .where(eq(numbers.blockId, blockId))
    .orderBy(asc(numbers.number))
    .for('update');
  return rows.filter((r) => r.state === 'assigned').map((r) => ({ number: r.number }));
}

/** The block's row under a lock, so a change that share-locks it (call settings) does not cross its removal. */
export async function lockBlock(db: Executor, id: string): Promise<void> {
  await db.select({ id: numberBlocks.id }).from(numberBlocks).where(eq(numberBlocks.id, id)).for('update');
}

export async function deleteBlock(db: Executor, id: string): Promise<void> {
  await db.delete(numbers).where(eq(numbers.blockId, id));
  await db.delete(numberBlocks).where(eq(numberBlocks.id, id));
}
