import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROFILES } from '../../../core/directory/profiles';
import { CODECS, LINE_TYPES } from '../../../core/directory/schemas';
import { created, oneOf, updated, values } from './columns';
import { providers } from './installation';

/** The directory (C1): partners, enterprises, their sites and their users. */

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    name: text('name').notNull(),
    contactEmail: text('contact_email'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('partners_name_uq').on(t.providerId, sql`lower(${t.name})`),
    index('partners_sort_idx').on(sql`lower(${t.name})`, t.id),
  ],
);

export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    partnerId: uuid('partner_id').references(() => partners.id),
    name: text('name').notNull(),
    customerNumber: text('customer_number'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('enterprises_name_uq').on(t.providerId, sql`lower(${t.name})`),
    uniqueIndex('enterprises_customer_number_uq').on(t.providerId, t.customerNumber),
    index('enterprises_partner_idx').on(t.partnerId),
    index('enterprises_sort_idx').on(sql`lower(${t.name})`, t.id),
  ],
);

export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    name: text('name').notNull(),
    street: text('street').notNull(),
    city: text('city').notNull(),
    postcode: text('postcode').notNull(),
    lineType: text('line_type', { enum: values(LINE_TYPES) }).notNull(),
    voiceChannels: integer('voice_channels').notNull(),
    codec: text('codec', { enum: values(CODECS) }).notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('sites_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('sites_sort_idx').on(t.enterpriseId, sql`lower(${t.name})`, t.id),
    check('sites_line_type_ck', oneOf(t.lineType, LINE_TYPES)),
    check('sites_codec_ck', oneOf(t.codec, CODECS)),
    check('sites_voice_channels_ck', sql`${t.voiceChannels} > 0`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id').references(() => sites.id),
    name: text('name').notNull(),
    email: text('email'),
    profile: text('profile', { enum: values(PROFILES) }).notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    // Lists sort case-insensitively (lower(name)) so PGlite and PostgreSQL agree whatever the collation.
    index('users_sort_name_idx').on(t.enterpriseId, sql`lower(${t.name})`, t.id),
    index('users_sort_email_idx').on(t.enterpriseId, sql`lower(${t.email})`, t.id),
    index('users_site_idx').on(t.siteId),
    uniqueIndex('users_email_uq').on(t.enterpriseId, t.email),
    check('users_profile_ck', oneOf(t.profile, PROFILES)),
  ],
);
