import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Training } from '../../../core/knowledge/trainings';
import { buildWorld, PASSWORD, type World } from '../../testing/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let w: World;
let admin: Agent;
let desk: Agent;

type Row = { id: string; accountId: string; accountEmail: string; training: Training };
type Page = { items: Row[]; nextCursor: string | null };

/** Every record an agent can list, page by page, with the size of each page. */
async function listAll(agent: Agent, limit: number): Promise<{ rows: Row[]; sizes: number[] }> {
  const rows: Row[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const res = await agent.get(
      `/api/training-records?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page;
    rows.push(...page.items);
    sizes.push(page.items.length);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { rows, sizes };
}

const record = (agent: Agent, accountId: string, training: Training, completedOn = '2026-10-01') =>
  agent.post('/api/training-records', { accountId, training, completedOn });

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  desk = await t.login(w.accounts.provider_agent.email, PASSWORD);
  // A login for the Utrecht user, so that enterprise A has user-level accounts on both sites.
  const utrecht = await admin.post('/api/accounts', {
    email: 'utr.login@a.test',
    name: 'Utr Login',
    role: 'end_user',
    enterpriseId: w.enterprises.A.id,
    userId: w.users.uUtr.id,
  });
  expect(utrecht.statusCode).toBe(201);
  const utrechtId: string = utrecht.json().account.id;
  // Interleaved, so that a page filtered after the query would come out short.
  for (const [accountId, training] of [
    [w.accounts.end_user.id, 'end_user'],
    [utrechtId, 'end_user'],
    [w.accounts.agent.id, 'call_center'],
    [utrechtId, 'receptionist'],
    [w.accounts.receptionist.id, 'receptionist'],
    [w.accounts.enterprise_admin_b.id, 'end_user'],
    [w.accounts.supervisor.id, 'call_center'],
    [w.accounts.site_admin.id, 'telecom_manager'],
    [utrechtId, 'call_center'],
  ] as const) {
    expect((await record(desk, accountId, training)).statusCode).toBe(201);
  }
});
afterAll(async () => t.close());

describe('listing training records', () => {
  it('gives a site admin the records of the logins on its sites and its own, in full pages', async () => {
    const siteAdmin = await t.login(w.accounts.site_admin.email, PASSWORD);
    const { rows, sizes } = await listAll(siteAdmin, 2);
    expect(new Set(rows.map((r) => r.accountEmail))).toEqual(
      new Set([
        w.accounts.end_user.email,
        w.accounts.agent.email,
        w.accounts.receptionist.email,
        w.accounts.supervisor.email,
        w.accounts.site_admin.email,
      ]),
    );
    expect(rows).toHaveLength(5);
    // Every page but the last is full: the scope is applied before paging, not after.
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('gives a partner admin its own records and those of its customers, none of another', async () => {
    const partner = await t.login(w.accounts.partner_admin.email, PASSWORD);
    const { rows } = await listAll(partner, 50);
    const emails = rows.map((r) => r.accountEmail);
    expect(emails).toContain(w.accounts.partner_admin.email);
    expect(emails).toContain('utr.login@a.test');
    expect(emails).toContain(w.accounts.enterprise_admin.email);
    expect(emails).not.toContain(w.accounts.enterprise_admin_b.email);
    expect(emails).not.toContain(w.accounts.partner_admin_b.email);
  });

  it('gives the provider every record and filters by account and training', async () => {
    const { rows } = await listAll(desk, 100);
    const emails = new Set(rows.map((r) => r.accountEmail));
    for (const email of [
      w.accounts.partner_admin_b.email,
      w.accounts.enterprise_admin_b.email,
      'utr.login@a.test',
    ])
      expect(emails).toContain(email);
    const filtered = (await desk.get('/api/training-records?training=call_center')).json() as Page;
    expect(filtered.items.map((r) => r.training)).toEqual(['call_center', 'call_center', 'call_center']);
    const own = (
      await desk.get(`/api/training-records?accountId=${w.accounts.receptionist.id}`)
    ).json() as Page;
    expect(own.items.map((r) => [r.accountEmail, r.training])).toEqual([
      [w.accounts.receptionist.email, 'receptionist'],
    ]);
  });
});

describe('recording and removing', () => {
  it('refuses a completion date in the future and an account outside the scope, changing nothing', async () => {
    const before = (await listAll(desk, 100)).rows.length;
    const future = await record(desk, w.accounts.end_user.id, 'end_user', '2999-01-01');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields).toEqual({ completedOn: 'may not lie in the future' });
    const unknown = await record(desk, '00000000-0000-4000-8000-000000000000', 'end_user');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual({ accountId: 'no such account' });
    expect((await listAll(desk, 100)).rows.length).toBe(before);
  });

  it('closes the training gate again when the Telecom Manager record is removed', async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    const { items } = (
      await desk.get(
        `/api/training-records?accountId=${w.accounts.enterprise_admin.id}&training=telecom_manager`,
      )
    ).json() as Page;
    expect(items).toHaveLength(1);
    const site = { name: 'Gate Test', street: 'Straat 2', city: 'Zwolle', postcode: '8011 AA' };
    const allowed = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, {
      ...site,
      lineType: 'fibre',
      voiceChannels: 4,
      codec: 'g711',
    });
    expect(allowed.statusCode).toBe(201);
    expect((await desk.delete(`/api/training-records/${items[0]?.id}`)).statusCode).toBe(204);
    expect((await tm.get('/api/me')).json().account.trainingRequired).toBe(true);
    const refused = await tm.patch(`/api/sites/${allowed.json().id}`, { voiceChannels: 6 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('training_required');
    // The removal is in the audit log, with what was removed.
    const events = (
      await admin.get(`/api/audit-events?entityType=training_record&action=delete&entityId=${items[0]?.id}`)
    ).json().items;
    expect(events).toHaveLength(1);
    expect(events[0].actor.email).toBe(w.accounts.provider_agent.email);
  });

  it('lets an enterprise admin read its records but not write them', async () => {
    const tm = await t.login(w.accounts.enterprise_admin_b.email, PASSWORD);
    const { rows } = await listAll(tm, 50);
    expect(rows.map((r) => r.accountEmail)).toEqual([
      w.accounts.enterprise_admin_b.email,
      w.accounts.enterprise_admin_b.email,
    ]);
    const res = await record(tm, w.accounts.enterprise_admin_b.id, 'end_user');
    expect(res.statusCode).toBe(403);
  });
});
