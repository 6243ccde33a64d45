import { isInOfficeHours, isoIn } from '../../../core/calendar/business';
import { handleOf, routeToDesk } from '../../../core/servicedesk/desks';
import { renderSlaMessage } from '../../../core/servicedesk/notifications';
import type { Executor } from '../../db/client';
import type { AppServices } from '../../deps';
import { defineJob } from '../../jobs/runner';
import { type OutgoingMessage, queueMessages } from '../../notifications/outbox/record';
import { listDesks } from '../desks/repository';
import { slaCalendar } from './calendar';
import { backfillClocks } from './clocks';
import type { SweepMark } from './repository';
import * as repo from './repository';

/**
 * The SLA sweep (issue 11): every CENTRALE_SLA_SWEEP_MS, the counting clocks whose warning or
 * due instant has passed are marked (`warned_at`, `escalated_at` on the clock, `sla_warned_at`,
 * `sla_escalated_at` on the ticket) and one e-mail per mark is queued in the outbox to the desk on
 * duty by the contact matrix, in the same transaction. Set-based: each batch is one SELECT … FOR
 * UPDATE SKIP LOCKED of the clock and ticket rows (so two servers, or a request holding the ticket,
 * never meet: the other skips), one UPDATE of each table and one INSERT of the messages. Out of
 * office hours only business-critical tickets are warned about or escalated; the others wait for the
 * next opening (their office-hours targets fall within open time, so nobody is called at night for
 * them). `due_at` and `warn_at` are projected on the policy's hours when a clock's event is
 * recorded, so no work is needed when the office opens or closes.
 */

export type SweepServices = Pick<AppServices, 'database' | 'config'>;
export type SweepReport = { warned: number; escalated: number; messages: number };

async function sweepBatch(
  services: SweepServices,
  tx: Executor,
  mark: SweepMark,
  now: Date,
  office: boolean,
  limit: number,
): Promise<{ claimed: number; messages: number }> {
  const claimed = await repo.claimDueClocks(tx, mark, now, !office, limit);
  if (claimed.length === 0) return { claimed: 0, messages: 0 };
  await repo.markClocks(tx, mark, claimed, now);
  const desks = await listDesks(tx);
  const { publicUrl, providerLanguage, timezone } = services.config;
  const messages: OutgoingMessage[] = [];
  for (const c of claimed) {
    const desk = routeToDesk(desks, handleOf(c), office);
    if (desk?.email == null) continue;
    const kind = mark === 'warn' ? 'sla_warning' : 'sla_breach';
    messages.push({
      kind,
      recipient: desk.email,
      language: providerLanguage,
      ...renderSlaMessage(
        {
          kind,
          clock: c.clock,
          dueAt: c.at === null ? '' : isoIn(timezone, c.at.getTime()),
          businessCritical: c.businessCritical,
        },
        {
          number: c.number,
          type: c.type,
          title: c.title,
          link: publicUrl === undefined ? null : `${publicUrl.replace(/\/$/, '')}/tickets/${c.ticketId}`,
        },
        providerLanguage,
      ),
      entity: { type: 'ticket', id: c.ticketId, label: c.number },
    });
  }
  await queueMessages(tx, now, messages);
  return { claimed: claimed.length, messages: messages.length };
}

/** One sweep at `now`: escalations first (a breach without its warning gets only the escalation), then warnings. */
export async function sweepSla(
  services: SweepServices,
  now: Date,
  options: { signal?: AbortSignal; batchSize?: number } = {},
): Promise<SweepReport> {
  const db = services.database.db;
  const calendar = await slaCalendar({ services }, db);
  const office = isInOfficeHours(calendar, now);
  const limit = options.batchSize ?? services.config.sla.batchSize;
  const report: SweepReport = { warned: 0, escalated: 0, messages: 0 };
  for (const mark of ['escalate', 'warn'] as const) {
    for (;;) {
      if (options.signal?.aborted) return report;
      const batch = await db.transaction((tx) => sweepBatch(services, tx, mark, now, office, limit));
      if (mark === 'warn') report.warned += batch.claimed;
      else report.escalated += batch.claimed;
      report.messages += batch.messages;
      if (batch.claimed < limit) break;
    }
  }
  return report;
}

export const slaSweepJob = defineJob<AppServices>({
  name: 'servicedesk.sla-sweep',
  interval: (config) => config.sla.sweepMs,
  run: async ({ services, now, signal, log }) => {
    const report = await sweepSla(services, now, { signal });
    if (report.warned + report.escalated > 0) log.info(report, 'SLA sweep');
  },
});

/**
 * Tickets without clocks — made before the clocks existed, or by the demo's seed — get them,
 * started at their creation and replayed from their status history, 200 per transaction. Runs
 * soon after start and then hourly; nothing to do is one indexed anti-join.
 */
export const slaBackfillJob = defineJob<AppServices>({
  name: 'servicedesk.sla-backfill',
  interval: () => 60 * 60_000,
  run: async ({ services, now, signal, log }) => {
    let total = 0;
    for (;;) {
      if (signal.aborted) break;
      const n = await services.database.db.transaction((tx) => backfillClocks({ services, now }, tx, 200));
      total += n;
      if (n < 200) break;
    }
    if (total > 0) log.info({ tickets: total }, 'SLA clocks started for tickets without them');
  },
});
