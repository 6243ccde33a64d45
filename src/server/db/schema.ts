import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The one schema of Centrale, for PGlite and PostgreSQL alike. Migrations are generated from it
 * with `npm run db:generate` (drizzle-kit) and applied at start-up.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();

/** Key/value facts about this installation (schema-independent, e.g. when the demo was seeded). */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updated(),
});

export const providers = pgTable('providers', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Europe/Amsterdam'),
  createdAt: created(),
  updatedAt: updated(),
});

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
    lineType: text('line_type', { enum: ['dsl', 'fibre', 'ethernet', 'coax', 'third_party'] }).notNull(),
    voiceChannels: integer('voice_channels').notNull(),
    codec: text('codec', { enum: ['g711', 'g729'] }).notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('sites_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('sites_sort_idx').on(t.enterpriseId, sql`lower(${t.name})`, t.id),
    check('sites_line_type_ck', sql`${t.lineType} in ('dsl','fibre','ethernet','coax','third_party')`),
    check('sites_codec_ck', sql`${t.codec} in ('g711','g729')`),
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
    profile: text('profile', { enum: ['vast', 'combi', 'flex', 'mobiel'] }).notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    // Lists sort case-insensitively (lower(name)) so PGlite and PostgreSQL agree whatever the collation.
    index('users_sort_name_idx').on(t.enterpriseId, sql`lower(${t.name})`, t.id),
    index('users_sort_email_idx').on(t.enterpriseId, sql`lower(${t.email})`, t.id),
    index('users_site_idx').on(t.siteId),
    uniqueIndex('users_email_uq').on(t.enterpriseId, t.email),
    check('users_profile_ck', sql`${t.profile} in ('vast','combi','flex','mobiel')`),
  ],
);

const ROLE_VALUES = [
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'site_admin',
  'end_user',
  'agent',
  'supervisor',
  'receptionist',
] as const;

/** A portal login: of a user of an enterprise, or of provider or partner staff. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLE_VALUES }).notNull(),
    partnerId: uuid('partner_id').references(() => partners.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    userId: uuid('user_id').references(() => users.id),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    totpLastStep: integer('totp_last_step'),
    lastLoginAt: ts('last_login_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('accounts_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('accounts_user_uq').on(t.userId),
    index('accounts_enterprise_idx').on(t.enterpriseId, t.role),
    index('accounts_partner_idx').on(t.partnerId),
    index('accounts_sort_idx').on(sql`lower(${t.email})`, t.id),
    check('accounts_role_ck', sql`${t.role} in (${sql.raw(ROLE_VALUES.map((r) => `'${r}'`).join(','))})`),
    check('accounts_status_ck', sql`${t.status} in ('active','disabled')`),
    check(
      'accounts_scope_ck',
      sql`(${t.role} = 'partner_admin') = (${t.partnerId} is not null) and (${t.role} in ('provider_admin','provider_agent','partner_admin')) = (${t.enterpriseId} is null)`,
    ),
  ],
);

/** The sites a site admin administers. */
export const accountSites = pgTable(
  'account_sites',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.siteId] }), index('account_sites_site_idx').on(t.siteId)],
);

export const passwordHistory = pgTable(
  'password_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    passwordHash: text('password_hash').notNull(),
    createdAt: created(),
  },
  (t) => [index('password_history_account_idx').on(t.accountId, t.createdAt)],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('recovery_codes_account_idx').on(t.accountId)],
);

/** Server-side sessions; the cookie holds a random id, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: created(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    access: text('access', { enum: ['read', 'read_write'] }).notNull(),
    createdAt: created(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_account_idx').on(t.accountId)],
);

export const securityPolicies = pgTable('security_policies', {
  role: text('role', { enum: ROLE_VALUES }).primaryKey(),
  policy: jsonb('policy').notNull(),
  updatedAt: updated(),
});

export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    training: text('training', {
      enum: ['telecom_manager', 'receptionist', 'call_center', 'end_user'],
    }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    notes: text('notes'),
    recordedBy: uuid('recorded_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('training_records_account_idx').on(t.accountId, t.training)],
);

/**
 * The audit log: append-only (a trigger refuses UPDATE and DELETE). Actor fields are copied, not
 * referenced, so that the record outlives the account.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    requestId: text('request_id'),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    partnerId: uuid('partner_id'),
    enterpriseId: uuid('enterprise_id'),
    siteId: uuid('site_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at, t.id),
    index('audit_events_enterprise_idx').on(t.enterpriseId, t.id),
    index('audit_events_actor_idx').on(t.actorId, t.id),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);
