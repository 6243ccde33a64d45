import { eq } from 'drizzle-orm';
import { DEFAULT_CATALOGUE, DEFAULT_TARIFFS } from '../../../core/servicedesk/catalogue';
import { type AuditContext, recordChanges } from '../../audit/record';
import type { Tx } from '../../db/client';
import { catalogueItems, meta, tariffs } from '../../db/schema';
import { catalogueItemAudit, itemColumns, tariffAudit, tariffColumns } from './presenter';

/** Set once the defaults are in: a provider's later removals are not undone at the next start. */
export const CATALOGUE_SEEDED_KEY = 'catalogue_seeded';

/**
 * The guide's change catalogue and the demo's tariff list, once per installation (in the
 * bootstrap's transaction, which starting nodes take in turn). Returns whether it seeded now.
 */
export async function seedCatalogueDefaults(tx: Tx, who: AuditContext, now: Date): Promise<boolean> {
  const done = await tx.select().from(meta).where(eq(meta.key, CATALOGUE_SEEDED_KEY)).limit(1);
  if (done.length > 0) return false;
  await tx
    .insert(tariffs)
    .values(
      DEFAULT_TARIFFS.map(({ key, ...t }) => ({ key, ...tariffColumns(t), createdAt: now, updatedAt: now })),
    )
    .onConflictDoNothing();
  await tx
    .insert(catalogueItems)
    .values(
      DEFAULT_CATALOGUE.map(({ key, ...i }) => ({ key, ...itemColumns(i), createdAt: now, updatedAt: now })),
    )
    .onConflictDoNothing();
  await tx.insert(meta).values({ key: CATALOGUE_SEEDED_KEY, value: now.toISOString() });
  return true;
}
