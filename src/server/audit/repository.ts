import { and, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditEvents } from '../db/schema';

export type AuditScope = {
  /** null: everything (provider staff). */
  enterpriseIds: readonly string[] | null;
  /** A partner also reads events about its own partner record and staff. */
  partnerId: string | null;
  /** null: every site; a list: events of these sites only (site admins). */
  siteIds: readonly string[] | null;
};

export type AuditFilter = {
  actorId?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  enterpriseId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeId?: number | undefined;
  limit: number;
};

function scopeCondition(scope: AuditScope): SQL | undefined | false {
  if (scope.enterpriseIds === null) return undefined;
  const inEnterprises =
    scope.enterpriseIds.length > 0 ? inArray(auditEvents.enterpriseId, [...scope.enterpriseIds]) : undefined;
  const ofPartner = scope.partnerId ? eq(auditEvents.partnerId, scope.partnerId) : undefined;
  if (!inEnterprises && !ofPartner) return false;
  const base = inEnterprises && ofPartner ? or(inEnterprises, ofPartner) : (inEnterprises ?? ofPartner);
  if (scope.siteIds === null) return base;
  if (scope.siteIds.length === 0) return false;
  return and(base, inArray(auditEvents.siteId, [...scope.siteIds]));
}

/** Newest first; `beforeId` pages backwards. */
export async function listAuditEvents(db: Executor, scope: AuditScope, filter: AuditFilter) {
  const inScope = scopeCondition(scope);
  if (inScope === false) return [];
  const pattern = filter.actor
    ? `%${filter.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    : undefined;
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        inScope,
        filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
        pattern ? sql`lower(${auditEvents.actorEmail}) like ${pattern}` : undefined,
        filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
        filter.enterpriseId ? eq(auditEvents.enterpriseId, filter.enterpriseId) : undefined,
        filter.from ? gte(auditEvents.at, filter.from) : undefined,
        filter.to ? lt(auditEvents.at, filter.to) : undefined,
        filter.beforeId !== undefined ? lt(auditEvents.id, filter.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit + 1);
}

export type AuditRow = typeof auditEvents.$inferSelect;

export async function insertAuditEvent(db: Executor, event: typeof auditEvents.$inferInsert): Promise<void> {
  await db.insert(auditEvents).values(event);
}
