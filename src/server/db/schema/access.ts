import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ACCOUNT_STATUSES } from '../../../core/access/accounts';
import { THROTTLE_SCOPES } from '../../../core/access/login-throttle';
import { ROLES } from '../../../core/access/roles';
import { API_TOKEN_ACCESS } from '../../../core/access/self';
import { RECIPIENT_LANGUAGES } from '../../../core/notifications/outbox';
import { created, oneOf, ts, updated, values } from './columns';
import { enterprises, partners, sites, users } from './directory';

/** Access (C1): portal accounts, their credentials, sessions, tokens and security policies. */

/** A portal login: of a user of an enterprise, or of provider or partner staff. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: values(ROLES) }).notNull(),
    partnerId: uuid('partner_id').references(() => partners.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    userId: uuid('user_id').references(() => users.id),
    status: text('status', { enum: values(ACCOUNT_STATUSES) })
      .notNull()
      .default('active'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    totpLastStep: integer('totp_last_step'),
    lastLoginAt: ts('last_login_at'),
    /** The language of the e-mails the account gets (the outbox renders each message in it). */
    language: text('language', { enum: values(RECIPIENT_LANGUAGES) })
      .notNull()
      .default('nl'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('accounts_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('accounts_user_uq').on(t.userId),
    index('accounts_enterprise_idx').on(t.enterpriseId, t.role),
    index('accounts_partner_idx').on(t.partnerId),
    index('accounts_sort_idx').on(sql`lower(${t.email})`, t.id),
    check('accounts_role_ck', oneOf(t.role, ROLES)),
    check('accounts_status_ck', oneOf(t.status, ACCOUNT_STATUSES)),
    check('accounts_language_ck', oneOf(t.language, RECIPIENT_LANGUAGES)),
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
    access: text('access', { enum: values(API_TOKEN_ACCESS) }).notNull(),
    createdAt: created(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_account_idx').on(t.accountId)],
);

export const securityPolicies = pgTable('security_policies', {
  role: text('role', { enum: values(ROLES) }).primaryKey(),
  policy: jsonb('policy').notNull(),
  updatedAt: updated(),
});

/**
 * Failed logins counted per normalised e-mail (hashed: also addresses no account has), per client
 * address, and per both (core/access/login-throttle.ts). `subject` is '' for the address counter,
 * `address` '' for the e-mail counter. A row means nothing after `expires_at` and is swept.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    scope: text('scope', { enum: values(THROTTLE_SCOPES) }).notNull(),
    subject: text('subject').notNull().default(''),
    address: text('address').notNull().default(''),
    failures: integer('failures').notNull().default(0),
    lastFailedAt: ts('last_failed_at'),
    blockedUntil: ts('blocked_until'),
    lastSuccessAt: ts('last_success_at'),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.subject, t.address] }),
    index('login_throttles_expires_idx').on(t.expiresAt),
    check('login_throttles_scope_ck', oneOf(t.scope, THROTTLE_SCOPES)),
  ],
);
