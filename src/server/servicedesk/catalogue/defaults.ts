import { randomUUID } from 'node:crypto';
import { DEFAULT_CATALOGUE, DEFAULT_TARIFFS } from '../../../core/servicedesk/catalogue';
import { DEFAULT_DESKS } from '../../../core/servicedesk/desks';
import { REPAIR_EXCESS_TARIFF } from '../../../core/servicedesk/repairs';
import { type AuditContext, recordChanges } from '../../audit/record';
import type { Tx } from '../../db/client';
import { deskAudit, deskColumns } from '../desks/presenter';
import { insertDesks } from '../desks/repository';
import { catalogueItemAudit, itemColumns, tariffAudit, tariffColumns } from './presenter';
import { defaultsSeeded, insertDefaults, markDefaultsSeeded } from './repository';

/** Set once the defaults (catalogue, tariffs, desks) are in: a provider's later removals are not undone. */
export const CATALOGUE_SEEDED_KEY = 'catalogue_seeded';

/**
 * The guide's change catalogue, the demo's tariff list and the contact matrix's desks, once per
 * installation (in the bootstrap's transaction, which starting nodes take in turn), each audited.
 * Returns whether it seeded now.
 */
export async function seedCatalogueDefaults(tx: Tx, who: AuditContext, now: Date): Promise<boolean> {
  if (await defaultsSeeded(tx, CATALOGUE_SEEDED_KEY)) return false;
  const stamp = { createdAt: now, updatedAt: now };
  const inserted = await insertDefaults(tx, {
    tariffs: DEFAULT_TARIFFS.map(({ key, ...t }) => ({ key, ...tariffColumns(t), ...stamp })),
    items: DEFAULT_CATALOGUE.map(({ key, ...i }) => ({ key, ...itemColumns(i), ...stamp })),
  });
  const desks = await insertDesks(
    tx,
    DEFAULT_DESKS.map((d) => ({ id: randomUUID(), ...deskColumns(d), ...stamp })),
  );
  const created = <Row>(rows: Row[]) => rows.map((after) => ({ action: 'create' as const, after }));
  await recordChanges(tx, who, tariffAudit, created(inserted.tariffs));
  await recordChanges(tx, who, catalogueItemAudit, created(inserted.items));
  await recordChanges(tx, who, deskAudit, created(desks));
  await markDefaultsSeeded(tx, CATALOGUE_SEEDED_KEY, now);
  return true;
}

/** Set once the repairs' excess tariff is in (installations seeded before repairs existed get it once). */
export const REPAIR_TARIFF_SEEDED_KEY = 'repair_tariff_seeded';

/**
 * The excess tariff of repairs (guide §4.4.3), once per installation: a fresh one has it from the
 * defaults above; one seeded before gets it here, unless its key is taken. Audited when inserted.
 */
export async function seedRepairTariff(tx: Tx, who: AuditContext, now: Date): Promise<boolean> {
  if (await defaultsSeeded(tx, REPAIR_TARIFF_SEEDED_KEY)) return false;
  const tariff = DEFAULT_TARIFFS.find((t) => t.key === REPAIR_EXCESS_TARIFF);
  let inserted = false;
  if (tariff !== undefined) {
    const { key, ...t } = tariff;
    const rows = await insertDefaults(tx, {
      tariffs: [{ key, ...tariffColumns(t), createdAt: now, updatedAt: now }],
      items: [],
    });
    await recordChanges(
      tx,
      who,
      tariffAudit,
      rows.tariffs.map((after) => ({ action: 'create' as const, after })),
    );
    inserted = rows.tariffs.length > 0;
  }
  await markDefaultsSeeded(tx, REPAIR_TARIFF_SEEDED_KEY, now);
  return inserted;
}
