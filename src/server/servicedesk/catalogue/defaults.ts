import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { DEFAULT_CATALOGUE, DEFAULT_TARIFFS } from '../../../core/servicedesk/catalogue';
import { DEFAULT_DESKS } from '../../../core/servicedesk/desks';
import { type AuditContext, recordChanges } from '../../audit/record';
import type { Tx } from '../../db/client';
import { catalogueItems, meta, serviceDesks, tariffs } from '../../db/schema';
import { deskAudit, deskColumns } from '../desks/presenter';
import { catalogueItemAudit, itemColumns, tariffAudit, tariffColumns } from './presenter';

/** Set once the defaults (catalogue, tariffs, desks) are in: a provider's later removals are not undone at the next start. */
export const CATALOGUE_SEEDED_KEY = 'catalogue_seeded';

/**
 * The guide's change catalogue, the demo's tariff list and the contact matrix's desks, once per installation (in the
 * bootstrap's transaction, which starting nodes take in turn). Returns whether it seeded now.
 */
export async function seedCatalogueDefaults(tx: Tx, who: AuditContext, now: Date): Promise<boolean> {
  const done = await tx.select().from(meta).where(eq(meta.key, CATALOGUE_SEEDED_KEY)).limit(1);
  if (done.length > 0) return false;
  const tariffRows = await tx
    .insert(tariffs)
    .values(
      DEFAULT_TARIFFS.map(({ key, ...t }) => ({ key, ...tariffColumns(t), createdAt: now, updatedAt: now })),
    )
    .onConflictDoNothing()
    .returning();
  const itemRows = await tx
    .insert(catalogueItems)
    .values(
      DEFAULT_CATALOGUE.map(({ key, ...i }) => ({ key, ...itemColumns(i), createdAt: now, updatedAt: now })),
    )
    .onConflictDoNothing()
    .returning();
  const deskRows = await tx
    .insert(serviceDesks)
    .values(
      DEFAULT_DESKS.map((d) => ({ id: randomUUID(), ...deskColumns(d), createdAt: now, updatedAt: now })),
    )
    .returning();
  const created = <Row>(rows: Row[]) => rows.map((after) => ({ action: 'create' as const, after }));
  await recordChanges(tx, who, tariffAudit, created(tariffRows));
  await recordChanges(tx, who, catalogueItemAudit, created(itemRows));
  await recordChanges(tx, who, deskAudit, created(deskRows));
  await tx.insert(meta).values({ key: CATALOGUE_SEEDED_KEY, value: now.toISOString() });
  return true;
}
