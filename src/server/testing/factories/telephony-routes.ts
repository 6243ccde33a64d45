import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { RouteDestinations } from '../../../core/telephony/incoming-routes';
import type { Executor } from '../../db/client';
import { incomingRoutes, incomingRouteTargets, numbers } from '../../db/schema';
import { nextName } from './names';
import { telephonyFactories } from './telephony';

/** Throw-away incoming routes: a number of their own (a fresh block) that rings a user, always open. */
export const routeFactories = {
  async incomingRoute(db: Executor, enterpriseId: string, siteId: string | null, userId: string) {
    const { numbers: made } = await telephonyFactories.numberBlock(db, enterpriseId, { siteId });
    const number = made[0];
    if (number === undefined) throw new Error('no number');
    const destinations: RouteDestinations = {
      open: { type: 'user', id: userId },
      closed: null,
      holiday: null,
      closures: {},
    };
    const row = { id: randomUUID(), enterpriseId, siteId, name: `Route ${nextName()}`, destinations };
    await db.insert(incomingRoutes).values(row);
    await db.insert(incomingRouteTargets).values({ routeId: row.id, targetType: 'user', targetId: userId });
    await db
      .update(numbers)
      .set({ state: 'assigned', assigneeType: 'incoming_route', assigneeId: row.id, assigneeRole: 'main' })
      .where(eq(numbers.id, number.id));
    return { ...row, number: number.number };
  },
};
