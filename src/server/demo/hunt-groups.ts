import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { snapshot } from '../../core/audit/diff';
import type { Profile } from '../../core/directory/profiles';
import { DEFAULT_MATRIX } from '../../core/telephony/feature-matrix';
import type { Tx } from '../db/client';
import type { auditEvents } from '../db/schema';
import {
  extensions,
  huntGroupMembers,
  huntGroups,
  numbers,
  pickupGroupMembers,
  pickupGroups,
} from '../db/schema';
import { memberAudit } from '../telephony/hunt-group-members/presenter';
import { huntGroupAudit } from '../telephony/hunt-groups/presenter';
import { pickupGroupAudit } from '../telephony/pickup-groups/presenter';
import { DEMO_SITES } from './demo-data';

type UserRow = { id: string; name: string; siteId: string | null; profile: Profile };
type AuditRow = typeof auditEvents.$inferInsert;

/** The outside member of "Verkoop": the sales manager's own mobile (not a number of the plan). */
export const DEMO_VERKOOP_MOBILE = '+31612345678';
export const DEMO_HUNT_EXTENSIONS = { verkoop: '500', receptie: '501' } as const;

const has = (u: UserRow, feature: 'hunt_group' | 'call_pickup') =>
  DEFAULT_MATRIX[u.profile].includes(feature);

/**
 * The demo's hunt groups and pickup groups: "Verkoop" on Amsterdam (circular; the end user's demo
 * user and two colleagues, then an outside mobile), with extension 500 and the last free number of
 * Amsterdam's block; "Receptie" (simultaneous; the receptionist's user and a colleague) with
 * extension 501; and one pickup group per site with its users whose profile has call pickup.
 * Members are chosen by the profiles' default matrix, which the demo does not change.
 */
export async function seedDemoHuntGroups(
  tx: Tx,
  c: { enterpriseId: string; siteIds: Map<string, string>; userRows: UserRow[]; now: Date },
): Promise<AuditRow[]> {
  const audit: AuditRow[] = [];
  const ams = c.siteIds.get('ams') as string;
  const amsUsers = c.userRows.filter((u) => u.siteId === ams && has(u, 'hunt_group'));
  const [free] = await tx
    .select({ id: numbers.id, number: numbers.number })
    .from(numbers)
    .where(and(eq(numbers.enterpriseId, c.enterpriseId), eq(numbers.siteId, ams), eq(numbers.state, 'free')))
    .orderBy(desc(numbers.number))
    .limit(1);
  const receptionist = c.userRows[4];
  const groups = [
    {
      name: 'Verkoop',
      distribution: 'circular' as const,
      ringPattern: 'long_long' as const,
      extension: DEMO_HUNT_EXTENSIONS.verkoop,
      number: free ?? null,
      timeoutSeconds: 90,
      timeoutDestination: DEMO_HUNT_EXTENSIONS.receptie,
      callWaiting: true,
      users: amsUsers.filter((u) => u.id !== receptionist?.id).slice(0, 3),
      external: [DEMO_VERKOOP_MOBILE],
    },
    {
      name: 'Receptie',
      distribution: 'simultaneous' as const,
      ringPattern: 'normal' as const,
      extension: DEMO_HUNT_EXTENSIONS.receptie,
      number: null,
      timeoutSeconds: null,
      timeoutDestination: null,
      callWaiting: false,
      users: [
        ...(receptionist && has(receptionist, 'hunt_group') ? [receptionist] : []),
        ...amsUsers.filter((u) => u.id !== receptionist?.id).slice(3, 4),
      ],
      external: [],
    },
  ];
  for (const spec of groups) {
    const row = {
      id: randomUUID(),
      enterpriseId: c.enterpriseId,
      siteId: ams,
      name: spec.name,
      distribution: spec.distribution,
      huntAfterSeconds: 15,
      timeoutSeconds: spec.timeoutSeconds,
      timeoutDestination: spec.timeoutDestination,
      busyAction: 'busy_tone' as const,
      busyDestination: null,
      unreachableAction: 'busy_tone' as const,
      unreachableDestination: null,
      callWaiting: spec.callWaiting,
      ringPattern: spec.ringPattern,
      createdAt: c.now,
      updatedAt: c.now,
    };
    await tx.insert(huntGroups).values(row);
    await tx.insert(extensions).values({
      enterpriseId: c.enterpriseId,
      extension: spec.extension,
      assigneeType: 'hunt_group',
      assigneeId: row.id,
      createdAt: c.now,
    });
    if (spec.number)
      await tx
        .update(numbers)
        .set({
          state: 'assigned',
          assigneeType: 'hunt_group',
          assigneeId: row.id,
          assigneeRole: 'main',
          updatedAt: c.now,
        })
        .where(eq(numbers.id, spec.number.id));
    audit.push({
      at: c.now,
      entityType: huntGroupAudit.entityType,
      entityId: row.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId: ams,
      after: snapshot(
        { ...row, extension: spec.extension, number: spec.number?.number ?? null },
        huntGroupAudit.fields,
      ),
    });
    const members = [
      ...spec.users.map((u) => ({ userId: u.id, externalNumber: null })),
      ...spec.external.map((n) => ({ userId: null, externalNumber: n })),
    ].map((m, i) => ({
      id: randomUUID(),
      huntGroupId: row.id,
      position: i + 1,
      ...m,
      weight: 1,
      loggedIn: true,
      createdAt: c.now,
    }));
    if (members.length > 0) await tx.insert(huntGroupMembers).values(members);
    for (const m of members)
      audit.push({
        at: c.now,
        entityType: memberAudit.entityType,
        entityId: m.id,
        action: 'create',
        enterpriseId: c.enterpriseId,
        siteId: ams,
        after: snapshot({ ...m, enterpriseId: c.enterpriseId, siteId: ams }, memberAudit.fields),
      });
  }
  for (const site of DEMO_SITES) {
    const siteId = c.siteIds.get(site.key);
    if (siteId === undefined) continue;
    const row = {
      id: randomUUID(),
      enterpriseId: c.enterpriseId,
      siteId,
      name: `Pick-up ${site.name}`,
      createdAt: c.now,
      updatedAt: c.now,
    };
    await tx.insert(pickupGroups).values(row);
    const memberIds = c.userRows.filter((u) => u.siteId === siteId && has(u, 'call_pickup')).map((u) => u.id);
    if (memberIds.length > 0)
      await tx
        .insert(pickupGroupMembers)
        .values(memberIds.map((userId) => ({ userId, pickupGroupId: row.id, createdAt: c.now })));
    audit.push({
      at: c.now,
      entityType: pickupGroupAudit.entityType,
      entityId: row.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId,
      after: snapshot({ ...row, memberIds }, pickupGroupAudit.fields),
    });
  }
  return audit;
}
