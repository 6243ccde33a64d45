import { type AuditContext, recordChanges } from '../../audit/record';
import type { Tx } from '../../db/client';
import { businessHoursAudit } from './presenter';
import { insertDefaultCalendar, markSeeded, seeded } from './repository';

/** Set once the default office hours are in: a provider's later edits are never undone. */
export const BUSINESS_CALENDAR_SEEDED_KEY = 'business_calendar_seeded';

/**
 * The guide's office hours (Monday–Friday 08:00–18:00), once per installation, in the bootstrap's
 * transaction, audited. Returns whether it seeded now.
 */
export async function seedBusinessCalendar(tx: Tx, who: AuditContext, now: Date): Promise<boolean> {
  if (await seeded(tx, BUSINESS_CALENDAR_SEEDED_KEY)) return false;
  const row = await insertDefaultCalendar(tx, now);
  if (row !== null) await recordChanges(tx, who, businessHoursAudit, [{ action: 'create', after: row }]);
  await markSeeded(tx, BUSINESS_CALENDAR_SEEDED_KEY, now);
  return true;
}
