import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Snapshot } from '../../../core/routing';
import type { StoredAgentState } from '../../../core/telephony/agent-states';
import type { CallRestrictions } from '../../../core/telephony/call-classes';
import type { Executor } from '../../db/client';
import {
  accounts,
  agentStates,
  autoAttendants,
  deviceLines,
  devices,
  enterpriseCallRestrictions,
  enterpriseCallSettings,
  enterprises,
  enterpriseTelephony,
  extensions,
  huntGroupMembers,
  huntGroups,
  incomingRoutes,
  numbers,
  pickupGroupMembers,
  pickupGroups,
  queueAgents,
  queues,
  routingChanges,
  schedules,
  userCallRestrictions,
  userFeatures,
  users,
} from '../../db/schema';
import { DEFAULT_EXTENSION_LENGTH } from '../settings/repository';

/** The scope of what holds for every enterprise (the feature matrix, the device catalogue). */
export const PROVIDER_SCOPE = 'provider';

// The configuration version

/** One row per scope: the transaction's change of the configuration (insert-only, no row lock). */
export async function insertRoutingChanges(db: Executor, scopes: readonly string[]): Promise<void> {
  if (scopes.length === 0) return;
  await db.insert(routingChanges).values(scopes.map((scope) => ({ scope })));
}

/**
 * The enterprise's configuration version: the number of changes and the last change's id over
 * its scope and the provider's. A change that commits late with a smaller id still raises the sum.
 */
export async function readVersion(db: Executor, enterpriseId: string): Promise<string> {
  const [row] = await db
    .select({
      sum: sql<string>`coalesce(sum(${routingChanges.n}), 0)::text`,
      max: sql<string>`coalesce(max(${routingChanges.id}), 0)::text`,
    })
    .from(routingChanges)
    .where(inArray(routingChanges.scope, [enterpriseId, PROVIDER_SCOPE]));
  return `${row?.sum ?? '0'}:${row?.max ?? '0'}`;
}

/**
 * Folds each scope's rows up to `beforeId` (when it has more than one) into one row that keeps
 * the largest id and carries the summed n: every version reads the same before and after. Run
 * it in a transaction (the delete and the insert commit together). Answers how many rows went.
 */
export async function compactRoutingChanges(db: Executor, beforeId: number): Promise<number> {
  const crowded = db
    .select({ scope: routingChanges.scope })
    .from(routingChanges)
    .where(lte(routingChanges.id, beforeId))
    .groupBy(routingChanges.scope)
    .having(sql`count(*) > 1`);
  const gone = await db
    .delete(routingChanges)
    .where(and(lte(routingChanges.id, beforeId), inArray(routingChanges.scope, crowded)))
    .returning({ id: routingChanges.id, scope: routingChanges.scope, n: routingChanges.n });
  const folded = new Map<string, { id: number; n: number }>();
  for (const row of gone) {
    const f = folded.get(row.scope) ?? { id: 0, n: 0 };
    folded.set(row.scope, { id: Math.max(f.id, row.id), n: f.n + row.n });
  }
  if (folded.size > 0) {
    await db.insert(routingChanges).values([...folded].map(([scope, f]) => ({ id: f.id, scope, n: f.n })));
  }
  return gone.length - folded.size;
}

/** The id below which rows are older than `before` (compaction leaves the newest alone). */
export async function lastChangeIdBefore(db: Executor, before: Date): Promise<number | null> {
  const [row] = await db
    .select({ id: sql<string | null>`max(${routingChanges.id})::text` })
    .from(routingChanges)
    .where(lte(routingChanges.at, before));
  return row?.id ? Number(row.id) : null;
}

// The snapshot

export async function enterpriseExists(db: Executor, enterpriseId: string): Promise<boolean> {
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .limit(1);
  return rows.length > 0;
}

const restrictionsOf = (r: CallRestrictions): CallRestrictions => ({
  internal: r.internal,
  nationalFixed: r.nationalFixed,
  mobile: r.mobile,
  international: r.international,
  premium: r.premium,
  service: r.service,
});

/**
 * The enterprise's whole telephony configuration, in a fixed number of queries whatever its size
 * (one per table, members and lines joined to their parents). Run it in one read-only
 * REPEATABLE READ transaction (`loadSnapshotConsistently`) so that all lists are of one moment.
 */
export async function loadSnapshot(db: Executor, enterpriseId: string): Promise<Snapshot> {
  const e = enterpriseId;
  const settings = await db
    .select({ extensionLength: enterpriseTelephony.extensionLength })
    .from(enterpriseTelephony)
    .where(eq(enterpriseTelephony.enterpriseId, e));
  const defaults = await db
    .select()
    .from(enterpriseCallRestrictions)
    .where(eq(enterpriseCallRestrictions.enterpriseId, e));
  const callSettings = await db
    .select({
      welcome: enterpriseCallSettings.welcomeMessage,
      comfort: enterpriseCallSettings.comfortMessage,
      position: enterpriseCallSettings.positionMessage,
      overflow: enterpriseCallSettings.overflowMessage,
      closed: enterpriseCallSettings.closedMessage,
    })
    .from(enterpriseCallSettings)
    .where(eq(enterpriseCallSettings.enterpriseId, e));
  const numberRows = await db
    .select({
      number: numbers.number,
      state: numbers.state,
      assigneeType: numbers.assigneeType,
      assigneeId: numbers.assigneeId,
      assigneeRole: numbers.assigneeRole,
    })
    .from(numbers)
    .where(eq(numbers.enterpriseId, e));
  const extensionRows = await db
    .select({
      extension: extensions.extension,
      assigneeType: extensions.assigneeType,
      assigneeId: extensions.assigneeId,
    })
    .from(extensions)
    .where(eq(extensions.enterpriseId, e));
  const userRows = await db
    .select({ id: users.id, name: users.name, profile: users.profile, siteId: users.siteId })
    .from(users)
    .where(eq(users.enterpriseId, e));
  const featureRows = await db
    .select({
      userId: userFeatures.userId,
      dnd: userFeatures.dnd,
      forwarding: userFeatures.forwarding,
      voicemail: userFeatures.voicemail,
      simultaneousRing: userFeatures.simultaneousRing,
      sequentialRing: userFeatures.sequentialRing,
    })
    .from(userFeatures)
    .innerJoin(users, eq(users.id, userFeatures.userId))
    .where(eq(users.enterpriseId, e));
  const restrictionRows = await db
    .select()
    .from(userCallRestrictions)
    .where(eq(userCallRestrictions.enterpriseId, e));
  const deviceRows = await db
    .select({ id: devices.id, userId: devices.userId })
    .from(devices)
    .where(eq(devices.enterpriseId, e));
  const lineRows = await db
    .select({
      deviceId: deviceLines.deviceId,
      line: deviceLines.line,
      userId: deviceLines.userId,
      sipUsername: deviceLines.sipUsername,
    })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .where(eq(devices.enterpriseId, e))
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.line));
  const groupRows = await db
    .select({
      id: huntGroups.id,
      name: huntGroups.name,
      siteId: huntGroups.siteId,
      distribution: huntGroups.distribution,
      huntAfterSeconds: huntGroups.huntAfterSeconds,
      timeoutSeconds: huntGroups.timeoutSeconds,
      timeoutDestination: huntGroups.timeoutDestination,
      busyAction: huntGroups.busyAction,
      busyDestination: huntGroups.busyDestination,
      unreachableAction: huntGroups.unreachableAction,
      unreachableDestination: huntGroups.unreachableDestination,
      callWaiting: huntGroups.callWaiting,
      ringPattern: huntGroups.ringPattern,
    })
    .from(huntGroups)
    .where(eq(huntGroups.enterpriseId, e));
  const memberRows = await db
    .select({
      id: huntGroupMembers.id,
      huntGroupId: huntGroupMembers.huntGroupId,
      position: huntGroupMembers.position,
      userId: huntGroupMembers.userId,
      externalNumber: huntGroupMembers.externalNumber,
      weight: huntGroupMembers.weight,
      loggedIn: huntGroupMembers.loggedIn,
    })
    .from(huntGroupMembers)
    .innerJoin(huntGroups, eq(huntGroups.id, huntGroupMembers.huntGroupId))
    .where(eq(huntGroups.enterpriseId, e))
    .orderBy(asc(huntGroupMembers.huntGroupId), asc(huntGroupMembers.position));
  const pickupRows = await db
    .select({ id: pickupGroups.id, name: pickupGroups.name, siteId: pickupGroups.siteId })
    .from(pickupGroups)
    .where(eq(pickupGroups.enterpriseId, e));
  const pickupMemberRows = await db
    .select({ userId: pickupGroupMembers.userId, pickupGroupId: pickupGroupMembers.pickupGroupId })
    .from(pickupGroupMembers)
    .innerJoin(pickupGroups, eq(pickupGroups.id, pickupGroupMembers.pickupGroupId))
    .where(eq(pickupGroups.enterpriseId, e));
  const scheduleRows = await db
    .select({
      id: schedules.id,
      name: schedules.name,
      timeZone: schedules.timeZone,
      weekly: schedules.weekly,
      publicHolidaysClosed: schedules.publicHolidaysClosed,
      closures: schedules.closures,
      openings: schedules.openings,
      recurringClosures: schedules.recurringClosures,
    })
    .from(schedules)
    .where(eq(schedules.enterpriseId, e));
  const attendantRows = await db
    .select({
      id: autoAttendants.id,
      name: autoAttendants.name,
      siteId: autoAttendants.siteId,
      scheduleId: autoAttendants.scheduleId,
      operator: autoAttendants.operator,
      menus: autoAttendants.menus,
    })
    .from(autoAttendants)
    .where(eq(autoAttendants.enterpriseId, e));
  const queueRows = await db.select().from(queues).where(eq(queues.enterpriseId, e));
  const agentRows = await db
    .select({
      queueId: queueAgents.queueId,
      userId: queueAgents.userId,
      role: queueAgents.role,
      weight: queueAgents.weight,
    })
    .from(queueAgents)
    .innerJoin(queues, eq(queues.id, queueAgents.queueId))
    .where(eq(queues.enterpriseId, e))
    .orderBy(asc(queueAgents.queueId), asc(queueAgents.createdAt), asc(queueAgents.id));
  const routeRows = await db
    .select({
      id: incomingRoutes.id,
      name: incomingRoutes.name,
      scheduleId: incomingRoutes.scheduleId,
      destinations: incomingRoutes.destinations,
    })
    .from(incomingRoutes)
    .where(eq(incomingRoutes.enterpriseId, e));

  const linesByDevice = new Map<string, { line: number; userId: string | null; sipUsername: string }[]>();
  for (const l of lineRows) {
    const list = linesByDevice.get(l.deviceId) ?? [];
    list.push({ line: l.line, userId: l.userId, sipUsername: l.sipUsername });
    linesByDevice.set(l.deviceId, list);
  }
  const defaultRow = defaults[0];
  return {
    enterpriseId: e,
    extensionLength: settings[0]?.extensionLength ?? DEFAULT_EXTENSION_LENGTH,
    defaultRestrictions: defaultRow ? restrictionsOf(defaultRow) : null,
    queueMessages: callSettings[0] ?? null,
    numbers: numberRows,
    extensions: extensionRows,
    users: userRows,
    userFeatures: featureRows,
    userRestrictions: restrictionRows.map((r) => ({ userId: r.userId, ...restrictionsOf(r) })),
    devices: deviceRows.map((d) => ({ id: d.id, userId: d.userId, lines: linesByDevice.get(d.id) ?? [] })),
    huntGroups: groupRows,
    huntGroupMembers: memberRows,
    pickupGroups: pickupRows,
    pickupGroupMembers: pickupMemberRows,
    schedules: scheduleRows,
    autoAttendants: attendantRows,
    queues: queueRows.map((q) => ({
      id: q.id,
      name: q.name,
      siteId: q.siteId,
      distribution: q.distribution,
      ringPattern: q.ringPattern,
      maxQueueLength: q.maxQueueLength,
      maxWaitSeconds: q.maxWaitSeconds,
      comfortMessage: q.comfortMessage,
      comfortIntervalSeconds: q.comfortIntervalSeconds,
      positionAnnouncements: q.positionAnnouncements,
      overflowAction: q.overflowAction,
      overflowAfterSeconds: q.overflowAfterSeconds,
      overflowDestination: q.overflowDestination,
      bouncedAfterRings: q.bouncedAfterRings,
      strandedAction: q.strandedAction,
      strandedDestination: q.strandedDestination,
      wrapUpSeconds: q.wrapUpSeconds,
      scheduleId: q.scheduleId,
      closedAction: q.closedAction,
      closedDestination: q.closedDestination,
      holidayAction: q.holidayAction,
      holidayDestination: q.holidayDestination,
      closedMessage: q.closedMessage,
    })),
    queueAgents: agentRows,
    incomingRoutes: routeRows,
  };
}

/** The stored agent states of the enterprise's users (live state, not configuration). */
export async function agentStatesOf(
  db: Executor,
  enterpriseId: string,
): Promise<(StoredAgentState & { userId: string })[]> {
  return db
    .select({
      userId: agentStates.userId,
      state: agentStates.state,
      reason: agentStates.reason,
      until: agentStates.until,
    })
    .from(agentStates)
    .innerJoin(users, eq(users.id, agentStates.userId))
    .where(and(eq(users.enterpriseId, enterpriseId)));
}

/** The language the account chose for its messages (null: no such account). */
export async function accountLanguage(db: Executor, accountId: string): Promise<'nl' | 'en' | null> {
  const rows = await db
    .select({ language: accounts.language })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  return rows[0]?.language ?? null;
}
