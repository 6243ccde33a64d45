import { sql } from 'drizzle-orm';
import type { SecurityPolicy } from '../../../core/access/password-policy';
import type { Role } from '../../../core/access/roles';
import type { Executor } from '../../db/client';
import { securityPolicies } from '../../db/schema';

/** The stored policies (roles without a row use the shipped default). */
export async function storedPolicies(db: Executor): Promise<{ role: Role; policy: unknown }[]> {
  return db.select({ role: securityPolicies.role, policy: securityPolicies.policy }).from(securityPolicies);
}

export async function upsertPolicy(
  db: Executor,
  role: Role,
  policy: SecurityPolicy,
  now: Date,
): Promise<void> {
  await db
    .insert(securityPolicies)
    .values({ role, policy, updatedAt: now })
    .onConflictDoUpdate({
      target: securityPolicies.role,
      set: { policy: sql`excluded.policy`, updatedAt: now },
    });
}
