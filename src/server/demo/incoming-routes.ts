import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { snapshot } from '../../core/audit/diff';
import { checkRoute, pointersOf, type RouteDestinations } from '../../core/telephony/incoming-routes';
import type { Tx } from '../db/client';
import type { auditEvents } from '../db/schema';
import { autoAttendants, incomingRoutes, incomingRouteTargets, numbers, schedules } from '../db/schema';
import { routeAudit } from '../telephony/incoming-routes/presenter';
import { DEMO_MAIN_NUMBER } from './call-settings';

type AuditRow = typeof auditEvents.$inferInsert;

/** The demo's route on the main number. */
export const DEMO_MAIN_ROUTE = 'Hoofdnummer';

/** Where the main number's calls go: "Hoofdmenu", its menus chosen by the route's period. */
export const demoRouteDestinations = (attendantId: string): RouteDestinations => ({
  open: { type: 'auto_attendant', id: attendantId, menus: 'businessHours' },
  closed: { type: 'auto_attendant', id: attendantId, menus: 'afterHours' },
  holiday: { type: 'auto_attendant', id: attendantId, menus: 'holiday' },
  closures: {},
});

/**
 * Voorbeeld BV's incoming route "Hoofdnummer" (enterprise-wide) on the main number 020 794 0000,
 * on schedule "Kantoortijden": open to auto attendant "Hoofdmenu"'s business-hours menus, closed
 * (New Year's Eve afternoon too) to its after-hours menu, on public holidays to its holiday menu.
 * The main number, kept reserved by the number plan's seed, is assigned to the route. Checked by
 * core's rules, as the API would. (Seeded after the attendants.)
 */
export async function seedDemoIncomingRoutes(
  tx: Tx,
  c: { enterpriseId: string; now: Date; scheduleId: string },
): Promise<AuditRow[]> {
  const [attendant] = await tx
    .select({ id: autoAttendants.id })
    .from(autoAttendants)
    .where(and(eq(autoAttendants.enterpriseId, c.enterpriseId), eq(autoAttendants.name, 'Hoofdmenu')));
  const [schedule] = await tx.select().from(schedules).where(eq(schedules.id, c.scheduleId));
  if (!attendant || !schedule) return [];
  const closureIds = new Set([...schedule.closures, ...schedule.recurringClosures].map((x) => x.id));
  const checked = checkRoute(demoRouteDestinations(attendant.id), { closureIds }, DEMO_MAIN_NUMBER);
  if (Object.keys(checked.problems).length > 0)
    throw new Error(`demo route: ${JSON.stringify(checked.problems)}`);
  const row = {
    id: randomUUID(),
    enterpriseId: c.enterpriseId,
    siteId: null,
    name: DEMO_MAIN_ROUTE,
    scheduleId: c.scheduleId,
    destinations: checked.destinations,
    createdAt: c.now,
    updatedAt: c.now,
  };
  await tx.insert(incomingRoutes).values(row);
  const pointers = pointersOf(checked.destinations);
  await tx.insert(incomingRouteTargets).values(
    [...new Map(pointers.map((t) => [`${t.type}:${t.id}`, t])).values()].map((t) => ({
      routeId: row.id,
      targetType: t.type,
      targetId: t.id,
    })),
  );
  await tx
    .update(numbers)
    .set({
      state: 'assigned',
      assigneeType: 'incoming_route',
      assigneeId: row.id,
      assigneeRole: 'main',
      updatedAt: c.now,
    })
    .where(and(eq(numbers.enterpriseId, c.enterpriseId), eq(numbers.number, DEMO_MAIN_NUMBER)));
  return [
    {
      at: c.now,
      entityType: routeAudit.entityType,
      entityId: row.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId: null,
      after: snapshot({ ...row, number: DEMO_MAIN_NUMBER }, routeAudit.fields),
    },
  ];
}
