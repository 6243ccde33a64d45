import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DISTRIBUTIONS, MAX_WEIGHT, MIN_WEIGHT, RING_PATTERNS } from '../../../core/telephony/distribution';
import { OVERFLOW_ACTIONS } from '../../../core/telephony/hunt-groups';
import { created, oneOf, updated, values } from './columns';
import { enterprises, sites, users } from './directory';

/**
 * Telephony (C2): hunt groups with their members, and call pickup groups, each of a site. The
 * group's extension and number live in the number plan (assignee type `hunt_group`). A member is
 * a user (at most once per group) or an outside number; a user is in at most one pickup group.
 * A user cannot be removed under a membership (no cascade: the services refuse with the groups).
 */
export const huntGroups = pgTable(
  'hunt_groups',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    distribution: text('distribution', { enum: values(DISTRIBUTIONS) }).notNull(),
    huntAfterSeconds: integer('hunt_after_seconds').notNull(),
    timeoutSeconds: integer('timeout_seconds'),
    timeoutDestination: text('timeout_destination'),
    busyAction: text('busy_action', { enum: values(OVERFLOW_ACTIONS) }).notNull(),
    busyDestination: text('busy_destination'),
    unreachableAction: text('unreachable_action', { enum: values(OVERFLOW_ACTIONS) }).notNull(),
    unreachableDestination: text('unreachable_destination'),
    callWaiting: boolean('call_waiting').notNull(),
    ringPattern: text('ring_pattern', { enum: values(RING_PATTERNS) }).notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('hunt_groups_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('hunt_groups_site_idx').on(t.siteId),
    check('hunt_groups_distribution_ck', oneOf(t.distribution, DISTRIBUTIONS)),
    check('hunt_groups_ring_pattern_ck', oneOf(t.ringPattern, RING_PATTERNS)),
    check('hunt_groups_busy_action_ck', oneOf(t.busyAction, OVERFLOW_ACTIONS)),
    check('hunt_groups_unreachable_action_ck', oneOf(t.unreachableAction, OVERFLOW_ACTIONS)),
  ],
);

export const huntGroupMembers = pgTable(
  'hunt_group_members',
  {
    id: uuid('id').primaryKey(),
    huntGroupId: uuid('hunt_group_id')
      .notNull()
      .references(() => huntGroups.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    userId: uuid('user_id').references(() => users.id),
    externalNumber: text('external_number'),
    weight: integer('weight').notNull().default(1),
    loggedIn: boolean('logged_in').notNull().default(true),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('hunt_group_members_user_uq').on(t.huntGroupId, t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex('hunt_group_members_number_uq')
      .on(t.huntGroupId, t.externalNumber)
      .where(sql`${t.externalNumber} is not null`),
    index('hunt_group_members_user_idx').on(t.userId),
    check('hunt_group_members_one_ck', sql`(${t.userId} is null) <> (${t.externalNumber} is null)`),
    check(
      'hunt_group_members_weight_ck',
      sql`${t.weight} between ${sql.raw(String(MIN_WEIGHT))} and ${sql.raw(String(MAX_WEIGHT))}`,
    ),
  ],
);

export const pickupGroups = pgTable(
  'pickup_groups',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('pickup_groups_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('pickup_groups_site_idx').on(t.siteId),
  ],
);

/** A user in at most one pickup group: the user is the key. */
export const pickupGroupMembers = pgTable(
  'pickup_group_members',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    pickupGroupId: uuid('pickup_group_id')
      .notNull()
      .references(() => pickupGroups.id, { onDelete: 'cascade' }),
    createdAt: created(),
  },
  (t) => [index('pickup_group_members_group_idx').on(t.pickupGroupId)],
);
