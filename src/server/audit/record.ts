import type { Actor } from '../../core/access/actor';
import { type Snapshot, snapshot } from '../../core/audit/diff';
import type { AuditDetails, AuditLocation, AuditShape } from '../../core/audit/shape';
import type { Executor } from '../db/client';
import { noteRoutingChanges } from '../telephony/routing/version';
import { insertAuditEvent, insertAuditEvents } from './repository';

export type AuditActor = Pick<Actor, 'accountId' | 'email' | 'role'> | null;

/** Who changed something, in which request, with which token, and when. */
export type AuditContext = {
  actor: AuditActor;
  requestId: string | null;
  /** The caller's own X-Request-Id, if it sent one. */
  correlationId?: string | null;
  /** The API token the actor used, if any. */
  tokenId?: string | null;
  now: Date;
};

export type Change<Row> =
  | { action: 'create'; after: Row }
  | { action: 'delete'; before: Row }
  | { action: string; before: Row; after: Row };

/**
 * Records a change of an entity, inside the caller's transaction: the change and its record commit
 * together or not at all. The snapshots keep only the fields the entity's shape names.
 */
export async function recordChange<Row extends object>(
  db: Executor,
  ctx: AuditContext,
  shape: AuditShape<Row>,
  change: Change<Row>,
): Promise<void> {
  const before = 'before' in change ? change.before : null;
  const after = 'after' in change ? change.after : null;
  const located = shape.locate((after ?? before) as Row);
  const previousSiteId = before && after ? (shape.locate(before).siteId ?? null) : null;
  const take = (row: Row | null): Snapshot | null =>
    row === null ? null : snapshot(row as Record<string, unknown>, shape.fields);
  await insert(
    db,
    ctx,
    {
      entityType: shape.entityType,
      action: change.action,
      ...located,
      // Both sites read a change that moved the entity from one to the other.
      previousSiteId: previousSiteId !== (located.siteId ?? null) ? previousSiteId : null,
    },
    take(before),
    take(after),
  );
}

/** The records of many changes of entities of one shape, as `recordChange` would write each. */
export function auditEventsOf<Row extends object>(
  ctx: AuditContext,
  shape: AuditShape<Row>,
  changes: readonly Change<Row>[],
): AuditEventRow[] {
  const take = (row: Row | null): Snapshot | null =>
    row === null ? null : snapshot(row as Record<string, unknown>, shape.fields);
  return changes.map((change) => {
    const before = 'before' in change ? change.before : null;
    const after = 'after' in change ? change.after : null;
    const located = shape.locate((after ?? before) as Row);
    const previousSiteId = before && after ? (shape.locate(before).siteId ?? null) : null;
    return eventRow(
      ctx,
      {
        entityType: shape.entityType,
        action: change.action,
        ...located,
        previousSiteId: previousSiteId !== (located.siteId ?? null) ? previousSiteId : null,
      },
      take(before),
      take(after),
    );
  });
}

export type AuditEventRow = ReturnType<typeof eventRow>;

/** Writes records made by `auditEventsOf` (of one shape or several), in one statement. */
export async function recordEvents(db: Executor, events: readonly AuditEventRow[]): Promise<void> {
  await insertAuditEvents(db, events);
  await noteRoutingChanges(db, events);
}

/**
 * Records many changes of entities of one shape at once (a bulk import), in the caller's
 * transaction, in one statement: each change gets the same record `recordChange` would write.
 */
export async function recordChanges<Row extends object>(
  db: Executor,
  ctx: AuditContext,
  shape: AuditShape<Row>,
  changes: readonly Change<Row>[],
): Promise<void> {
  const events = auditEventsOf(ctx, shape, changes);
  await insertAuditEvents(db, events);
  await noteRoutingChanges(db, events);
}

/**
 * Records an event that is not a change of an entity's fields (a login, a password change, a
 * lock), with a few flat details. Details are values, never a row: a row would carry its secrets.
 */
export async function recordEvent(
  db: Executor,
  ctx: AuditContext,
  event: AuditLocation & { entityType: string; action: string; details?: AuditDetails },
): Promise<void> {
  const { details, ...where } = event;
  await insert(db, ctx, where, null, details ? ({ ...details } as Snapshot) : null);
}

async function insert(
  db: Executor,
  ctx: AuditContext,
  where: AuditLocation & { entityType: string; action: string; previousSiteId?: string | null },
  before: Snapshot | null,
  after: Snapshot | null,
): Promise<void> {
  const event = eventRow(ctx, where, before, after);
  await insertAuditEvent(db, event);
  await noteRoutingChanges(db, [event]);
}

function eventRow(
  ctx: AuditContext,
  where: AuditLocation & { entityType: string; action: string; previousSiteId?: string | null },
  before: Snapshot | null,
  after: Snapshot | null,
) {
  return {
    at: ctx.now,
    requestId: ctx.requestId,
    correlationId: ctx.correlationId ?? null,
    actorId: ctx.actor?.accountId ?? null,
    actorEmail: ctx.actor?.email ?? null,
    actorRole: ctx.actor?.role ?? null,
    tokenId: ctx.tokenId ?? null,
    partnerId: where.partnerId ?? null,
    enterpriseId: where.enterpriseId ?? null,
    siteId: where.siteId ?? null,
    previousSiteId: where.previousSiteId ?? null,
    entityType: where.entityType,
    entityId: where.entityId,
    action: where.action,
    before,
    after,
  };
}
