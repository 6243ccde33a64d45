import type { Actor } from '../../core/access/actor';
import { type Snapshot, snapshot } from '../../core/audit/diff';
import type { Executor } from '../db/client';
import { insertAuditEvent } from './repository';

export type AuditEntry = {
  entityType: string;
  entityId: string | null;
  action: string;
  /** Where the entity lives, so that each scope reads its own part of the log. */
  partnerId?: string | null;
  enterpriseId?: string | null;
  siteId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export type AuditActor = Pick<Actor, 'accountId' | 'email' | 'role'> | null;

/**
 * Appends one event to the audit log, inside the caller's transaction: the change and its record
 * commit together or not at all. Secrets are left out of the snapshots (see core/audit/diff).
 */
export async function recordAudit(
  db: Executor,
  who: { actor: AuditActor; requestId: string | null; now: Date },
  entry: AuditEntry,
): Promise<void> {
  await insertAuditEvent(db, {
    at: who.now,
    requestId: who.requestId,
    actorId: who.actor?.accountId ?? null,
    actorEmail: who.actor?.email ?? null,
    actorRole: who.actor?.role ?? null,
    partnerId: entry.partnerId ?? null,
    enterpriseId: entry.enterpriseId ?? null,
    siteId: entry.siteId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ? (snapshot(entry.before) as Snapshot) : null,
    after: entry.after ? (snapshot(entry.after) as Snapshot) : null,
  });
}
