import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';

/**
 * The audit log: append-only (a trigger refuses UPDATE and DELETE). Actor fields are copied, not
 * referenced, so that the record outlives the account.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    /** Our id of the request that made the change (also in the log and the X-Request-Id answer). */
    requestId: text('request_id'),
    /** The caller's own X-Request-Id, kept apart so that it cannot pose as ours. */
    correlationId: text('correlation_id'),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    /** The API token the actor used, when it acted with one. */
    tokenId: uuid('token_id'),
    partnerId: uuid('partner_id'),
    enterpriseId: uuid('enterprise_id'),
    siteId: uuid('site_id'),
    /** Where the entity was before, when a change moved it to another site (both sites read it). */
    previousSiteId: uuid('previous_site_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at, t.id),
    index('audit_events_enterprise_idx').on(t.enterpriseId, t.id),
    index('audit_events_actor_idx').on(t.actorId, t.id),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_request_idx').on(t.requestId),
  ],
);
