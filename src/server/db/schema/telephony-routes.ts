import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RouteDestinations } from '../../../core/telephony/incoming-routes';
import { created, updated } from './columns';
import { enterprises, sites } from './directory';
import { schedules } from './telephony-schedules';

/**
 * Telephony (C2): incoming routes. A route of the enterprise (site_id null) or of one of its
 * sites holds a number of the plan (assignee type `incoming_route`, role `main`) and sends its
 * calls, per period of its schedule, to a destination: the destinations are one document checked
 * by core (core/telephony/incoming-routes.ts). A schedule in use is not removed.
 */
export const incomingRoutes = pgTable(
  'incoming_routes',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id').references(() => sites.id),
    name: text('name').notNull(),
    scheduleId: uuid('schedule_id').references(() => schedules.id),
    destinations: jsonb('destinations').$type<RouteDestinations>().notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('incoming_routes_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('incoming_routes_site_idx').on(t.siteId),
    index('incoming_routes_schedule_idx').on(t.scheduleId),
  ],
);

/**
 * What a route's destinations point at (users, groups, queues, attendants), one row per target,
 * written with the route, for the "never a dangling reference" finder (its schedule is the column).
 */
export const incomingRouteTargets = pgTable(
  'incoming_route_targets',
  {
    routeId: uuid('route_id')
      .notNull()
      .references(() => incomingRoutes.id, { onDelete: 'cascade' }),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    uniqueIndex('incoming_route_targets_uq').on(t.routeId, t.targetType, t.targetId),
    index('incoming_route_targets_target_idx').on(t.targetType, t.targetId),
  ],
);
