import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { AssigneeType, NumberKind, NumberRole, NumberState } from '../../../core/telephony/numbers';
import type { Executor } from '../../db/client';
import { qualified } from '../../db/keyset';
import {
  autoAttendants,
  extensions,
  huntGroups,
  incomingRoutes,
  numbers,
  queues,
  users,
} from '../../db/schema';

export type NumberRow = typeof numbers.$inferSelect;
/** What holds a number or an extension: a user, a hunt group, a menu, a queue. */
export type Assignee = { type: AssigneeType; id: string };
export type NumberView = NumberRow & { assigneeName: string | null };
/** What the assignment of a number needs of it. */
export type NumberRowLike = Pick<NumberRow, 'id' | 'enterpriseId' | 'siteId' | 'kind' | 'number'>;

export type NumberFilter = {
  enterpriseId: string;
  /** null: every number of the enterprise; a list: only numbers allocated to these sites. */
  siteIds: readonly string[] | null;
  state?: NumberState | undefined;
  kind?: NumberKind | undefined;
  siteId?: string | undefined;
  blockId?: string | undefined;
  /** Digit strings, any of which the number must contain (see core numberSearchDigits). */
  digits?: readonly string[] | undefined;
  after?: string | undefined;
  limit: number;
};

const view = () => ({
  ...numberColumns(),
  assigneeName: sql<string | null>`case when ${numbers.assigneeType} = 'user' then ${users.name}
    when ${numbers.assigneeType} = 'queue' then (select ${qualified(queues.name)} from ${queues} where ${qualified(queues.id)} = ${qualified(numbers.assigneeId)})
    when ${numbers.assigneeType} = 'hunt_group' then (select ${qualified(huntGroups.name)} from ${huntGroups} where ${qualified(huntGroups.id)} = ${qualified(numbers.assigneeId)})
    when ${numbers.assigneeType} = 'auto_attendant' then (select ${qualified(autoAttendants.name)} from ${autoAttendants} where ${qualified(autoAttendants.id)} = ${qualified(numbers.assigneeId)})
    when ${numbers.assigneeType} = 'incoming_route' then (select ${qualified(incomingRoutes.name)} from ${incomingRoutes} where ${qualified(incomingRoutes.id)} = ${qualified(numbers.assigneeId)}) end`,
});

function numberColumns() {
  return {
    id: numbers.id,
    enterpriseId: numbers.enterpriseId,
    blockId: numbers.blockId,
    number: numbers.number,
    kind: numbers.kind,
    siteId: numbers.siteId,
    state: numbers.state,
    assigneeType: numbers.assigneeType,
    assigneeId: numbers.assigneeId,
    assigneeRole: numbers.assigneeRole,
    note: numbers.note,
    updatedAt: numbers.updatedAt,
  };
}

const containsDigits = (digits: readonly string[] | undefined): SQL | undefined => {
  if (!digits || digits.length === 0) return undefined;
  return or(...digits.map((d) => sql`position(${d} in ${numbers.number}) > 0`));
};

export async function listNumbers(db: Executor, filter: NumberFilter): Promise<NumberView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  return db
    .select(view())
    .from(numbers)
    .leftJoin(users, and(eq(numbers.assigneeType, 'user'), eq(users.id, numbers.assigneeId)))
    .where(
      and(
        eq(numbers.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(numbers.siteId, [...filter.siteIds]),
        filter.state ? eq(numbers.state, filter.state) : undefined,
        filter.kind ? eq(numbers.kind, filter.kind) : undefined,
        filter.siteId ? eq(numbers.siteId, filter.siteId) : undefined,
        filter.blockId ? eq(numbers.blockId, filter.blockId) : undefined,
        containsDigits(filter.digits),
        filter.after ? gt(numbers.number, filter.after) : undefined,
      ),
    )
    .orderBy(asc(numbers.number))
    .limit(filter.limit + 1);
}

/** One number; `lock` holds its row until the transaction ends (a change decided on what it read). */
export async function findNumber(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<NumberView | null> {
  const query = db
    .select(view())
    .from(numbers)
    .leftJoin(users, and(eq(numbers.assigneeType, 'user'), eq(users.id, numbers.assigneeId)))
    .where(eq(numbers.id, id))
    .limit(1);
  const rows = await (options.lock ? query.for('update', { of: numbers }) : query);
  return rows[0] ?? null;
}

export async function findNumberByValue(
  db: Executor,
  enterpriseId: string,
  number: string,
): Promise<NumberRow | null> {
  const rows = await db
    .select()
    .from(numbers)
    .where(and(eq(numbers.enterpriseId, enterpriseId), eq(numbers.number, number)))
    .limit(1);
  return rows[0] ?? null;
}

export async function updateNumber(
  db: Executor,
  id: string,
  values: Partial<typeof numbers.$inferInsert>,
): Promise<NumberRow> {
  const [row] = await db.update(numbers).set(values).where(eq(numbers.id, id)).returning();
  if (!row) throw new Error(`number ${id} vanished during an update`);
  return row;
}

/**
 * Assigns a free number in one statement (a compare-and-set on its state): of two parallel
 * requests for one number, one gets it. Null when the number was not free.
 */
export async function takeNumber(
  db: Executor,
  id: string,
  assignee: { type: AssigneeType; id: string; role: NumberRole },
  now: Date,
): Promise<NumberRow | null> {
  const [row] = await db
    .update(numbers)
    .set({
      state: 'assigned',
      assigneeType: assignee.type,
      assigneeId: assignee.id,
      assigneeRole: assignee.role,
      updatedAt: now,
    })
    .where(and(eq(numbers.id, id), eq(numbers.state, 'free')))
    .returning();
  return row ?? null;
}

/** Whether the number is (still) in a plan. */
export async function numberExists(db: Executor, id: string): Promise<boolean> {
  const rows = await db.select({ id: numbers.id }).from(numbers).where(eq(numbers.id, id)).limit(1);
  return rows.length > 0;
}

/** Frees the numbers an assignee holds in these roles (all roles when none are given). */
export async function releaseNumbers(
  db: Executor,
  assignee: Assignee,
  now: Date,
  roles?: readonly NumberRole[],
): Promise<NumberRow[]> {
  return db
    .update(numbers)
    .set({ state: 'free', assigneeType: null, assigneeId: null, assigneeRole: null, updatedAt: now })
    .where(
      and(
        eq(numbers.assigneeType, assignee.type),
        eq(numbers.assigneeId, assignee.id),
        roles ? inArray(numbers.assigneeRole, [...roles]) : undefined,
      ),
    )
    .returning();
}

export async function numbersOfAssignee(db: Executor, assignee: Assignee): Promise<NumberRow[]> {
  return db
    .select()
    .from(numbers)
    .where(and(eq(numbers.assigneeType, assignee.type), eq(numbers.assigneeId, assignee.id)));
}

// Extensions

export async function extensionOf(db: Executor, assignee: Assignee): Promise<string | null> {
  const rows = await db
    .select({ extension: extensions.extension })
    .from(extensions)
    .where(and(eq(extensions.assigneeType, assignee.type), eq(extensions.assigneeId, assignee.id)))
    .limit(1);
  return rows[0]?.extension ?? null;
}

export async function removeExtension(db: Executor, assignee: Assignee): Promise<void> {
  await db
    .delete(extensions)
    .where(and(eq(extensions.assigneeType, assignee.type), eq(extensions.assigneeId, assignee.id)));
}

/** Gives the assignee this extension; false when another assignee of the enterprise has it. */
export async function claimExtension(
  db: Executor,
  enterpriseId: string,
  extension: string,
  assignee: Assignee,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .insert(extensions)
    .values({ enterpriseId, extension, assigneeType: assignee.type, assigneeId: assignee.id, createdAt: now })
    .onConflictDoNothing()
    .returning({ extension: extensions.extension });
  return rows.length > 0;
}

export async function countExtensions(db: Executor, enterpriseId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(extensions)
    .where(eq(extensions.enterpriseId, enterpriseId));
  return row?.n ?? 0;
}

/** Whether the enterprise has this extension (of anyone). */
export async function extensionExists(
  db: Executor,
  enterpriseId: string,
  extension: string,
): Promise<boolean> {
  const rows = await db
    .select({ extension: extensions.extension })
    .from(extensions)
    .where(and(eq(extensions.enterpriseId, enterpriseId), eq(extensions.extension, extension)))
    .limit(1);
  return rows.length > 0;
}
