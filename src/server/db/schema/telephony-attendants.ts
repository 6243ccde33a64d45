import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AttendantMenus, OperatorTarget } from '../../../core/telephony/attendants';
import { AUDIO_FORMATS } from '../../../core/telephony/audio';
import { bytea, created, oneOf, updated, values } from './columns';
import { enterprises, sites } from './directory';
import { schedules } from './telephony-schedules';

/** Telephony (C2): auto attendants (keuzemenu's) and the audio files of their greetings. */

/**
 * An uploaded greeting or announcement, WAV or MP3 (judged by its content), kept in the database
 * itself: both databases alike, and a backup of the database is a backup of the audio. Owned by
 * the enterprise, or by one of its sites (a site admin's uploads). Only attendants use audio and
 * they keep their site and enterprise from removal, so audio goes with its enterprise and becomes
 * the enterprise's when its site goes.
 */
export const audioFiles = pgTable(
  'audio_files',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    format: text('format', { enum: values(AUDIO_FORMATS) }).notNull(),
    codec: text('codec').notNull(),
    sampleRate: integer('sample_rate').notNull(),
    channels: integer('channels').notNull(),
    durationMs: integer('duration_ms'),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: created(),
  },
  (t) => [
    index('audio_files_enterprise_idx').on(t.enterpriseId, sql`lower(${t.name})`, t.id),
    index('audio_files_site_idx').on(t.siteId),
    check('audio_files_format_ck', oneOf(t.format, AUDIO_FORMATS)),
    check('audio_files_size_ck', sql`${t.sizeBytes} = octet_length(${t.content})`),
  ],
);

/**
 * An auto attendant of a site: its menus (business hours, after hours, holidays) as one
 * document checked by core, its operator, and the schedule that chooses the menus. The schedule
 * is a plain uuid here (schedules are another part of telephony; the services check it through
 * the target registry). Its extension and number are in the number plan (assignee type
 * auto_attendant).
 */
export const autoAttendants = pgTable(
  'auto_attendants',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    /** The schedule that chooses between the menus (a schedule in use is not removed). */
    scheduleId: uuid('schedule_id').references(() => schedules.id),
    operator: jsonb('operator').$type<OperatorTarget>(),
    menus: jsonb('menus').$type<AttendantMenus>().notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('auto_attendants_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('auto_attendants_site_idx').on(t.siteId),
    index('auto_attendants_schedule_idx').on(t.scheduleId),
  ],
);

/**
 * What an attendant's menus and operator point at (users, groups, queues, attendants, audio),
 * one row per target, written with the attendant: the "never a dangling reference" finders read
 * this index in one query instead of every attendant's document.
 */
export const autoAttendantTargets = pgTable(
  'auto_attendant_targets',
  {
    attendantId: uuid('attendant_id')
      .notNull()
      .references(() => autoAttendants.id, { onDelete: 'cascade' }),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    uniqueIndex('auto_attendant_targets_uq').on(t.attendantId, t.targetType, t.targetId),
    index('auto_attendant_targets_target_idx').on(t.targetType, t.targetId),
  ],
);
