import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outboxMessages } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import { startSmtp } from '../../testing/smtp';
import { worldSuite } from '../../testing/world-suite';
import { type Mailer, smtpMailer } from '../mailer';
import { sendDueMessages } from './sender';

const s = worldSuite();
const db = () => s.t.database.db;
const services = () => s.t.app.services;

function serviceRequest(extra: Record<string, unknown> = {}) {
  return {
    type: 'service',
    enterpriseId: s.w.enterprises.A.id,
    title: 'Extra toestel',
    description: 'Graag een extra toestel op de receptie',
    siteId: s.w.sites.ams.id,
    businessCritical: false,
    impact: 'low',
    urgency: 'high',
    contact: { name: 'Tom', phone: '020 794 0000' },
    ...extra,
  };
}

const messagesOf = (ticketId: string) =>
  db()
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.entityId, ticketId))
    .orderBy(outboxMessages.createdAt);

async function report(extra: Record<string, unknown> = {}) {
  const res = await (await s.as('enterprise_admin')).post('/api/tickets', serviceRequest(extra));
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; number: string; desk: { id: string } | null };
}

/** Sends whatever is due until nothing is (so each test starts from an empty queue). */
async function flush(mailer: Mailer) {
  for (let i = 0; i < 10; i++) if ((await sendDueMessages(services(), mailer)).claimed === 0) return;
}

describe('ticket events in the outbox', () => {
  it('a new ticket: a receipt to the reporter and a message to its desk, in the same transaction', async () => {
    const ticket = await report();
    const rows = await messagesOf(ticket.id);
    const reporter = s.w.accounts.enterprise_admin.email;
    expect(rows.map((r) => [r.kind, r.recipient, r.language, r.state, r.attempts])).toEqual(
      expect.arrayContaining([
        ['ticket_created', reporter, 'nl', 'queued', 0],
        ['ticket_created', 'support@centrale.example', 'nl', 'queued', 0],
      ]),
    );
    expect(rows).toHaveLength(2);
    const receipt = rows.find((r) => r.recipient === reporter);
    expect(receipt?.subject).toBe(`[${ticket.number}] Melding ontvangen: Extra toestel`);
    expect(receipt?.body).toContain('Wij hebben uw melding ontvangen');
    expect(receipt?.entityLabel).toBe(ticket.number);
  });

  it('a refused report records no message', async () => {
    const before = await db().select({ n: sql<number>`count(*)::int` }).from(outboxMessages);
    const res = await (await s.as('enterprise_admin')).post(
      '/api/tickets',
      serviceRequest({ siteId: s.w.sites.b1.id }),
    );
    expect(res.statusCode).toBe(422);
    const after = await db().select({ n: sql<number>`count(*)::int` }).from(outboxMessages);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('the desk’s status change goes to the reporter only, in the language the reporter chose', async () => {
    const tm = await s.as('enterprise_admin');
    expect((await tm.put('/api/me/language', { language: 'fr' })).statusCode).toBe(400);
    const chosen = await tm.put('/api/me/language', { language: 'en' });
    expect([chosen.statusCode, chosen.json()]).toEqual([200, { language: 'en' }]);
    expect((await tm.get('/api/me')).json().account.language).toBe('en');
    const changed = await db().select().from(auditEvents).where(eq(auditEvents.action, 'language_changed'));
    expect(changed.map((e) => e.entityId)).toEqual([s.w.accounts.enterprise_admin.id]);
    try {
      const ticket = await report();
      const agent = await s.as('provider_agent');
      expect(
        (await agent.post(`/api/tickets/${ticket.id}/status`, { status: 'acknowledged' })).statusCode,
      ).toBe(200);
      const changes = (await messagesOf(ticket.id)).filter((r) => r.kind === 'ticket_status_changed');
      expect(changes.map((r) => [r.recipient, r.language, r.subject])).toEqual([
        [s.w.accounts.enterprise_admin.email, 'en', `[${ticket.number}] Status: Acknowledged`],
      ]);
      expect(changes[0]?.body).toContain('from "New" to "Acknowledged"');
      // The desk's own receipt of the new ticket stays in the provider's language.
      expect(
        (await messagesOf(ticket.id)).find((r) => r.recipient === 'support@centrale.example')?.language,
      ).toBe('nl');
      // A step the flow refuses (409) records nothing.
      expect((await agent.post(`/api/tickets/${ticket.id}/status`, { status: 'closed' })).statusCode).toBe(
        409,
      );
      expect((await messagesOf(ticket.id)).filter((r) => r.kind === 'ticket_status_changed')).toHaveLength(1);
      // The reporter answering its own ticket: the desk hears of it, the reporter does not.
      expect(
        (await agent.post(`/api/tickets/${ticket.id}/status`, { status: 'in_progress' })).statusCode,
      ).toBe(200);
      expect(
        (await agent.post(`/api/tickets/${ticket.id}/status`, { status: 'waiting_for_customer' })).statusCode,
      ).toBe(200);
      expect((await tm.post(`/api/tickets/${ticket.id}/status`, { status: 'in_progress' })).statusCode).toBe(
        200,
      );
      const last = (await messagesOf(ticket.id)).filter((r) => r.kind === 'ticket_status_changed').at(-1);
      expect([last?.recipient, last?.language]).toEqual(['support@centrale.example', 'nl']);
    } finally {
      expect((await tm.put('/api/me/language', { language: 'nl' })).statusCode).toBe(200);
    }
  });

  it('comments: the desk’s reaches the reporter, the customer’s reaches the desk, an internal note nobody', async () => {
    const ticket = await report();
    const agent = await s.as('provider_agent');
    const tm = await s.as('enterprise_admin');
    const comment = (who: typeof agent, body: unknown) =>
      who.post(`/api/tickets/${ticket.id}/comments`, body);
    expect((await comment(agent, { body: 'Intern: MAC nakijken', visibility: 'internal' })).statusCode).toBe(
      201,
    );
    expect((await messagesOf(ticket.id)).filter((r) => r.kind === 'ticket_comment')).toEqual([]);
    expect((await comment(agent, { body: 'Welk toestel wilt u?' })).statusCode).toBe(201);
    expect((await comment(tm, { body: 'Een Yealink T54W graag' })).statusCode).toBe(201);
    const comments = (await messagesOf(ticket.id)).filter((r) => r.kind === 'ticket_comment');
    expect(comments.map((r) => r.recipient)).toEqual([
      s.w.accounts.enterprise_admin.email,
      'support@centrale.example',
    ]);
    expect(comments[0]?.body).toContain('> Welk toestel wilt u?');
    for (const r of await messagesOf(ticket.id)) expect(r.body).not.toContain('MAC nakijken');
  });
});

describe('the outbox API', () => {
  it('lists by state and text, pages, and shows one message', async () => {
    const ticket = await report({ title: 'Zoek mij in de outbox' });
    const admin = await s.as('provider_admin');
    const list = await admin.get(`/api/outbox?q=${encodeURIComponent(ticket.number)}&state=queued`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; entityLabel: string; state: string; attempts: number }[];
    expect(items).toHaveLength(2);
    expect(
      items.every((m) => m.entityLabel === ticket.number && m.state === 'queued' && m.attempts === 0),
    ).toBe(true);
    const page = await admin.get('/api/outbox?limit=1');
    expect(page.json().items).toHaveLength(1);
    const next = await admin.get(`/api/outbox?limit=1&cursor=${page.json().nextCursor}`);
    expect(next.json().items[0].id).not.toBe(page.json().items[0].id);
    const one = await admin.get(`/api/outbox/${items[0]?.id}`);
    expect(one.json()).toMatchObject({ id: items[0]?.id, kind: 'ticket_created', channel: 'email' });
    expect((await admin.get('/api/outbox/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await admin.get('/api/outbox?state=lost')).statusCode).toBe(400);
  });

  it('without SMTP every message stays recorded as queued, and the status says nothing is sent', async () => {
    const ticket = await report();
    expect(await sendDueMessages(services(), null)).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
    expect((await messagesOf(ticket.id)).every((r) => r.state === 'queued')).toBe(true);
    const status = await (await s.as('provider_agent')).get('/api/outbox/status');
    expect(status.json().transport).toBe('none');
    expect(status.json().counts.queued).toBeGreaterThanOrEqual(2);
  });

  it('retries a failed message (audited) and refuses any other', async () => {
    const admin = await s.as('provider_admin');
    const failed = await fresh.outboxMessage(db(), 'failed');
    const res = await admin.post(`/api/outbox/${failed.id}/retry`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'queued', attempts: 0 });
    const events = await db().select().from(auditEvents).where(eq(auditEvents.entityId, failed.id));
    expect(events.map((e) => [e.entityType, e.action, e.enterpriseId])).toEqual([
      ['outbox_message', 'retry', null],
    ]);
    const again = await admin.post(`/api/outbox/${failed.id}/retry`);
    expect([again.statusCode, again.json().error.issues[0].code]).toEqual([409, 'outbox_not_failed']);
    const sent = await fresh.outboxMessage(db(), 'sent');
    expect((await admin.post(`/api/outbox/${sent.id}/retry`)).statusCode).toBe(409);
  });

  it('of two parallel retries of one failed message one queues it', async () => {
    const admin = await s.as('provider_admin');
    const failed = await fresh.outboxMessage(db(), 'failed');
    const codes = await Promise.all([1, 2].map(() => admin.post(`/api/outbox/${failed.id}/retry`)));
    expect(codes.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('delivery over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let refuse: (m: { messageId: string | null; attempt: number }) => { code: number } | null = () => null;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startSmtp({ refuse: (m) => refuse(m) });
    mailer = smtpMailer(smtp.url, 'Centrale <desk@centrale.example>', { timeoutMs: 5000 });
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
  });

  const receivedFor = (id: string) => smtp.received.filter((m) => m.messageId === `<${id}@centrale>`);

  it('delivers each message once, with its recipient, subject and language', async () => {
    await flush(mailer);
    const ticket = await report();
    const report1 = await sendDueMessages(services(), mailer);
    expect(report1).toMatchObject({ claimed: 2, sent: 2 });
    for (const row of await messagesOf(ticket.id)) {
      expect(row.state).toBe('sent');
      expect(row.sentAt).not.toBeNull();
      const got = receivedFor(row.id);
      expect(got).toHaveLength(1);
      expect(got[0]?.to).toEqual([row.recipient]);
      expect(got[0]?.raw).toContain('Content-Language: nl');
    }
    // Nothing is sent twice.
    expect(await sendDueMessages(services(), mailer)).toMatchObject({ claimed: 0 });
  });

  it('a server that refuses (451) and then accepts: retried after the backoff and delivered once', async () => {
    await flush(mailer);
    refuse = ({ attempt }) => (attempt <= 2 ? { code: 451 } : null);
    try {
      const ticket = await report();
      const first = await sendDueMessages(services(), mailer);
      expect(first).toMatchObject({ claimed: 2, retried: 2, sent: 0 });
      let rows = await messagesOf(ticket.id);
      const base = s.t.config.outbox.baseDelayMs;
      for (const r of rows) {
        expect([r.state, r.attempts]).toEqual(['queued', 1]);
        expect(r.lastError).toContain('451');
        expect(r.nextAttemptAt?.getTime()).toBeGreaterThan(s.t.clock.now().getTime() + base - 5_000);
      }
      // Not due before the backoff has passed.
      expect(await sendDueMessages(services(), mailer)).toMatchObject({ claimed: 0 });
      s.t.clock.advance(base + 1000);
      expect(await sendDueMessages(services(), mailer)).toMatchObject({ claimed: 2, retried: 2 });
      // The second wait is twice the first.
      rows = await messagesOf(ticket.id);
      for (const r of rows) expect(r.attempts).toBe(2);
      s.t.clock.advance(base + 1000);
      expect(await sendDueMessages(services(), mailer)).toMatchObject({ claimed: 0 });
      s.t.clock.advance(base + 1000);
      expect(await sendDueMessages(services(), mailer)).toMatchObject({ claimed: 2, sent: 2 });
      for (const r of await messagesOf(ticket.id)) {
        expect([r.state, r.attempts, r.lastError]).toEqual(['sent', 3, null]);
        expect(receivedFor(r.id)).toHaveLength(1);
        expect(smtp.attemptsOf(`<${r.id}@centrale>`)).toBe(3);
      }
    } finally {
      refuse = () => null;
    }
  });

  it('a permanent refusal (550) fails at once; the last failed attempt fails the message', async () => {
    await flush(mailer);
    const ticket = await report();
    const [one, two] = await messagesOf(ticket.id);
    // Short waits, so that the clock does not pass the sessions' idle timeout.
    const quick = {
      ...services(),
      config: { ...s.t.config, outbox: { ...s.t.config.outbox, baseDelayMs: 1000, maxDelayMs: 4000 } },
    };
    refuse = ({ messageId }) => (messageId === `<${one?.id}@centrale>` ? { code: 550 } : { code: 421 });
    try {
      await sendDueMessages(quick, mailer);
      const after = new Map((await messagesOf(ticket.id)).map((r) => [r.id, r]));
      expect(after.get(one?.id ?? '')?.state).toBe('failed');
      expect(after.get(one?.id ?? '')?.lastError).toContain('550');
      expect(after.get(two?.id ?? '')?.state).toBe('queued');
      for (let i = 1; i < quick.config.outbox.maxAttempts; i++) {
        s.t.clock.advance(quick.config.outbox.maxDelayMs + 1);
        expect(await sendDueMessages(quick, mailer)).toMatchObject({ claimed: 1 });
      }
      const last = await messagesOf(ticket.id);
      expect(last.map((r) => r.state)).toEqual(['failed', 'failed']);
      expect(last.find((r) => r.id === two?.id)?.attempts).toBe(quick.config.outbox.maxAttempts);
      s.t.clock.advance(quick.config.outbox.maxDelayMs + 1);
      expect(await sendDueMessages(quick, mailer)).toMatchObject({ claimed: 0 });
    } finally {
      refuse = () => null;
    }
  });

  it('a server that cannot be reached is tried again later', async () => {
    await flush(mailer);
    const ticket = await report();
    const down = smtpMailer('smtp://127.0.0.1:1', 'x@centrale.example', { timeoutMs: 2000 });
    try {
      expect(await sendDueMessages(services(), down)).toMatchObject({ claimed: 2, retried: 2 });
      expect((await messagesOf(ticket.id)).map((r) => r.state)).toEqual(['queued', 'queued']);
    } finally {
      down.close();
    }
    s.t.clock.advance(s.t.config.outbox.baseDelayMs + 1000);
    await flush(mailer);
    expect((await messagesOf(ticket.id)).map((r) => r.state)).toEqual(['sent', 'sent']);
  });

  it('two senders in parallel (two connection pools on PostgreSQL) send every message exactly once', async () => {
    await flush(mailer);
    const tickets = [];
    for (let i = 0; i < 10; i++) tickets.push(await report({ title: `Parallel ${i}` }));
    const second = await s.t.database.openAnother();
    const slow = await startSmtp({ delayMs: 5 });
    const slowMailer = smtpMailer(slow.url, 'x@centrale.example');
    try {
      const config = { ...s.t.config, outbox: { ...s.t.config.outbox, batchSize: 4 } };
      const runner = (database: typeof second) => async () => {
        let claimed = 0;
        for (;;) {
          const r = await sendDueMessages({ database, config, clock: s.t.clock.now }, slowMailer);
          if (r.claimed === 0) return claimed;
          claimed += r.claimed;
        }
      };
      const [a, b] = await Promise.all([runner(s.t.database)(), runner(second)()]);
      expect(a + b).toBe(20);
      const ids = slow.received.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(20);
      expect(ids).toHaveLength(20);
      for (const t of tickets) expect((await messagesOf(t.id)).map((r) => r.state)).toEqual(['sent', 'sent']);
    } finally {
      slowMailer.close();
      await slow.close();
      if (second !== s.t.database) await second.close();
    }
  });
});
