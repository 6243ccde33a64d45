import { afterAttempt, type RetryPolicy } from '../../../core/notifications/outbox';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { defineJob, type JobServices } from '../../jobs/runner';
import type { Mailer } from '../mailer';
import * as repo from './repository';

/** How long a claimed message stays the claimant's before another sender may take it over. */
export const SENDING_LEASE_MS = 15 * 60_000;

export type SenderServices = { database: Database; config: Config; clock: () => Date };

export type SendReport = { claimed: number; sent: number; retried: number; failed: number };

const policyOf = (config: Config): RetryPolicy => ({
  maxAttempts: config.outbox.maxAttempts,
  baseDelayMs: config.outbox.baseDelayMs,
  maxDelayMs: config.outbox.maxDelayMs,
});

/**
 * One round of the sender: claims the due messages (SKIP LOCKED, so parallel rounds on any server
 * take different ones), hands each to the mailer outside any transaction, and records the outcome:
 * sent, again after the backoff, or failed after the last attempt or a permanent refusal. Without
 * a mailer (no SMTP_URL) nothing is claimed: every message stays queued and visible.
 */
export async function sendDueMessages(
  services: SenderServices,
  mailer: Mailer | null,
  options: { signal?: AbortSignal } = {},
): Promise<SendReport> {
  const report: SendReport = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  if (mailer === null) return report;
  const { database, config, clock } = services;
  const policy = policyOf(config);
  const now = clock();
  const claimed = await repo.claimDue(
    database.db,
    now,
    config.outbox.batchSize,
    new Date(now.getTime() + SENDING_LEASE_MS),
  );
  report.claimed = claimed.length;
  for (const message of claimed) {
    // A stopping server leaves the rest claimed; their lease lapses and another sender takes them.
    if (options.signal?.aborted) break;
    const result = await mailer.send({
      messageId: `<${message.id}@centrale>`,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      language: message.language,
    });
    const at = clock();
    const outcome = afterAttempt(result, message.attempts, at, policy);
    const lastError = result.ok ? '' : result.error;
    await repo.finishAttempt(
      database.db,
      message,
      outcome.state === 'sent'
        ? { state: 'sent', sentAt: at }
        : outcome.state === 'queued'
          ? { state: 'queued', nextAttemptAt: outcome.nextAttemptAt, lastError }
          : { state: 'failed', lastError },
    );
    report[outcome.state === 'queued' ? 'retried' : outcome.state]++;
  }
  return report;
}

export const OUTBOX_SENDER_JOB = 'notifications.outbox-sender';

/** The job that sends the outbox, every CENTRALE_OUTBOX_INTERVAL_MS. */
export const outboxSenderJob = defineJob<JobServices & { mailer: Mailer | null }>({
  name: OUTBOX_SENDER_JOB,
  interval: (config) => config.outbox.intervalMs,
  run: async ({ services, signal, log }) => {
    const report = await sendDueMessages(services, services.mailer, { signal });
    if (report.claimed > 0) log.info(report, 'outbox round');
  },
});
