import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration from the environment; every variable is listed in README.md.
 * Bad values stop the start with a message naming the variable.
 */
const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CENTRALE_PUBLIC_URL: z.string().url().optional(),
  CENTRALE_TIMEZONE: z.string().min(1).default('Europe/Amsterdam'),
  CENTRALE_PROVIDER_NAME: z.string().trim().min(1).max(200).default('Demo Telecom'),
  CENTRALE_ADMIN_EMAIL: z.string().email().default('admin@example.com'),
  CENTRALE_ADMIN_PASSWORD: z.string().min(1).optional(),
  CENTRALE_DEMO: flag.default(true),
  CENTRALE_DEMO_PASSWORD: z.string().min(1).optional(),
  CENTRALE_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  CENTRALE_SESSION_IDLE_MINUTES: positiveInt.default(30),
  CENTRALE_SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  CENTRALE_LOGIN_RATE_LIMIT: positiveInt.default(20),
  CENTRALE_MAX_ENTERPRISE_ADMINS: positiveInt.default(3),
  CENTRALE_MAX_BLF_ENTRIES: positiveInt.max(1000).default(50),
  CENTRALE_TRUST_PROXY: flag.default(false),
  CENTRALE_COOKIE_SECURE: flag.optional(),
  CENTRALE_AUDIO_MAX_MIB: z.coerce.number().positive().max(100).default(5),
  CENTRALE_TICKET_ATTACHMENT_MAX_MIB: z.coerce.number().positive().max(100).default(10),
  CENTRALE_SIP_REALM: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,100}$/, 'must be a SIP realm (letters, digits, dots and hyphens)')
    .default('centrale'),
  CENTRALE_TICKET_REOPEN_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  CENTRALE_JOBS: flag.default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  CENTRALE_MAIL_FROM: z.string().trim().min(3).max(200).default('Centrale <centrale@localhost>'),
  CENTRALE_PROVIDER_LANGUAGE: z.enum(['nl', 'en']).default('nl'),
  CENTRALE_OUTBOX_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  CENTRALE_OUTBOX_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  CENTRALE_SLA_SWEEP_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
  CENTRALE_SLA_SWEEP_BATCH: z.coerce.number().int().min(1).max(10_000).default(1000),
  CENTRALE_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  CENTRALE_OUTBOX_RETRY_BASE_SECONDS: z.coerce.number().positive().max(86_400).default(60),
  CENTRALE_OUTBOX_RETRY_MAX_SECONDS: z.coerce
    .number()
    .positive()
    .max(7 * 86_400)
    .default(6 * 3600),
  CENTRALE_UNJUSTIFIED_THRESHOLD_PERCENT: z.coerce.number().min(0).max(100).default(5),
  CENTRALE_REPAIR_RETURN_ADDRESS: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .default(String.raw`RISET BV\nt.a.v. Vodafone Returns\nLemelerbergweg 14\n1101 AJ  Amsterdam Zuidoost`),
  CENTRALE_REPAIR_WARRANTY_MONTHS: z.coerce.number().int().min(0).max(240).default(24),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  publicUrl: string | undefined;
  timezone: string;
  providerName: string;
  adminEmail: string;
  adminPassword: string | undefined;
  demo: boolean;
  demoPassword: string | undefined;
  secretKey: string | undefined;
  session: { idleMinutes: number; absoluteHours: number };
  loginRateLimitPerMinute: number;
  maxEnterpriseAdmins: number;
  /** The most users one user's busy-lamp-field list may watch (capacity, guide §3.2.5). */
  maxBlfEntries: number;
  trustProxy: boolean;
  cookieSecure: boolean;
  /** The SIP digest realm of the device lines' credentials (HA1 is computed with it). */
  sipRealm: string;
  /** The largest greeting or announcement audio file that may be uploaded, in bytes. */
  audioMaxBytes: number;
  /** The largest file that may be attached to a ticket, in bytes. */
  ticketAttachmentMaxBytes: number;
  /** Days after its resolution during which a ticket may be reopened (resolved/closed → in progress). */
  ticketReopenDays: number;
  /** Whether `serve` runs the background jobs (every server may: each round runs on one of them). */
  jobs: boolean;
  /** The outbox (C7): how messages leave and how failures are retried. */
  outbox: {
    /** `smtp://user:pass@host:port` (or smtps://); without it messages are recorded, not sent. */
    smtpUrl: string | undefined;
    from: string;
    intervalMs: number;
    batchSize: number;
    maxAttempts: number;
    baseDelayMs: number;
    maxDelayMs: number;
  };
  /** The SLA sweep: how often it looks for clocks to warn about or escalate, and how many per statement. */
  sla: { sweepMs: number; batchSize: number };
  /** The language of the e-mails to the provider's desks. */
  providerLanguage: 'nl' | 'en';
  /** Above this share (percent) of unjustified incidents in a year an enterprise is flagged (guide §3.2.4). */
  unjustifiedThresholdPercent: number;
  /** Repairs (guide §4.4): where defective devices go, and the warranty term of bought ones. */
  repairs: {
    /** The return address, lines separated by newlines (`\n` in the variable). */
    returnAddress: string;
    warrantyMonths: number;
  };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.CENTRALE_PUBLIC_URL,
    timezone: e.CENTRALE_TIMEZONE,
    providerName: e.CENTRALE_PROVIDER_NAME,
    adminEmail: e.CENTRALE_ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.CENTRALE_ADMIN_PASSWORD,
    demo: e.CENTRALE_DEMO,
    demoPassword: e.CENTRALE_DEMO_PASSWORD,
    secretKey: e.CENTRALE_SECRET_KEY,
    session: {
      idleMinutes: e.CENTRALE_SESSION_IDLE_MINUTES,
      absoluteHours: e.CENTRALE_SESSION_ABSOLUTE_HOURS,
    },
    loginRateLimitPerMinute: e.CENTRALE_LOGIN_RATE_LIMIT,
    maxEnterpriseAdmins: e.CENTRALE_MAX_ENTERPRISE_ADMINS,
    maxBlfEntries: e.CENTRALE_MAX_BLF_ENTRIES,
    trustProxy: e.CENTRALE_TRUST_PROXY,
    cookieSecure: e.CENTRALE_COOKIE_SECURE ?? e.CENTRALE_PUBLIC_URL?.startsWith('https://') ?? false,
    sipRealm: e.CENTRALE_SIP_REALM,
    audioMaxBytes: Math.floor(e.CENTRALE_AUDIO_MAX_MIB * 1024 * 1024),
    ticketAttachmentMaxBytes: Math.floor(e.CENTRALE_TICKET_ATTACHMENT_MAX_MIB * 1024 * 1024),
    ticketReopenDays: e.CENTRALE_TICKET_REOPEN_DAYS,
    jobs: e.CENTRALE_JOBS,
    outbox: {
      smtpUrl: e.SMTP_URL,
      from: e.CENTRALE_MAIL_FROM,
      intervalMs: e.CENTRALE_OUTBOX_INTERVAL_MS,
      batchSize: e.CENTRALE_OUTBOX_BATCH,
      maxAttempts: e.CENTRALE_OUTBOX_MAX_ATTEMPTS,
      baseDelayMs: Math.round(e.CENTRALE_OUTBOX_RETRY_BASE_SECONDS * 1000),
      maxDelayMs: Math.round(
        Math.max(e.CENTRALE_OUTBOX_RETRY_MAX_SECONDS, e.CENTRALE_OUTBOX_RETRY_BASE_SECONDS) * 1000,
      ),
    },
    sla: { sweepMs: e.CENTRALE_SLA_SWEEP_MS, batchSize: e.CENTRALE_SLA_SWEEP_BATCH },
    providerLanguage: e.CENTRALE_PROVIDER_LANGUAGE,
    unjustifiedThresholdPercent: e.CENTRALE_UNJUSTIFIED_THRESHOLD_PERCENT,
    repairs: {
      returnAddress: e.CENTRALE_REPAIR_RETURN_ADDRESS.replaceAll('\\n', '\n'),
      warrantyMonths: e.CENTRALE_REPAIR_WARRANTY_MONTHS,
    },
  };
}
