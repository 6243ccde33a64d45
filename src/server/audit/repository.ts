import {
  and,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { ACCESS_ACTIONS, type AuditKind, type NamedType } from '../../core/audit/vocabulary';
import { bulkInsert } from '../db/bulk';
import type { Executor } from '../db/client';
import {
  accounts,
  apiTokens,
  auditEvents,
  enterprises,
  partners,
  providers,
  sites,
  users,
} from '../db/schema';
import { accountScopeCondition } from '../directory/accounts/repository';

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
  /** Which kind of events (vocabulary.ts): `all` when not given. */
  kind?: AuditKind | undefined;
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
  // A site admin also reads a change that moved something away from one of its sites.
  return and(
    base,
    or(
      inArray(auditEvents.siteId, [...scope.siteIds]),
      inArray(auditEvents.previousSiteId, [...scope.siteIds]),
    ),
  );
}

const accessActions = [...ACCESS_ACTIONS];

function kindCondition(kind: AuditKind | undefined): SQL | undefined {
  switch (kind) {
    case 'access':
      return inArray(auditEvents.action, accessActions);
    case 'system':
      return and(notInArray(auditEvents.action, accessActions), isNull(auditEvents.actorId));
    case 'changes':
      return and(notInArray(auditEvents.action, accessActions), isNotNull(auditEvents.actorId));
    default:
      return undefined;
  }
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
        kindCondition(filter.kind),
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

/** Many events in one statement (a bulk import): one array a column, unnested by the database. */
export async function insertAuditEvents(
  db: Executor,
  events: readonly (typeof auditEvents.$inferInsert)[],
): Promise<void> {
  if (events.length === 0) return;
  const col = <T>(f: (e: typeof auditEvents.$inferInsert) => T) => events.map(f);
  // A bulk's records share one time (one Date): it is written as text once, not once a record.
  const now = new Date();
  let last: { at: Date; text: string } | null = null;
  const iso = (at: Date) => {
    if (last?.at !== at) last = { at, text: at.toISOString() };
    return last.text;
  };
  // A bulk's records share their time, actor, request and enterprise: bulkInsert sends those once.
  await db.execute(
    bulkInsert('audit_events', [
      { name: 'at', type: 'timestamptz', values: col((e) => iso(e.at ?? now)) },
      { name: 'request_id', type: 'text', values: col((e) => e.requestId ?? null) },
      { name: 'correlation_id', type: 'text', values: col((e) => e.correlationId ?? null) },
      { name: 'actor_id', type: 'uuid', values: col((e) => e.actorId ?? null) },
      { name: 'actor_email', type: 'text', values: col((e) => e.actorEmail ?? null) },
      { name: 'actor_role', type: 'text', values: col((e) => e.actorRole ?? null) },
      { name: 'token_id', type: 'uuid', values: col((e) => e.tokenId ?? null) },
      { name: 'partner_id', type: 'uuid', values: col((e) => e.partnerId ?? null) },
      { name: 'enterprise_id', type: 'uuid', values: col((e) => e.enterpriseId ?? null) },
      { name: 'site_id', type: 'uuid', values: col((e) => e.siteId ?? null) },
      { name: 'previous_site_id', type: 'uuid', values: col((e) => e.previousSiteId ?? null) },
      { name: 'entity_type', type: 'text', values: col((e) => e.entityType) },
      { name: 'entity_id', type: 'text', values: col((e) => e.entityId ?? null) },
      { name: 'action', type: 'text', values: col((e) => e.action) },
      { name: 'before', type: 'jsonb', values: col((e) => e.before ?? null) },
      { name: 'after', type: 'jsonb', values: col((e) => e.after ?? null) },
    ]),
  );
}

/** The reader, for names: its scope, and its own account (always named). */
export type NamesScope = AuditScope & { accountId: string };

export type NameRow = { id: string; name: string; detail: string | null };

/** Accounts (joined with their user, for its site) that the reader may see. */
function accountsCondition(scope: NamesScope): SQL | undefined {
  if (scope.enterpriseIds === null) return undefined;
  const inDirectory = accountScopeCondition({
    enterpriseIds: scope.enterpriseIds,
    userSiteIds: scope.siteIds,
  });
  return or(
    inDirectory,
    scope.partnerId ? eq(accounts.partnerId, scope.partnerId) : undefined,
    eq(accounts.id, scope.accountId),
  );
}

/**
 * The current names of entities of one kind, only of those the reader may see: one query on the
 * primary key (with the reader's scope) for all the ids of a page.
 */
export async function findNames(
  db: Executor,
  scope: NamesScope,
  type: NamedType,
  ids: readonly string[],
): Promise<NameRow[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const all = scope.enterpriseIds === null;
  const inEnterprises = (column: PgColumn) =>
    all ? undefined : inArray(column, [...(scope.enterpriseIds ?? [])]);
  const onSites = (column: PgColumn) =>
    scope.siteIds === null ? undefined : inArray(column, [...scope.siteIds]);
  switch (type) {
    case 'site':
      return db
        .select({ id: sites.id, name: sites.name, detail: sites.city })
        .from(sites)
        .where(and(inArray(sites.id, list), inEnterprises(sites.enterpriseId), onSites(sites.id)));
    case 'user':
      return db
        .select({ id: users.id, name: users.name, detail: users.email })
        .from(users)
        .where(and(inArray(users.id, list), inEnterprises(users.enterpriseId), onSites(users.siteId)));
    case 'enterprise':
      return db
        .select({ id: enterprises.id, name: enterprises.name, detail: enterprises.customerNumber })
        .from(enterprises)
        .where(and(inArray(enterprises.id, list), inEnterprises(enterprises.id)));
    case 'partner': {
      // A partner's own record, and the partner of an enterprise the reader sees (its DTO names it).
      const ofEnterprises = all
        ? undefined
        : or(
            scope.partnerId ? eq(partners.id, scope.partnerId) : undefined,
            inArray(
              partners.id,
              db
                .select({ id: enterprises.partnerId })
                .from(enterprises)
                .where(and(inEnterprises(enterprises.id), isNotNull(enterprises.partnerId))),
            ),
          );
      return db
        .select({ id: partners.id, name: partners.name, detail: partners.contactEmail })
        .from(partners)
        .where(and(inArray(partners.id, list), ofEnterprises));
    }
    case 'account':
      return db
        .select({ id: accounts.id, name: accounts.name, detail: accounts.email })
        .from(accounts)
        .leftJoin(users, eq(users.id, accounts.userId))
        .where(and(inArray(accounts.id, list), accountsCondition(scope)));
    case 'api_token':
      return db
        .select({ id: apiTokens.id, name: apiTokens.name, detail: accounts.email })
        .from(apiTokens)
        .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
        .leftJoin(users, eq(users.id, accounts.userId))
        .where(and(inArray(apiTokens.id, list), accountsCondition(scope)));
    case 'provider':
      // Provider-level things are the provider staff's alone.
      if (!all) return [];
      return db
        .select({ id: providers.id, name: providers.name, detail: sql<string | null>`null` })
        .from(providers)
        .where(inArray(providers.id, list));
  }
}

export type LoggedNameRow = NameRow & { deleted: boolean };

/**
 * The last name the reader's part of the log holds of entities that no longer exist (or that it
 * no longer sees): the newest event of each that carries a name, in one query on the entity index.
 */
export async function findLoggedNames(
  db: Executor,
  scope: AuditScope,
  wanted: ReadonlyMap<NamedType, readonly string[]>,
): Promise<LoggedNameRow[]> {
  const inScope = scopeCondition(scope);
  if (inScope === false) return [];
  const ofEntities = [...wanted]
    .filter(([, ids]) => ids.length > 0)
    .map(([type, ids]) => and(eq(auditEvents.entityType, type), inArray(auditEvents.entityId, [...ids])));
  if (ofEntities.length === 0) return [];
  const snapshotText = (key: string) =>
    sql<string | null>`coalesce(${auditEvents.after} ->> ${key}, ${auditEvents.before} ->> ${key})`;
  const rows = await db
    .selectDistinctOn([auditEvents.entityId], {
      id: sql<string>`${auditEvents.entityId}`,
      name: sql<string>`${snapshotText('name')}`,
      email: snapshotText('email'),
      city: snapshotText('city'),
      action: auditEvents.action,
    })
    .from(auditEvents)
    .where(and(inScope, or(...ofEntities), isNotNull(snapshotText('name'))))
    .orderBy(auditEvents.entityId, desc(auditEvents.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    detail: r.email ?? r.city,
    deleted: r.action === 'delete',
  }));
}
