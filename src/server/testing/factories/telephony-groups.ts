import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { huntGroupMembers, huntGroups, pickupGroupMembers, pickupGroups } from '../../db/schema';
import { nextName } from './names';

/** Throw-away hunt groups (with members) and pickup groups. */
export const groupFactories = {
  async huntGroup(db: Executor, enterpriseId: string, siteId: string, memberUserIds: readonly string[] = []) {
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `Hunt ${nextName()}`,
      distribution: 'regular' as const,
      huntAfterSeconds: 15,
      busyAction: 'busy_tone' as const,
      unreachableAction: 'busy_tone' as const,
      callWaiting: false,
      ringPattern: 'normal' as const,
    };
    await db.insert(huntGroups).values(row);
    const members = memberUserIds.map((userId, i) => ({
      id: randomUUID(),
      huntGroupId: row.id,
      position: i + 1,
      userId,
    }));
    if (members.length > 0) await db.insert(huntGroupMembers).values(members);
    return { ...row, members };
  },
  async pickupGroup(db: Executor, enterpriseId: string, siteId: string) {
    const row = { id: randomUUID(), enterpriseId, siteId, name: `Pickup ${nextName()}` };
    await db.insert(pickupGroups).values(row);
    return row;
  },
  async pickupMember(db: Executor, pickupGroupId: string, userId: string) {
    await db.insert(pickupGroupMembers).values({ pickupGroupId, userId });
  },
};
