import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  baseSnapshot,
  features,
  forwarding,
  ID,
  setFeatures,
  VOICEMAIL_ON,
} from '../../../core/routing/test-fixtures';
import { huntGroupMembers, userFeatures } from '../../db/schema';
import { insertSnapshot } from '../../testing/factories/telephony-routing';
import { worldSuite } from '../../testing/world-suite';
import * as repo from './repository';

const s = worldSuite();
type Item = {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  objects: { type: string; id: string; name: string }[];
};

let ids: Record<string, string> = {};
let seeded = false;

/** The core fixture enterprise (Bakkerij De Vries) with Anna's voicemail on: a clean configuration. */
async function seed(): Promise<void> {
  if (seeded) return;
  const draft = baseSnapshot();
  setFeatures(draft, ID.anna, { voicemail: VOICEMAIL_ON });
  const done = await insertSnapshot(s.t.database.db, draft, {
    enterpriseId: s.w.enterprises.A.id,
    siteId: s.w.sites.ams.id,
  });
  ids = done.ids;
  seeded = true;
}

async function checks(headers: Record<string, string> = {}): Promise<Item[]> {
  await seed();
  const tm = await s.as('enterprise_admin');
  const res = await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/config-checks`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Item[] }).items;
}

const id = (key: string): string => {
  const value = ids[key];
  if (value === undefined) throw new Error(`no id for ${key}`);
  return value;
};

describe('GET /api/enterprises/:enterpriseId/config-checks', () => {
  it('finds no error in a clean configuration', async () => {
    expect((await checks()).filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('reports a forwarding loop A → B → A and a hunt group without members, in the language asked', async () => {
    const db = s.t.database.db;
    for (const [user, to] of [
      [ID.anna, '202'],
      [ID.bob, '201'],
    ] as const) {
      const row = { ...features({ forwarding: forwarding({ always: to }) }), userId: id(user) };
      await db
        .insert(userFeatures)
        .values(row)
        .onConflictDoUpdate({ target: userFeatures.userId, set: { forwarding: row.forwarding } });
    }
    await db.delete(huntGroupMembers).where(eq(huntGroupMembers.huntGroupId, id(ID.sales)));
    await repo.insertRoutingChanges(db, [s.w.enterprises.A.id]);

    const nl = await checks({ 'accept-language': 'nl' });
    const loop = nl.find((c) => c.code === 'loop');
    expect(loop?.severity).toBe('error');
    const loops = nl.filter((c) => c.code === 'loop');
    expect(loops.every((c) => c.severity === 'error')).toBe(true);
    expect(loops.flatMap((c) => c.objects.map((o) => o.id))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^[0-9a-f-]{36}$/)]),
    );
    expect(loop?.message).toMatch(/gaat rond/);
    const empty = nl.find((c) => c.code === 'hunt_group_no_members');
    expect(empty).toMatchObject({ severity: 'warning', objects: [{ type: 'hunt_group', id: id(ID.sales) }] });
    expect(empty?.message).toMatch(/^Huntgroep .* heeft geen leden/);
    // Errors first.
    expect(nl.findIndex((c) => c.severity === 'warning')).toBeGreaterThan(
      nl.findLastIndex((c) => c.severity === 'error'),
    );

    const en = await checks({ 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.find((c) => c.code === 'hunt_group_no_members')?.message).toMatch(
      /^Hunt group .* has no members/,
    );
    expect(en.find((c) => c.code === 'loop')?.message).toMatch(/goes round/);
  });

  it('is 404 for another enterprise and 403 for a site admin', async () => {
    await seed();
    const url = `/api/enterprises/${s.w.enterprises.A.id}/config-checks`;
    expect((await (await s.as('enterprise_admin_b')).get(url)).statusCode).toBe(404);
    expect((await (await s.as('site_admin')).get(url)).statusCode).toBe(403);
  });
});
