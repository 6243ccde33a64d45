import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE, DEFAULT_TARIFFS } from '../../../core/servicedesk/catalogue';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);

let n = 0;
const key = (prefix = 'test') => `${prefix}-${++n}-${Date.now().toString(36)}`;
const item = (extra: Record<string, unknown> = {}) => ({
  category: 'infrastructure',
  name: { nl: 'Verhuizing naar de overkant', en: 'Move across the street' },
  description: { nl: 'Verhuizen', en: 'Moving' },
  leadTime: { kind: 'on_request' },
  ...extra,
});

describe('the change catalogue', () => {
  it('is seeded once with the guide’s items, in its order, with lead times and costs', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.get('/api/change-catalogue');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string; leadTime: unknown; leadTimeByLineType: unknown }[];
    expect(items.map((i) => i.key)).toEqual(DEFAULT_CATALOGUE.map((i) => i.key));
    expect(items.find((i) => i.key === 'number-porting')?.leadTime).toEqual({
      kind: 'working_days',
      count: 20,
    });
    expect(items.find((i) => i.key === 'move-same-area')).toMatchObject({
      leadTime: { kind: 'on_request' },
      leadTimeByLineType: { dsl: { kind: 'weeks', count: 6 } },
      asks: ['siteId'],
    });
    const tariffs = (await tm.get('/api/tariffs')).json().items as { key: string; amount: number }[];
    expect(tariffs.map((t) => t.key).sort()).toEqual(DEFAULT_TARIFFS.map((t) => t.key).sort());
    expect(tariffs.find((t) => t.key === 'hourly-rate')).toMatchObject({
      amount: 95,
      currency: 'EUR',
      unit: 'hour',
    });
  });

  it('is edited by the provider, every change audited, and a retired item is the provider’s to see', async () => {
    const admin = await s.as('provider_admin');
    const k = key('retire');
    const created = await admin.post('/api/change-catalogue', { key: k, ...item() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: k,
      asks: [],
      cost: null,
      active: true,
      leadTimeByLineType: {},
    });
    const changed = await admin.patch(`/api/change-catalogue/${k}`, {
      leadTime: { kind: 'weeks', count: 2 },
      active: false,
    });
    expect(changed.statusCode).toBe(200);
    // The fields not named stay as they were.
    expect(changed.json()).toMatchObject({ name: { nl: 'Verhuizing naar de overkant' }, active: false });
    const tm = await s.as('enterprise_admin');
    expect((await tm.get(`/api/change-catalogue/${k}`)).statusCode).toBe(404);
    expect(
      ((await tm.get('/api/change-catalogue')).json().items as { key: string }[]).map((i) => i.key),
    ).not.toContain(k);
    expect((await (await s.as('provider_agent')).get(`/api/change-catalogue/${k}`)).statusCode).toBe(200);
    const { items } = (await admin.get(`/api/audit-events?entityType=catalogue_item&entityId=${k}`)).json();
    expect(items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect((await admin.delete(`/api/change-catalogue/${k}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/change-catalogue/${k}`)).statusCode).toBe(404);
  });

  it.each<[string, Record<string, unknown>, number, [string, string][]]>([
    ['a taken key', { key: 'hunt-group-change' }, 409, [['key', 'catalogue_key_taken']]],
    ['a key in capitals', { key: 'Hunt-Group' }, 400, [['key', 'catalogue_key']]],
    [
      'an unknown tariff',
      { cost: { tariffKey: 'gold', quantity: 1 } },
      422,
      [['cost.tariffKey', 'tariff_unknown']],
    ],
    [
      'a line-type lead time without the site',
      { leadTimeByLineType: { dsl: { kind: 'weeks', count: 6 } } },
      422,
      [['leadTimeByLineType', 'line_type_needs_site']],
    ],
    [
      'a line type that does not exist',
      { asks: ['siteId'], leadTimeByLineType: { isdn: { kind: 'weeks', count: 6 } } },
      400,
      [],
    ],
    ['zero working days', { leadTime: { kind: 'working_days', count: 0 } }, 400, []],
  ])('refuses %s, storing nothing', async (_, extra, status, expected) => {
    const admin = await s.as('provider_admin');
    const before = (await admin.get('/api/change-catalogue')).json().items.length;
    const res = await admin.post('/api/change-catalogue', { key: key(), ...item(extra) });
    expect(res.statusCode).toBe(status);
    if (expected.length > 0) expect(issues(res)).toEqual(expected);
    expect((await admin.get('/api/change-catalogue')).json().items.length).toBe(before);
  });

  it('checks a change as the item would be (a patch that breaks a rule across fields is refused)', async () => {
    const admin = await s.as('provider_admin');
    const res = await admin.patch('/api/change-catalogue/move-same-area', { asks: [] });
    expect([res.statusCode, issues(res)]).toEqual([422, [['leadTimeByLineType', 'line_type_needs_site']]]);
    expect((await admin.get('/api/change-catalogue/move-same-area')).json().asks).toEqual(['siteId']);
  });

  it('is not for end users, and not editable by anyone but the provider’s administrators', async () => {
    expect((await (await s.as('end_user')).get('/api/change-catalogue')).statusCode).toBe(403);
    const agent = await s.as('provider_agent');
    expect((await agent.patch('/api/change-catalogue/sim-mutation', { active: false })).statusCode).toBe(403);
    expect(
      (
        await (
          await s.as('enterprise_admin')
        ).post('/api/tariffs', { key: key(), name: { nl: 'a', en: 'a' }, unit: 'each', amount: 1 })
      ).statusCode,
    ).toBe(403);
  });
});

describe('the tariff list', () => {
  it('keeps amounts to the cent and refuses to remove a tariff items price by, naming them', async () => {
    const admin = await s.as('provider_admin');
    const k = key('tariff');
    expect(
      (
        await admin.post('/api/tariffs', {
          key: k,
          name: { nl: 'Voorrij', en: 'Call-out' },
          unit: 'each',
          amount: 49.95,
        })
      ).json(),
    ).toMatchObject({ key: k, amount: 49.95 });
    expect(
      (await admin.post('/api/tariffs', { key: k, name: { nl: 'b', en: 'b' }, unit: 'each', amount: 1 }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await admin.post('/api/tariffs', {
          key: key(),
          name: { nl: 'b', en: 'b' },
          unit: 'each',
          amount: 1.001,
        })
      ).statusCode,
    ).toBe(400);
    const a = key('priced');
    await admin.post('/api/change-catalogue', { key: a, ...item({ cost: { tariffKey: k, quantity: 2 } }) });
    const refused = await admin.delete(`/api/tariffs/${k}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'tariff_in_use',
      params: { count: 1, items: a },
    });
    await admin.patch(`/api/change-catalogue/${a}`, { cost: null });
    expect((await admin.delete(`/api/tariffs/${k}`)).statusCode).toBe(204);
  });

  it('never loses a tariff an item prices by when both happen at once', async () => {
    const admin = await s.as('provider_admin');
    for (let round = 0; round < 8; round++) {
      const k = key('race');
      await admin.post('/api/tariffs', { key: k, name: { nl: 'r', en: 'r' }, unit: 'each', amount: 10 });
      const [priced, removed] = await Promise.all([
        admin.post('/api/change-catalogue', {
          key: key('race-item'),
          ...item({ cost: { tariffKey: k, quantity: 1 } }),
        }),
        admin.delete(`/api/tariffs/${k}`),
      ]);
      const outcome = [priced.statusCode, removed.statusCode];
      expect([
        [201, 409],
        [422, 204],
      ]).toContainEqual(outcome);
    }
  });
});
