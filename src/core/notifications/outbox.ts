import { z } from 'zod';

/**
 * The outbox (DESIGN C7): every message the platform sends is a row first, recorded in the
 * transaction of the change that causes it, then sent by a background job with retries.
 */

/** queued: waits for its next attempt (or for a transport); sending: claimed by a sender; sent; failed: gave up. */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_CHANNELS = ['email'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** What caused a message. A new kind of message adds its kind here. */
export const OUTBOX_KINDS = [
  'ticket_created',
  'ticket_status_changed',
  'ticket_comment',
  'sla_warning',
  'sla_breach',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const RECIPIENT_LANGUAGES = ['nl', 'en'] as const;
export type RecipientLanguage = (typeof RECIPIENT_LANGUAGES)[number];

/** The entity a message is about (for the provider to find the messages of a ticket). */
export const OUTBOX_ENTITY_TYPES = ['ticket'] as const;
export type OutboxEntityType = (typeof OUTBOX_ENTITY_TYPES)[number];

export type RetryPolicy = {
  /** Attempts in all, the first included; after the last failed one the message is `failed`. */
  maxAttempts: number;
  /** The wait after the first failed attempt; each further failure doubles it. */
  baseDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
};

/** The wait after the `attempt`-th failed attempt (1-based): base · 2^(attempt−1), at most the maximum. */
export function backoffDelayMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
): number {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`attempt must be a positive integer: ${attempt}`);
  // 2^31 and more would overflow nothing in JS, but the cap is reached long before; stop doubling there.
  const exponent = Math.min(attempt - 1, 40);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

export type AttemptOutcome =
  | { state: 'sent' }
  | { state: 'queued'; nextAttemptAt: Date }
  | { state: 'failed' };

/**
 * What follows an attempt: sent; or, after a failure, another attempt after the backoff, unless
 * this was the last attempt or the failure is permanent (the server refused the message for good,
 * an SMTP 5xx), then failed.
 */
export function afterAttempt(
  result: { ok: true } | { ok: false; permanent: boolean },
  attempts: number,
  now: Date,
  policy: RetryPolicy,
): AttemptOutcome {
  if (result.ok) return { state: 'sent' };
  if (result.permanent || attempts >= policy.maxAttempts) return { state: 'failed' };
  return { state: 'queued', nextAttemptAt: new Date(now.getTime() + backoffDelayMs(attempts, policy)) };
}

/** Only a failed message is retried by hand (a queued one is already waiting for its attempt). */
export const mayRetry = (state: OutboxState): boolean => state === 'failed';

export const outboxMessageSchema = z.object({
  id: z.string(),
  channel: z.enum(OUTBOX_CHANNELS),
  kind: z.enum(OUTBOX_KINDS),
  recipient: z.string(),
  language: z.enum(RECIPIENT_LANGUAGES),
  subject: z.string(),
  body: z.string(),
  entityType: z.enum(OUTBOX_ENTITY_TYPES).nullable(),
  entityId: z.string().nullable(),
  /** A readable name of the entity (a ticket's number). */
  entityLabel: z.string().nullable(),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxMessageDto = z.infer<typeof outboxMessageSchema>;

export const outboxStatusSchema = z.object({
  /** How messages leave: `smtp` when SMTP_URL is set, `none` when they are only recorded. */
  transport: z.enum(['smtp', 'none']),
  counts: z.object({ queued: z.number(), sending: z.number(), sent: z.number(), failed: z.number() }),
});
export type OutboxStatusDto = z.infer<typeof outboxStatusSchema>;
