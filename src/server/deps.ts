import type { FastifyBaseLogger } from 'fastify';
import type { AuthCache } from './access/auth-cache';
import type { SecretBox } from './access/crypto';
import type { Revocations } from './access/revocations';
import type { SecurityPolicyStore } from './access/security-policies/store';
import type { Config } from './config';
import type { Database } from './db/client';
import type { JobRunner } from './jobs/runner';
import type { Mailer } from './notifications/mailer';

/** What the app is built from; tests build it with their own database, clock and config. */
export type AppDeps = {
  database: Database;
  config: Config;
  secrets: SecretBox;
  /** The time; tests move it to cross idle timeouts, lockouts and password expiry. */
  clock: () => Date;
  /** The installation's provider (made by bootstrap before the app is built). */
  providerId: string;
};

/** The app's shared services, built once from the deps. */
export type AppServices = AppDeps & {
  authCache: AuthCache;
  /** Tells the other servers what `authCache` dropped, and drops what they tell. */
  revocations: Revocations;
  policies: SecurityPolicyStore;
  log: FastifyBaseLogger;
  /** Sends e-mail when SMTP_URL is set (only the outbox's sender uses it); null: messages are only recorded. */
  mailer: Mailer | null;
  /** The background jobs; `serve` starts them, closing the app stops them. */
  jobs: JobRunner<AppServices>;
};
