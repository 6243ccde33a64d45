import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const db = () => s.t.database.db;

async function newQueue(options: { wrapUpSeconds?: number; siteId?: string } = {}) {
  return fresh.queue(db(), s.w.enterprises.A.id, options.siteId ?? s.w.sites.ams.id, options);
}

describe('agents and supervisors', () => {
  it('are users of the enterprise whose profile includes their role, each once per queue', async () => {
    const tm = await s.as('enterprise_admin');
    const queue = await newQueue();
    const url = `/api/queues/${queue.id}/agents`;
    const agent = await tm.post(url, { userId: s.w.users.uAms2.id });
    expect(agent.statusCode).toBe(201);
    expect(agent.json()).toMatchObject({ userName: 'Ams Agent', role: 'agent', weight: 50 });
    const supervisor = await tm.post(url, { userId: s.w.users.uAms3.id, role: 'supervisor', weight: 10 });
    expect(supervisor.statusCode).toBe(201);
    const utrecht = await tm.post(url, { userId: s.w.users.uUtr.id });
    expect(utrecht.statusCode).toBe(201);
    const mobile = await tm.post(url, { userId: s.w.users.uMobile.id });
    expect([mobile.statusCode, issues(mobile)]).toEqual([422, [['userId', 'queue_agent_feature']]]);
    expect(mobile.json().error.issues[0]?.params).toMatchObject({
      profile: 'Mobiel',
      feature: 'call_center_agent',
    });
    const other = await tm.post(url, { userId: s.w.users.uB.id });
    expect([other.statusCode, issues(other)]).toEqual([422, [['userId', 'user_not_in_enterprise']]]);
    const twice = await tm.post(url, { userId: s.w.users.uAms2.id, role: 'supervisor' });
    expect([twice.statusCode, issues(twice)]).toEqual([409, [['userId', 'queue_agent_taken']]]);
    const bad = await tm.post(url, { userId: 'nobody', role: 'boss', weight: 0 });
    expect(bad.statusCode).toBe(400);
    expect(issues(bad).map(([p]) => p)).toEqual(expect.arrayContaining(['userId', 'role', 'weight']));

    const list = (await tm.get(url)).json().items as { userId: string; role: string }[];
    expect(list.map((a) => [a.userId, a.role])).toEqual([
      [s.w.users.uAms2.id, 'agent'],
      [s.w.users.uAms3.id, 'supervisor'],
      [s.w.users.uUtr.id, 'agent'],
    ]);
    expect((await tm.get(`/api/queues/${queue.id}`)).json()).toMatchObject({
      agentCount: 2,
      supervisorCount: 1,
    });
    const id = agent.json().id;
    const changed = await tm.patch(`/api/queue-agents/${id}`, { weight: 90 });
    expect(changed.json()).toMatchObject({ weight: 90, role: 'agent' });
    expect((await tm.patch(`/api/queue-agents/${id}`, {})).json()).toMatchObject({ weight: 90 });
    expect((await tm.delete(`/api/queue-agents/${id}`)).statusCode).toBe(204);
    const audit = await s.t.database.query<{ action: string }>(
      `select action from audit_events where entity_type = 'queue_agent' and entity_id = $1 order by id`,
      [id],
    );
    expect(audit.map((r) => r.action).sort()).toEqual(['create', 'delete', 'update', 'update']);
  });

  it('keeps a site admin to the users of its own sites', async () => {
    const site = await s.as('site_admin');
    const queue = await newQueue();
    const url = `/api/queues/${queue.id}/agents`;
    const utrecht = await site.post(url, { userId: s.w.users.uUtr.id });
    expect([utrecht.statusCode, issues(utrecht)]).toEqual([422, [['userId', 'user_not_yours']]]);
    expect((await site.post(url, { userId: s.w.users.uAms2.id })).statusCode).toBe(201);
    const elsewhere = await newQueue({ siteId: s.w.sites.utr.id });
    expect(
      (await site.post(`/api/queues/${elsewhere.id}/agents`, { userId: s.w.users.uAms2.id })).statusCode,
    ).toBe(404);
    const b = await s.as('enterprise_admin_b');
    expect((await b.get(url)).statusCode).toBe(404);
  });

  it('adds a user once when the same request comes in parallel', async () => {
    const tm = await s.as('enterprise_admin');
    const queue = await newQueue();
    const user = await fresh.user(db(), s.w.enterprises.A.id, s.w.sites.ams.id, 'flex');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => tm.post(`/api/queues/${queue.id}/agents`, { userId: user.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(issues(r)).toEqual([['userId', 'queue_agent_taken']]);
    const links = await s.t.database.query('select id from queue_agents where user_id = $1', [user.id]);
    expect(links).toHaveLength(1);
  });

  it('keep their user from being removed, and its profile from dropping their feature', async () => {
    const tm = await s.as('enterprise_admin');
    const provider = await s.as('provider_admin');
    const queue = await newQueue();
    const user = await fresh.user(db(), s.w.enterprises.A.id, s.w.sites.ams.id, 'combi');
    await tm.post(`/api/queues/${queue.id}/agents`, { userId: user.id, role: 'supervisor' });
    const removed = await tm.delete(`/api/users/${user.id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error.issues[0]).toMatchObject({
      code: 'in_use',
      params: { count: 1, referrers: queue.name },
    });
    const mobiel = await provider.patch(`/api/users/${user.id}`, { profile: 'mobiel' });
    expect([mobiel.statusCode, issues(mobiel)]).toEqual([422, [['profile', 'profile_queue_roles']]]);
    // The provider cannot take the supervisor's feature out of Combi while a Combi user supervises.
    const combi = (await provider.get('/api/profiles'))
      .json()
      .profiles.find((p: { profile: string }) => p.profile === 'combi');
    const without = combi.features.filter((f: string) => f !== 'call_center_supervisor');
    const matrix = await provider.put('/api/profiles/combi/features', { features: without });
    expect(matrix.statusCode).toBe(409);
    expect(issues(matrix)).toContainEqual(['features.call_center_supervisor', 'feature_in_use']);
    // Nor through the provisioning form's users sheet (Utrecht's user, without a login, as an agent).
    await fresh.queueAgent(db(), queue.id, s.w.users.uUtr.id, 'agent');
    const sheet = await provider.post(
      `/api/enterprises/${s.w.enterprises.A.id}/imports?sheet=users`,
      [
        'name,email,site,profile,extension,number,mobile',
        'Utr User,utr.user@example.test,Utrecht,Mobiel,,,',
      ].join('\n'),
      { 'content-type': 'text/csv' },
    );
    expect(sheet.statusCode).toBe(422);
    const rows = (sheet.json() as unknown as { error: { rows: { column: string; code: string }[] } }).error
      .rows;
    expect(rows.map((r) => [r.column, r.code])).toEqual([['profile', 'profile_queue_roles']]);
    const utrLink = (await tm.get(`/api/queues/${queue.id}/agents`))
      .json()
      .items.find((a: { userId: string }) => a.userId === s.w.users.uUtr.id);
    expect((await tm.delete(`/api/queue-agents/${utrLink.id}`)).statusCode).toBe(204);
    const link = (await tm.get(`/api/queues/${queue.id}/agents`)).json().items[0];
    expect((await tm.delete(`/api/queue-agents/${link.id}`)).statusCode).toBe(204);
    expect((await provider.patch(`/api/users/${user.id}`, { profile: 'vast' })).statusCode).toBe(200);
    expect((await tm.delete(`/api/users/${user.id}`)).statusCode).toBe(204);
  });
});

describe('agent states', () => {
  async function staffed(wrapUpSeconds = 30) {
    const queue = await newQueue({ wrapUpSeconds });
    const colleague = await fresh.user(db(), s.w.enterprises.A.id, s.w.sites.ams.id, 'flex');
    await fresh.queueAgent(db(), queue.id, s.w.users.uAms2.id, 'agent');
    await fresh.queueAgent(db(), queue.id, colleague.id, 'agent');
    await fresh.queueAgent(db(), queue.id, s.w.users.uAms3.id, 'supervisor');
    return { queue, colleague };
  }
  const boardOf = (queueId: string) => `/api/queues/${queueId}/agent-states`;

  it('are changed by the agent itself, by a supervisor of the queue and by admins; audited', async () => {
    const { queue, colleague } = await staffed();
    const agent = await s.as('agent');
    const supervisor = await s.as('supervisor');
    const tm = await s.as('enterprise_admin');
    const board = (await agent.get(boardOf(queue.id))).json();
    expect(board).toMatchObject({ queueName: queue.name, wrapUpSeconds: 30, supervises: false });
    expect(
      board.agents.map((a: { userId: string; state: string; canChange: boolean }) => [
        a.userId,
        a.state,
        a.canChange,
      ]),
    ).toEqual([
      [s.w.users.uAms2.id, 'available', true],
      [colleague.id, 'available', false],
    ]);
    const own = await agent.put(`${boardOf(queue.id)}/${s.w.users.uAms2.id}`, {
      state: 'unavailable',
      reason: 'lunch',
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().agents[0]).toMatchObject({ state: 'unavailable', reason: 'lunch' });
    const others = await agent.put(`${boardOf(queue.id)}/${colleague.id}`, {
      state: 'unavailable',
      reason: 'break',
    });
    expect(others.statusCode).toBe(403);
    expect(others.json().error.issues[0]?.code).toBe('not_a_supervisor');
    expect((await supervisor.get(boardOf(queue.id))).json().supervises).toBe(true);
    const bySupervisor = await supervisor.put(`${boardOf(queue.id)}/${colleague.id}`, {
      state: 'unavailable',
      reason: 'meeting',
    });
    expect(bySupervisor.json().agents[1]).toMatchObject({ state: 'unavailable', reason: 'meeting' });
    const byAdmin = await tm.put(`${boardOf(queue.id)}/${colleague.id}`, { state: 'available' });
    expect(byAdmin.json().agents[1]).toMatchObject({ state: 'available', reason: null });
    // A supervisor is not an agent with a state on the board.
    expect(
      (await tm.put(`${boardOf(queue.id)}/${s.w.users.uAms3.id}`, { state: 'available' })).statusCode,
    ).toBe(404);

    const audit = await s.t.database.query<{
      before: { state: string; reason: string | null };
      after: { state: string; reason: string | null };
    }>(
      `select before, after from audit_events where entity_type = 'agent_state' and entity_id = $1 order by id`,
      [colleague.id],
    );
    expect(audit.map((a) => [a.before.state, a.after.state, a.after.reason])).toEqual([
      ['available', 'unavailable', 'meeting'],
      ['unavailable', 'available', null],
    ]);
  });

  it('refuses an unavailable without reason, a reason otherwise, and wrap-up where there is none', async () => {
    const { queue } = await staffed(0);
    const agent = await s.as('agent');
    const url = `${boardOf(queue.id)}/${s.w.users.uAms2.id}`;
    const noReason = await agent.put(url, { state: 'unavailable' });
    expect([noReason.statusCode, issues(noReason)]).toEqual([422, [['reason', 'agent_reason_required']]]);
    const reason = await agent.put(url, { state: 'available', reason: 'lunch' });
    expect([reason.statusCode, issues(reason)]).toEqual([422, [['reason', 'agent_reason_only_unavailable']]]);
    const wrapUp = await agent.put(url, { state: 'wrap_up' });
    expect([wrapUp.statusCode, issues(wrapUp)]).toEqual([422, [['state', 'agent_no_wrap_up']]]);
    const unknown = await agent.put(url, { state: 'asleep', reason: 'nap' });
    expect(unknown.statusCode).toBe(400);
  });

  it('end a wrap-up by themselves after the queue’s wrap-up time', async () => {
    const { queue, colleague } = await staffed(30);
    const supervisor = await s.as('supervisor');
    const res = await supervisor.put(`${boardOf(queue.id)}/${colleague.id}`, { state: 'wrap_up' });
    const row = res.json().agents[1];
    expect(row.state).toBe('wrap_up');
    expect(new Date(row.until).getTime() - new Date(row.since).getTime()).toBe(30_000);
    s.t.clock.advance(31_000);
    const after = (await supervisor.get(boardOf(queue.id))).json().agents[1];
    expect(after).toMatchObject({ state: 'available', until: null, since: row.until });
  });

  it('are shown to the queue’s own agents and supervisors only, and to admins in scope', async () => {
    const { queue } = await staffed();
    const elsewhere = await newQueue({ siteId: s.w.sites.utr.id });
    expect((await (await s.as('agent')).get(boardOf(elsewhere.id))).statusCode).toBe(404);
    expect((await (await s.as('site_admin')).get(boardOf(elsewhere.id))).statusCode).toBe(404);
    expect((await (await s.as('site_admin')).get(boardOf(queue.id))).statusCode).toBe(200);
    expect((await (await s.as('end_user')).get(boardOf(queue.id))).statusCode).toBe(404);
    expect((await (await s.as('enterprise_admin_b')).get(boardOf(queue.id))).statusCode).toBe(404);
    const readOnly = await (await s.as('provider_agent')).get(boardOf(queue.id));
    expect(readOnly.json()).toMatchObject({ supervises: false });
  });

  it('are one per agent across its queues, also from My phone', async () => {
    const { queue } = await staffed(20);
    const longer = await newQueue({ wrapUpSeconds: 90 });
    await fresh.queueAgent(db(), longer.id, s.w.users.uAms2.id, 'agent');
    const agent = await s.as('agent');
    const mine = (await agent.get('/api/me/agent-state')).json();
    expect(mine.queues.map((q: { id: string }) => q.id)).toEqual(
      expect.arrayContaining([queue.id, longer.id]),
    );
    const away = await agent.put('/api/me/agent-state', { state: 'unavailable', reason: 'training' });
    expect(away.json()).toMatchObject({ state: 'unavailable', reason: 'training' });
    // The same state on every board of the agent.
    const boards = await Promise.all(
      [queue.id, longer.id].map(async (id) => (await agent.get(boardOf(id))).json()),
    );
    for (const b of boards) {
      expect(b.agents.find((a: { userId: string }) => a.userId === s.w.users.uAms2.id)).toMatchObject({
        state: 'unavailable',
      });
    }
    const wrapUp = (await agent.put('/api/me/agent-state', { state: 'wrap_up' })).json();
    expect(new Date(wrapUp.until).getTime() - new Date(wrapUp.since).getTime()).toBe(90_000);
    const chosen = (await agent.put('/api/me/agent-state', { state: 'wrap_up', queueId: queue.id })).json();
    expect(new Date(chosen.until).getTime() - new Date(chosen.since).getTime()).toBe(20_000);
    const notMine = await agent.put('/api/me/agent-state', {
      state: 'wrap_up',
      queueId: (await newQueue()).id,
    });
    expect([notMine.statusCode, issues(notMine)]).toEqual([422, [['queueId', 'not_an_agent']]]);
    expect((await agent.put('/api/me/agent-state', { state: 'available' })).statusCode).toBe(200);
    const supervisor = await s.as('supervisor');
    const notAgent = await supervisor.put('/api/me/agent-state', { state: 'available' });
    expect(notAgent.statusCode).toBe(409);
    expect(notAgent.json().error.issues[0]?.code).toBe('not_an_agent');
  });

  it('queue up under parallel changes: none is lost, each audited from the one before', async () => {
    const { queue, colleague } = await staffed();
    const supervisor = await s.as('supervisor');
    const reasons = ['break', 'lunch', 'meeting', 'training', 'other_work'] as const;
    const results = await Promise.all(
      reasons.map((reason) =>
        supervisor.put(`${boardOf(queue.id)}/${colleague.id}`, { state: 'unavailable', reason }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const audit = await s.t.database.query<{ before: { reason: string | null }; after: { reason: string } }>(
      `select before, after from audit_events where entity_type = 'agent_state' and entity_id = $1`,
      [colleague.id],
    );
    expect(audit).toHaveLength(5);
    // A chain: each change starts from what another left (exactly one starts from available).
    expect(audit.filter((a) => a.before.reason === null || a.before.reason === undefined)).toHaveLength(1);
    expect(new Set(audit.map((a) => a.after.reason))).toEqual(new Set(reasons));
  });
});
