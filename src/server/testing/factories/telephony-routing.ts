import { randomUUID } from 'node:crypto';
import type { Snapshot } from '../../../core/routing';
import type { Executor } from '../../db/client';
import {
  autoAttendants,
  deviceLines,
  deviceModels,
  devices,
  enterpriseCallRestrictions,
  enterpriseTelephony,
  extensions,
  huntGroupMembers,
  huntGroups,
  incomingRoutes,
  numberBlocks,
  numbers,
  pickupGroupMembers,
  pickupGroups,
  queueAgents,
  queues,
  schedules,
  userCallRestrictions,
  userFeatures,
  users,
} from '../../db/schema';
import { digestsOf } from '../../telephony/devices/sip-credentials';

/**
 * Writes a routing Snapshot (core's fixture enterprise, say) into an enterprise of the database,
 * as rows of every telephony table: its ids (`u-anna`, `hg-sales`…) become fresh UUIDs, its
 * sites one site. Answers the snapshot as it now is in the database, ids and all, for tests that
 * load it back or plan against it.
 */
export async function insertSnapshot(
  db: Executor,
  draft: Snapshot,
  target: { enterpriseId: string; siteId: string },
): Promise<{ snapshot: Snapshot; ids: Record<string, string> }> {
  const ids: Record<string, string> = {};
  const objectIds = [
    ...draft.users.map((u) => u.id),
    ...draft.huntGroups.map((g) => g.id),
    ...draft.huntGroupMembers.map((m) => m.id),
    ...draft.pickupGroups.map((g) => g.id),
    ...draft.schedules.map((s) => s.id),
    ...draft.autoAttendants.map((a) => a.id),
    ...draft.queues.map((q) => q.id),
    ...draft.incomingRoutes.map((r) => r.id),
    ...draft.devices.map((d) => d.id),
  ];
  for (const id of objectIds) ids[id] = randomUUID();
  const sites = new Set<string>(
    [...draft.users, ...draft.huntGroups, ...draft.pickupGroups, ...draft.autoAttendants, ...draft.queues]
      .map((o) => o.siteId)
      .filter((s): s is string => s !== null),
  );
  for (const s of sites) ids[s] = target.siteId;
  ids[draft.enterpriseId] = target.enterpriseId;
  let text = JSON.stringify(draft);
  for (const [from, to] of Object.entries(ids))
    text = text.replaceAll(JSON.stringify(from), JSON.stringify(to));
  const s = JSON.parse(text) as Snapshot;
  const e = target.enterpriseId;

  await db.insert(enterpriseTelephony).values({ enterpriseId: e, extensionLength: s.extensionLength });
  if (s.defaultRestrictions)
    await db.insert(enterpriseCallRestrictions).values({ enterpriseId: e, ...s.defaultRestrictions });
  if (s.users.length > 0)
    await db.insert(users).values(s.users.map((u) => ({ ...u, enterpriseId: e, email: null })));
  if (s.numbers.length > 0) {
    const blockId = randomUUID();
    const sorted = [...s.numbers].map((n) => n.number).sort();
    const first = sorted[0] ?? '';
    const last = sorted[sorted.length - 1] ?? first;
    await db.insert(numberBlocks).values({
      id: blockId,
      enterpriseId: e,
      first,
      size: Number(last.slice(-6)) - Number(first.slice(-6)) + 1,
      kind: 'geographic',
    });
    await db.insert(numbers).values(
      s.numbers.map((n) => ({
        id: randomUUID(),
        enterpriseId: e,
        blockId,
        kind: 'geographic' as const,
        ...n,
      })),
    );
  }
  if (s.extensions.length > 0)
    await db.insert(extensions).values(s.extensions.map((x) => ({ enterpriseId: e, ...x })));
  if (s.userFeatures.length > 0) await db.insert(userFeatures).values([...s.userFeatures]);
  if (s.userRestrictions.length > 0) {
    await db.insert(userCallRestrictions).values(s.userRestrictions.map((r) => ({ enterpriseId: e, ...r })));
  }
  if (s.devices.length > 0) {
    const modelId = randomUUID();
    await db.insert(deviceModels).values({
      id: modelId,
      vendor: 'Routing',
      model: `R-${modelId.slice(0, 8)}`,
      kind: 'softphone',
      maxLines: 8,
    });
    await db.insert(devices).values(
      s.devices.map((d) => ({
        id: d.id,
        enterpriseId: e,
        siteId: target.siteId,
        userId: d.userId,
        modelId,
        ownership: 'rented' as const,
        ownershipDate: '2026-01-01',
      })),
    );
    const lines = s.devices.flatMap((d) =>
      d.lines.map((l) => ({
        deviceId: d.id,
        line: l.line,
        userId: l.userId,
        sipUsername: l.sipUsername,
        ...digestsOf(l.sipUsername, 'centrale', 'not-a-real-password'),
        credentialsSetAt: new Date(),
      })),
    );
    if (lines.length > 0) await db.insert(deviceLines).values(lines);
  }
  if (s.huntGroups.length > 0)
    await db.insert(huntGroups).values(s.huntGroups.map((g) => ({ ...g, enterpriseId: e })));
  if (s.huntGroupMembers.length > 0) await db.insert(huntGroupMembers).values([...s.huntGroupMembers]);
  if (s.pickupGroups.length > 0)
    await db.insert(pickupGroups).values(s.pickupGroups.map((g) => ({ ...g, enterpriseId: e })));
  if (s.pickupGroupMembers.length > 0) await db.insert(pickupGroupMembers).values([...s.pickupGroupMembers]);
  if (s.schedules.length > 0) {
    await db.insert(schedules).values(
      s.schedules.map((x) => ({
        ...x,
        enterpriseId: e,
        weekly: [...x.weekly],
        closures: [...x.closures],
        openings: [...x.openings],
        recurringClosures: [...x.recurringClosures],
      })),
    );
  }
  if (s.autoAttendants.length > 0) {
    await db.insert(autoAttendants).values(s.autoAttendants.map((a) => ({ ...a, enterpriseId: e })));
  }
  if (s.queues.length > 0) await db.insert(queues).values(s.queues.map((q) => ({ ...q, enterpriseId: e })));
  if (s.queueAgents.length > 0) {
    await db.insert(queueAgents).values(s.queueAgents.map((a) => ({ id: randomUUID(), ...a })));
  }
  if (s.incomingRoutes.length > 0) {
    await db.insert(incomingRoutes).values(s.incomingRoutes.map((r) => ({ ...r, enterpriseId: e })));
  }
  return { snapshot: s, ids };
}
