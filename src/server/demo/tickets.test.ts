import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/harness';
import { seedDemo } from './seed';

const PASSWORD = 'Demo-Password-2026!';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.database, {
    providerId: t.providerId,
    password: PASSWORD,
    dataDir: mkdtempSync(path.join(tmpdir(), 'centrale-demo-')),
    now: t.clock.now(),
  });
});
afterAll(async () => t?.close());

describe('the demo tickets', () => {
  it('gives Voorbeeld BV tickets in several states, the internal note for the desk only', async () => {
    const tm = await t.login('telecom.manager@voorbeeld.example', PASSWORD);
    const desk = await t.login('servicedesk@demo-telecom.example', PASSWORD);
    const mine = (await tm.get('/api/tickets')).json().items as {
      id: string;
      status: string;
      type: string;
    }[];
    expect(new Set(mine.map((x) => x.status)).size).toBeGreaterThanOrEqual(4);
    const incident = mine.find((x) => x.type === 'incident');
    if (incident === undefined) throw new Error('no demo incident');
    const forCustomer = (await tm.get(`/api/tickets/${incident.id}/comments`)).json().items as unknown[];
    const forDesk = (await desk.get(`/api/tickets/${incident.id}/comments`)).json().items as {
      visibility: string;
    }[];
    expect(forDesk.length).toBe(forCustomer.length + 1);
    expect(forDesk.filter((c) => c.visibility === 'internal')).toHaveLength(1);
    const detail = (await tm.get(`/api/tickets/${incident.id}`)).json();
    expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['new', 'acknowledged', 'in_progress']);
  });
});
