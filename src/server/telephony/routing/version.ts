import type { Executor } from '../../db/client';
import { insertRoutingChanges, PROVIDER_SCOPE } from './repository';

/**
 * The audit entity types whose changes can change what a call does: every telephony object,
 * users, sites and the enterprise itself. An agent's state is live state (read per call), not
 * configuration; a ticket or an account routes nothing. Provider-level types (the feature matrix,
 * the device catalogue) carry no enterprise and count for every enterprise.
 */
export const ROUTING_ENTITY_TYPES: ReadonlySet<string> = new Set([
  'audio',
  'auto_attendant',
  'call_restrictions',
  'call_settings',
  'device',
  'device_model',
  'enterprise',
  'hunt_group',
  'hunt_group_member',
  'hunt_group_member_order',
  'incoming_route',
  'number',
  'number_block',
  'pickup_group',
  'profile_features',
  'queue',
  'queue_agent',
  'schedule',
  'site',
  'telephony_settings',
  'user',
  'user_call_restrictions',
  'user_features',
  'user_numbers',
]);

/**
 * Called by the audit helper for the records it writes, in the same transaction: one row of
 * `routing_changes` per scope the records touch, so the configuration version of each enterprise
 * concerned changes when (and only if) the transaction commits.
 */
export async function noteRoutingChanges(
  db: Executor,
  events: readonly { entityType: string; enterpriseId?: string | null }[],
): Promise<void> {
  let scopes: Set<string> | null = null;
  for (const e of events) {
    if (!ROUTING_ENTITY_TYPES.has(e.entityType)) continue;
    scopes ??= new Set();
    scopes.add(e.enterpriseId ?? PROVIDER_SCOPE);
  }
  if (scopes) await insertRoutingChanges(db, [...scopes]);
}
