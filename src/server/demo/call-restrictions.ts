import { snapshot } from '../../core/audit/diff';
import { type CallRestrictions, DEFAULT_CALL_RESTRICTIONS } from '../../core/telephony/call-classes';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { enterpriseCallRestrictions, userCallRestrictions } from '../db/schema';
import { callRestrictionsAudit, userCallRestrictionsAudit } from '../telephony/call-restrictions/presenter';
import { DEMO_USER_CALL_RESTRICTIONS } from './demo-data';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'siteId'>;

/**
 * The demo's call restrictions: the enterprise's default (premium barred) and a few users with a
 * set of their own (DEMO_USER_CALL_RESTRICTIONS); everyone else follows the default.
 */
export async function seedDemoCallRestrictions(
  tx: Tx,
  c: { enterpriseId: string; userRows: UserRow[]; now: Date },
): Promise<(typeof auditEvents.$inferInsert)[]> {
  const enterpriseDefault: CallRestrictions = { ...DEFAULT_CALL_RESTRICTIONS };
  await tx
    .insert(enterpriseCallRestrictions)
    .values({ enterpriseId: c.enterpriseId, ...enterpriseDefault, updatedAt: c.now });
  const audit: (typeof auditEvents.$inferInsert)[] = [
    {
      at: c.now,
      entityType: callRestrictionsAudit.entityType,
      entityId: c.enterpriseId,
      action: 'create',
      enterpriseId: c.enterpriseId,
      after: snapshot(enterpriseDefault, callRestrictionsAudit.fields),
    },
  ];
  const own = DEMO_USER_CALL_RESTRICTIONS.flatMap(({ user, restrictions }) => {
    const row = c.userRows[user];
    return row ? [{ row, restrictions: { ...enterpriseDefault, ...restrictions } }] : [];
  });
  if (own.length > 0) {
    await tx.insert(userCallRestrictions).values(
      own.map(({ row, restrictions }) => ({
        userId: row.id,
        enterpriseId: c.enterpriseId,
        ...restrictions,
        updatedAt: c.now,
      })),
    );
  }
  for (const { row, restrictions } of own) {
    audit.push({
      at: c.now,
      entityType: userCallRestrictionsAudit.entityType,
      entityId: row.id,
      action: 'update',
      enterpriseId: c.enterpriseId,
      siteId: row.siteId,
      before: snapshot({ followsDefault: true, ...enterpriseDefault }, userCallRestrictionsAudit.fields),
      after: snapshot({ followsDefault: false, ...restrictions }, userCallRestrictionsAudit.fields),
    });
  }
  return audit;
}
