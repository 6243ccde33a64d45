import { DEFAULT_SLA_POLICIES } from '../../../core/servicedesk/sla-policies';
import { type AuditContext, recordChanges } from '../../audit/record';
import type { Tx } from '../../db/client';
import { defaultsSeeded, markDefaultsSeeded } from '../catalogue/repository';
import { slaPolicyAudit } from './presenter';
import { insertPolicies } from './repository';

/** Set once the SLA policies are in: a provider's later edits are kept. */
export const SLA_POLICIES_SEEDED_KEY = 'sla_policies_seeded';

/** The SLA policies from DEFAULT_SLA_TARGETS, once per installation, in the bootstrap's transaction, audited. */
export async function seedSlaPolicies(tx: Tx, who: AuditContext, now: Date): Promise<boolean> {
  if (await defaultsSeeded(tx, SLA_POLICIES_SEEDED_KEY)) return false;
  const rows = await insertPolicies(
    tx,
    DEFAULT_SLA_POLICIES.map((p) => ({ ...p, createdAt: now, updatedAt: now })),
  );
  await recordChanges(
    tx,
    who,
    slaPolicyAudit,
    rows.map((after) => ({ action: 'create' as const, after })),
  );
  await markDefaultsSeeded(tx, SLA_POLICIES_SEEDED_KEY, now);
  return true;
}
