import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  type CallSettingsInput,
  DEFAULT_QUEUE_MESSAGES,
  DEFAULT_TRANSFER,
  type QueueMessages,
  type TransferSettings,
} from '../../../core/telephony/call-settings';
import type { Executor } from '../../db/client';
import {
  enterpriseCallSettings,
  enterprises,
  numberBlocks,
  numbers,
  siteCallSettings,
  sites,
} from '../../db/schema';

/** The settings as the service, presenter and audit log see them: numbers in E.164. */
export type CallSettingsView = {
  enterpriseId: string;
  displayName: string;
  mainNumber: string | null;
  /** Each site's override, by site id (in the order of the sites' names). */
  sites: Record<string, { siteName: string; mainNumber: string | null; displayName: string | null }>;
  transfer: TransferSettings;
  queueMessages: QueueMessages;
};

/** The enterprise's name (the default display name), or null when there is no such enterprise. */
export async function enterpriseName(
  db: Executor,
  enterpriseId: string,
  options: { share?: boolean } = {},
): Promise<string | null> {
  const query = db
    .select({ name: enterprises.name })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .limit(1);
  const rows = await (options.share ? query.for('share') : query);
  return rows[0]?.name ?? null;
}

/**
 * The settings of an existing enterprise (core's defaults and its name while none are stored);
 * `siteIds` narrows the site overrides to those sites (a site admin's).
 */
export async function findCallSettings(
  db: Executor,
  enterpriseId: string,
  name: string,
  siteIds: readonly string[] | null = null,
): Promise<CallSettingsView> {
  const [row] = await db
    .select({ row: enterpriseCallSettings, mainNumber: numbers.number })
    .from(enterpriseCallSettings)
    .leftJoin(numbers, eq(numbers.id, enterpriseCallSettings.mainNumberId))
    .where(eq(enterpriseCallSettings.enterpriseId, enterpriseId))
    .limit(1);
  const overrides =
    siteIds !== null && siteIds.length === 0
      ? []
      : await db
          .select({
            siteId: siteCallSettings.siteId,
            siteName: sites.name,
            displayName: siteCallSettings.displayName,
            mainNumber: numbers.number,
          })
          .from(siteCallSettings)
          .innerJoin(sites, eq(sites.id, siteCallSettings.siteId))
          .leftJoin(numbers, eq(numbers.id, siteCallSettings.mainNumberId))
          .where(
            and(
              eq(siteCallSettings.enterpriseId, enterpriseId),
              siteIds === null ? undefined : inArray(siteCallSettings.siteId, [...siteIds]),
            ),
          )
          .orderBy(sql`lower(${sites.name})`, asc(sites.id));
  const siteMap: CallSettingsView['sites'] = {};
  for (const o of overrides) {
    siteMap[o.siteId] = { siteName: o.siteName, mainNumber: o.mainNumber, displayName: o.displayName };
  }
  if (!row) {
    return {
      enterpriseId,
      displayName: name,
      mainNumber: null,
      sites: siteMap,
      transfer: { ...DEFAULT_TRANSFER },
      queueMessages: { ...DEFAULT_QUEUE_MESSAGES },
    };
  }
  const r = row.row;
  return {
    enterpriseId,
    displayName: r.displayName,
    mainNumber: row.mainNumber,
    sites: siteMap,
    transfer: {
      blind: r.blindTransfer,
      attended: r.attendedTransfer,
      outside: r.outsideTransfer,
      recallSeconds: r.recallSeconds,
    },
    queueMessages: {
      welcome: r.welcomeMessage,
      comfort: r.comfortMessage,
      position: r.positionMessage,
      overflow: r.overflowMessage,
      closed: r.closedMessage,
    },
  };
}

const columnsOf = (
  displayName: string,
  mainNumberId: string | null,
  transfer: TransferSettings,
  messages: QueueMessages,
) => ({
  displayName,
  mainNumberId,
  blindTransfer: transfer.blind,
  attendedTransfer: transfer.attended,
  outsideTransfer: transfer.outside,
  recallSeconds: transfer.recallSeconds,
  welcomeMessage: messages.welcome,
  comfortMessage: messages.comfort,
  positionMessage: messages.position,
  overflowMessage: messages.overflow,
  closedMessage: messages.closed,
});

/**
 * The enterprise's row under a lock (made with the defaults first), so that parallel changes
 * queue and each reads the before the previous one left.
 */
export async function lockCallSettings(db: Executor, enterpriseId: string, name: string, now: Date) {
  await db
    .insert(enterpriseCallSettings)
    .values({
      enterpriseId,
      ...columnsOf(name, null, DEFAULT_TRANSFER, DEFAULT_QUEUE_MESSAGES),
      updatedAt: now,
    })
    .onConflictDoNothing();
  await db
    .select({ id: enterpriseCallSettings.enterpriseId })
    .from(enterpriseCallSettings)
    .where(eq(enterpriseCallSettings.enterpriseId, enterpriseId))
    .for('update');
}

/** A number of the enterprise's plan. */
export type PlanNumber = { id: string; number: string; siteId: string | null };

/**
 * These numbers (E.164) of the enterprise's plan, with their blocks share-locked: a block being
 * removed waits for this change (and then sees the number in use), or has gone (then the number
 * is not in the plan). The blocks are locked before the numbers, in the order a block's removal
 * takes them (block, then its numbers); locking both in one join let the two wait on each other.
 */
export async function planNumbers(
  db: Executor,
  enterpriseId: string,
  values: readonly string[],
): Promise<PlanNumber[]> {
  if (values.length === 0) return [];
  const inPlan = and(eq(numbers.enterpriseId, enterpriseId), inArray(numbers.number, [...values]));
  await db
    .select({ id: numberBlocks.id })
    .from(numberBlocks)
    .where(inArray(numberBlocks.id, db.select({ id: numbers.blockId }).from(numbers).where(inPlan)))
    .orderBy(asc(numberBlocks.id))
    .for('share');
  return db
    .select({ id: numbers.id, number: numbers.number, siteId: numbers.siteId })
    .from(numbers)
    .where(inPlan)
    .for('share');
}

export async function updateCallSettings(
  db: Executor,
  enterpriseId: string,
  input: CallSettingsInput,
  mainNumberId: string | null,
  siteRows: readonly { siteId: string; mainNumberId: string | null; displayName: string | null }[],
  now: Date,
): Promise<void> {
  const p = input.presentation;
  await db
    .update(enterpriseCallSettings)
    .set({ ...columnsOf(p.displayName, mainNumberId, input.transfer, input.queueMessages), updatedAt: now })
    .where(eq(enterpriseCallSettings.enterpriseId, enterpriseId));
  await db.delete(siteCallSettings).where(eq(siteCallSettings.enterpriseId, enterpriseId));
  if (siteRows.length > 0) {
    await db.insert(siteCallSettings).values(siteRows.map((s) => ({ ...s, enterpriseId, updatedAt: now })));
  }
}

/**
 * The numbers of a block that are a main number (the enterprise's or a site's), with the site's
 * name for a site's; one query, for the removal of the block.
 */
export async function mainNumbersInBlock(
  db: Executor,
  blockId: string,
): Promise<{ number: string; siteName: string | null }[]> {
  return db
    .select({ number: numbers.number, siteName: sites.name })
    .from(numbers)
    .leftJoin(enterpriseCallSettings, eq(enterpriseCallSettings.mainNumberId, numbers.id))
    .leftJoin(siteCallSettings, eq(siteCallSettings.mainNumberId, numbers.id))
    .leftJoin(sites, eq(sites.id, siteCallSettings.siteId))
    .where(
      and(
        eq(numbers.blockId, blockId),
        or(
          sql`${enterpriseCallSettings.enterpriseId} is not null`,
          sql`${siteCallSettings.siteId} is not null`,
        ),
      ),
    )
    .orderBy(asc(numbers.number));
}

/** The site whose main number this number is, if any (a number allocated elsewhere would break it). */
export async function siteOfMainNumber(
  db: Executor,
  numberId: string,
): Promise<{ siteId: string; siteName: string } | null> {
  const rows = await db
    .select({ siteId: siteCallSettings.siteId, siteName: sites.name })
    .from(siteCallSettings)
    .innerJoin(sites, eq(sites.id, siteCallSettings.siteId))
    .where(eq(siteCallSettings.mainNumberId, numberId))
    .limit(1);
  return rows[0] ?? null;
}

/** Those of these sites that are the enterprise's, share-locked so none goes before the change commits. */
export async function sitesOfEnterprise(
  db: Executor,
  enterpriseId: string,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(and(eq(sites.enterpriseId, enterpriseId), inArray(sites.id, [...ids])))
    .for('share');
}
