import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DEVICE_KINDS, MAX_MODEL_LINES, MIN_MODEL_LINES, OWNERSHIPS } from '../../../core/telephony/devices';
import { created, oneOf, ts, updated, values } from './columns';
import { enterprises, sites, users } from './directory';

/** Telephony (C2): the provider's device catalogue, the enterprises' devices and their SIP lines. */

export const deviceModels = pgTable(
  'device_models',
  {
    id: uuid('id').primaryKey(),
    vendor: text('vendor').notNull(),
    model: text('model').notNull(),
    kind: text('kind', { enum: values(DEVICE_KINDS) }).notNull(),
    maxLines: integer('max_lines').notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('device_models_name_uq').on(sql`lower(${t.vendor})`, sql`lower(${t.model})`),
    check('device_models_kind_ck', oneOf(t.kind, DEVICE_KINDS)),
    check(
      'device_models_max_lines_ck',
      sql`${t.maxLines} between ${sql.raw(String(MIN_MODEL_LINES))} and ${sql.raw(String(MAX_MODEL_LINES))}`,
    ),
  ],
);

/**
 * A device of an enterprise, on one of its sites, of a catalogue model; known by its MAC or its
 * SIM's ICCID (each unique over all enterprises), or by nothing (a softphone). Its site, user and
 * model cannot be removed under it (no cascade: the services refuse with the list, the keys too).
 */
export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    userId: uuid('user_id').references(() => users.id),
    modelId: uuid('model_id')
      .notNull()
      .references(() => deviceModels.id),
    mac: text('mac'),
    iccid: text('iccid'),
    label: text('label'),
    ownership: text('ownership', { enum: values(OWNERSHIPS) }).notNull(),
    ownershipDate: date('ownership_date', { mode: 'string' }).notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('devices_mac_uq').on(t.mac),
    uniqueIndex('devices_iccid_uq').on(t.iccid),
    index('devices_sort_idx').on(t.enterpriseId, sql`coalesce(lower(${t.label}), '')`, t.id),
    index('devices_site_idx').on(t.siteId),
    index('devices_user_idx').on(t.userId),
    index('devices_model_idx').on(t.modelId),
    check('devices_ownership_ck', oneOf(t.ownership, OWNERSHIPS)),
    check('devices_mac_ck', sql`${t.mac} ~ '^[0-9a-f]{12}$'`),
    check('devices_iccid_ck', sql`${t.iccid} ~ '^89[0-9]{17,18}$'`),
    check('devices_one_identifier_ck', sql`${t.mac} is null or ${t.iccid} is null`),
  ],
);

/**
 * The lines of a device, 1 … n, each registering with SIP credentials of its own. Only what the
 * registrar needs to verify a digest is kept: HA1 = H(username:realm:password) in MD5 and SHA-256
 * (RFC 7616). The password itself is never stored; it is shown once when it is made.
 */
export const deviceLines = pgTable(
  'device_lines',
  {
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    userId: uuid('user_id').references(() => users.id),
    sipUsername: text('sip_username').notNull(),
    realm: text('realm').notNull(),
    ha1Md5: text('ha1_md5').notNull(),
    ha1Sha256: text('ha1_sha256').notNull(),
    credentialsSetAt: ts('credentials_set_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.deviceId, t.line] }),
    uniqueIndex('device_lines_sip_username_uq').on(t.sipUsername),
    index('device_lines_user_idx').on(t.userId),
    check(
      'device_lines_line_ck',
      sql`${t.line} between ${sql.raw(String(MIN_MODEL_LINES))} and ${sql.raw(String(MAX_MODEL_LINES))}`,
    ),
    check('device_lines_ha1_ck', sql`${t.ha1Md5} ~ '^[0-9a-f]{32}$' and ${t.ha1Sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
