import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pngFile } from '../../../core/telephony/audio-test-files';
import { auditEvents, ticketAttachments } from '../../db/schema';
import type { ActorName } from '../../testing/fixtures';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

// A small upload limit (20 KiB), so that "too large" needs no megabytes in the test.
const s = worldSuite({ CENTRALE_TICKET_ATTACHMENT_MAX_MIB: String(20 / 1024) });
type Issue = { path: string; code: string };
const issuesOf = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

const TRACE = Buffer.from('INVITE sip:201@demo.centrale SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.5:5060\r\n\r\n');

async function ticketOfA(options: Parameters<typeof fresh.ticket>[3] = {}) {
  return fresh.ticket(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, options);
}

async function upload(
  who: ActorName,
  ticketId: string,
  bytes: Uint8Array,
  query = 'name=trace.txt',
  type = 'application/octet-stream',
) {
  return (await s.as(who)).post(`/api/tickets/${ticketId}/attachments?${query}`, Buffer.from(bytes), {
    'content-type': type,
  });
}

const stored = async (ticketId: string) =>
  s.t.database.db.select().from(ticketAttachments).where(eq(ticketAttachments.ticketId, ticketId));

describe('ticket attachments', () => {
  it('takes a SIP trace from the Telecom Manager and gives it back as a download, byte for byte', async () => {
    const ticket = await ticketOfA();
    const res = await upload('enterprise_admin', ticket.id, TRACE, 'name=sip%20trace');
    expect(res.statusCode).toBe(201);
    const sha256 = createHash('sha256').update(TRACE).digest('hex');
    expect(res.json()).toMatchObject({
      ticketId: ticket.id,
      name: 'sip trace.txt',
      kind: 'text',
      contentType: 'text/plain; charset=utf-8',
      sizeBytes: TRACE.length,
      sha256,
      visibility: 'customer',
      authorRole: 'enterprise_admin',
    });
    const agent = await s.as('provider_agent');
    const list = await agent.get(`/api/tickets/${ticket.id}/attachments`);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
    const content = await agent.get(`/api/ticket-attachments/${res.json().id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="sip trace.txt"; filename*=UTF-8''sip%20trace.txt`,
    );
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers.etag).toBe(`"${sha256}"`);
    expect(Buffer.from(content.rawPayload).equals(TRACE)).toBe(true);
    const [entry] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, res.json().id));
    expect(entry).toMatchObject({ entityType: 'ticket_attachment', action: 'create' });
    expect(JSON.stringify(entry)).not.toContain('INVITE');
  });

  it('judges by content: a PNG sent as application/pdf and named .pdf is a PNG', async () => {
    const ticket = await ticketOfA();
    const res = await upload('site_admin', ticket.id, pngFile(), 'name=leds.pdf', 'application/pdf');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'png', contentType: 'image/png', name: 'leds.png' });
  });

  it('refuses a program renamed .png, an empty file and a file above the limit, storing nothing', async () => {
    const ticket = await ticketOfA();
    const exe = await upload(
      'enterprise_admin',
      ticket.id,
      Buffer.from('MZ\x90\x00\x03\x00', 'latin1'),
      'name=foto.png',
    );
    expect(exe.statusCode).toBe(422);
    expect(issuesOf(exe)).toEqual([['file', 'attachment_type_refused']]);
    const empty = await upload('enterprise_admin', ticket.id, new Uint8Array(0));
    expect(empty.statusCode).toBe(422);
    expect(issuesOf(empty)).toEqual([['file', 'attachment_empty']]);
    const big = await upload('enterprise_admin', ticket.id, Buffer.alloc(21 * 1024, 0x41));
    expect(big.statusCode).toBe(413);
    const zip = await upload('enterprise_admin', ticket.id, TRACE, 'name=x.zip', 'application/zip');
    expect(zip.statusCode).toBe(415);
    const noName = await upload('enterprise_admin', ticket.id, TRACE, '');
    expect(noName.statusCode).toBe(400);
    expect(await stored(ticket.id)).toEqual([]);
  });

  it('keeps internal files at the provider: a customer may not make one, nor list, read or fetch it', async () => {
    const ticket = await ticketOfA();
    const asked = await upload('enterprise_admin', ticket.id, TRACE, 'name=t.txt&visibility=internal');
    expect(asked.statusCode).toBe(422);
    expect(issuesOf(asked)).toEqual([['visibility', 'internal_comment_provider_only']]);
    const internal = await upload('provider_agent', ticket.id, TRACE, 'name=t.txt&visibility=internal');
    expect(internal.statusCode).toBe(201);
    const id = internal.json().id as string;
    for (const who of ['enterprise_admin', 'partner_admin', 'site_admin'] as const) {
      const agent = await s.as(who);
      expect((await agent.get(`/api/tickets/${ticket.id}/attachments`)).json().items).toEqual([]);
      expect((await agent.get(`/api/ticket-attachments/${id}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/ticket-attachments/${id}/content`)).statusCode).toBe(404);
    }
    const [entry] = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(entry).toMatchObject({ enterpriseId: null, siteId: null, partnerId: null });
  });

  it('takes no file on a closed ticket (409 ticket_closed)', async () => {
    const ticket = await ticketOfA({ status: 'closed' });
    const res = await upload('enterprise_admin', ticket.id, TRACE);
    expect(res.statusCode).toBe(409);
    expect(issuesOf(res)).toEqual([['', 'ticket_closed']]);
  });

  it('does not let parallel uploads pass the limit of 50 per ticket together', async () => {
    const ticket = await ticketOfA();
    for (let i = 0; i < 48; i++) await fresh.attachment(s.t.database.db, ticket.id);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        upload('enterprise_admin', ticket.id, Buffer.from(`log ${i}\n`), `name=log-${i}.txt`),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 201, 409, 409, 409]);
    for (const r of answers.filter((a) => a.statusCode === 409))
      expect(issuesOf(r)).toEqual([['', 'ticket_attachments_full']]);
    expect(await stored(ticket.id)).toHaveLength(50);
  });

  it("answers another enterprise's ticket and file as unknown", async () => {
    const ticket = await ticketOfA();
    const file = await fresh.attachment(s.t.database.db, ticket.id);
    const other = await s.as('enterprise_admin_b');
    expect((await upload('enterprise_admin_b', ticket.id, TRACE)).statusCode).toBe(404);
    expect((await other.get(`/api/ticket-attachments/${file.id}/content`)).statusCode).toBe(404);
    expect((await other.get('/api/ticket-attachments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });
});
