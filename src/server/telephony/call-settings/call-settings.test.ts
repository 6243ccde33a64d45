import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  type CallSettingsInput,
  DEFAULT_QUEUE_MESSAGES,
  DEFAULT_TRANSFER,
} from '../../../core/telephony/call-settings';
import { formatNational } from '../../../core/telephony/numbers';
import { enterpriseCallSettings, siteCallSettings } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

const url = (id: string) => `/api/enterprises/${id}/call-settings`;
const ref = (e164: string) => ({ number: e164, national: formatNational(e164) });

/** A body with the defaults and the given presentation. */
const body = (presentation: Partial<CallSettingsInput['presentation']> = {}) => ({
  presentation: { displayName: 'Voorbeeld BV', mainNumber: null, sites: [], ...presentation },
  transfer: DEFAULT_TRANSFER,
  queueMessages: DEFAULT_QUEUE_MESSAGES,
});

/** 020-notation of an E.164 Amsterdam number (+3120…) as a user would type it. */
const typed = (e164: string) => `0${e164.slice(3, 5)} ${e164.slice(5, 8)} ${e164.slice(8)}`;

type Changes = Record<string, { from?: unknown; to?: unknown }>;

describe("an enterprise's call settings", () => {
  it('are the defaults until set: the enterprise’s name, no main number, Dutch queue texts', async () => {
    const tm = await s.as('enterprise_admin_b');
    const res = await tm.get(url(s.w.enterprises.B.id));
    expect([res.statusCode, res.json()]).toEqual([
      200,
      {
        enterpriseId: s.w.enterprises.B.id,
        presentation: { displayName: s.w.enterprises.B.name, mainNumber: null, sites: [] },
        transfer: DEFAULT_TRANSFER,
        queueMessages: DEFAULT_QUEUE_MESSAGES,
      },
    ]);
  });

  it('take main numbers of the plan in any notation, store E.164, audit before and after', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const { numbers: free } = await fresh.numberBlock(s.t.database.db, A, { size: 1 });
    const { numbers: ams } = await fresh.numberBlock(s.t.database.db, A, {
      size: 1,
      siteId: s.w.sites.ams.id,
    });
    const main = free[0]?.number as string;
    const amsMain = ams[0]?.number as string;
    const wanted = {
      ...body({
        displayName: 'Voorbeeld BV',
        mainNumber: typed(main),
        sites: [
          {
            siteId: s.w.sites.ams.id,
            mainNumber: `+31 (0)${amsMain.slice(3)}`,
            displayName: 'Voorbeeld Amsterdam',
          },
          { siteId: s.w.sites.utr.id, mainNumber: null, displayName: 'Voorbeeld Utrecht' },
        ],
      }),
      transfer: { blind: true, attended: false, outside: false, recallSeconds: 45 },
      queueMessages: { ...DEFAULT_QUEUE_MESSAGES, position: 'Er zijn {position} bellers voor u.' },
    };
    const res = await tm.put(url(A), wanted);
    const expected = {
      enterpriseId: A,
      presentation: {
        displayName: 'Voorbeeld BV',
        mainNumber: ref(main),
        sites: [
          {
            siteId: s.w.sites.ams.id,
            siteName: 'Amsterdam',
            mainNumber: ref(amsMain),
            displayName: 'Voorbeeld Amsterdam',
          },
          {
            siteId: s.w.sites.utr.id,
            siteName: 'Utrecht',
            mainNumber: null,
            displayName: 'Voorbeeld Utrecht',
          },
        ],
      },
      transfer: wanted.transfer,
      queueMessages: wanted.queueMessages,
    };
    expect([res.statusCode, res.json()]).toEqual([200, expected]);
    expect((await tm.get(url(A))).json()).toEqual(expected);
    const { items } = (await tm.get(`/api/audit-events?entityType=call_settings&entityId=${A}`)).json();
    expect(items[0].changes).toMatchObject({
      displayName: { from: s.w.enterprises.A.name, to: 'Voorbeeld BV' },
      mainNumber: { from: null, to: main },
      transfer: { from: DEFAULT_TRANSFER, to: wanted.transfer },
    });
    expect(items[0].changes.sites.to).toEqual({
      [s.w.sites.ams.id]: { siteName: 'Amsterdam', mainNumber: amsMain, displayName: 'Voorbeeld Amsterdam' },
      [s.w.sites.utr.id]: { siteName: 'Utrecht', mainNumber: null, displayName: 'Voorbeeld Utrecht' },
    });
    await tm.put(url(A), body());
  });

  it('take a number assigned to a user as the main number (any number of the plan may be presented)', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const { numbers } = await fresh.numberBlock(s.t.database.db, A, { size: 1, siteId: s.w.sites.ams.id });
    const number = numbers[0]?.number as string;
    const user = await fresh.user(s.t.database.db, A, s.w.sites.ams.id);
    expect(
      (await tm.put(`/api/users/${user.id}/numbers`, { extension: null, fixed: number, mobile: null }))
        .statusCode,
    ).toBe(200);
    const res = await tm.put(url(A), body({ mainNumber: number }));
    expect([res.statusCode, res.json().presentation.mainNumber]).toEqual([200, ref(number)]);
    await tm.put(url(A), body());
    await tm.put(`/api/users/${user.id}/numbers`, { extension: null, fixed: null, mobile: null });
  });

  it('refuse numbers outside the plan, a site’s number of another site and a site of another enterprise, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const { numbers: utr } = await fresh.numberBlock(s.t.database.db, A, {
      size: 1,
      siteId: s.w.sites.utr.id,
    });
    const { numbers: ofB } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.B.id, { size: 1 });
    const before = (await tm.get(url(A))).json();
    const cases: [unknown, string[][]][] = [
      [body({ mainNumber: '020 123 4567' }), [['presentation.mainNumber', 'main_number_not_in_plan']]],
      [body({ mainNumber: ofB[0]?.number }), [['presentation.mainNumber', 'main_number_not_in_plan']]],
      [
        body({
          sites: [{ siteId: s.w.sites.ams.id, mainNumber: utr[0]?.number as string, displayName: null }],
        }),
        [['presentation.sites.0.mainNumber', 'main_number_other_site']],
      ],
      [
        body({ sites: [{ siteId: s.w.sites.b1.id, mainNumber: null, displayName: 'Geraden' }] }),
        [['presentation.sites.0.siteId', 'site_not_in_enterprise']],
      ],
      [
        body({
          mainNumber: ofB[0]?.number,
          sites: [
            { siteId: s.w.sites.utr.id, mainNumber: utr[0]?.number as string, displayName: null },
            { siteId: '00000000-0000-4000-8000-000000000000', mainNumber: null, displayName: 'Niets' },
          ],
        }),
        [
          ['presentation.mainNumber', 'main_number_not_in_plan'],
          ['presentation.sites.1.siteId', 'site_not_in_enterprise'],
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const res = await tm.put(url(A), input);
      expect(res.statusCode).toBe(422);
      expect(issues(res).sort()).toEqual(expected.sort());
    }
    expect((await tm.get(url(A))).json()).toEqual(before);
  });

  it.each<[string, unknown, string[]]>([
    [
      'no presentation',
      { transfer: DEFAULT_TRANSFER, queueMessages: DEFAULT_QUEUE_MESSAGES },
      ['presentation'],
    ],
    ['a main number that is none', body({ mainNumber: 'zes' }), ['presentation.mainNumber']],
    [
      'a display name with a line break',
      body({ displayName: 'Voorbeeld\nBV' }),
      ['presentation.displayName'],
    ],
    [
      'an empty site override',
      body({
        sites: [{ siteId: '00000000-0000-4000-8000-000000000001', mainNumber: null, displayName: null }],
      }),
      ['presentation.sites.0.mainNumber'],
    ],
    [
      'a recall of 5 seconds',
      { ...body(), transfer: { ...DEFAULT_TRANSFER, recallSeconds: 5 } },
      ['transfer.recallSeconds'],
    ],
    [
      'a transfer flag as text',
      { ...body(), transfer: { ...DEFAULT_TRANSFER, blind: 'ja' } },
      ['transfer.blind'],
    ],
    [
      'a position text without {position}',
      { ...body(), queueMessages: { ...DEFAULT_QUEUE_MESSAGES, position: 'Even geduld.' } },
      ['queueMessages.position'],
    ],
    [
      'a welcome text too long',
      { ...body(), queueMessages: { ...DEFAULT_QUEUE_MESSAGES, welcome: 'a'.repeat(501) } },
      ['queueMessages.welcome'],
    ],
    [
      'a closed text with a NUL',
      { ...body(), queueMessages: { ...DEFAULT_QUEUE_MESSAGES, closed: 'Dicht\u0000' } },
      ['queueMessages.closed'],
    ],
  ])('refuse %s with a field message (400) and change nothing', async (_, input, paths) => {
    const tm = await s.as('enterprise_admin');
    const before = (await tm.get(url(s.w.enterprises.A.id))).json();
    const res = await tm.put(url(s.w.enterprises.A.id), input);
    expect(res.statusCode).toBe(400);
    expect(issues(res).map(([path]) => path)).toEqual(paths);
    expect((await tm.get(url(s.w.enterprises.A.id))).json()).toEqual(before);
  });

  it('are read by a site administrator (its own sites’ overrides), not changed; another enterprise is not found', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    await tm.put(
      url(A),
      body({
        sites: [
          { siteId: s.w.sites.ams.id, mainNumber: null, displayName: 'Ams' },
          { siteId: s.w.sites.utr.id, mainNumber: null, displayName: 'Utr' },
        ],
      }),
    );
    const site = await s.as('site_admin');
    const seen = await site.get(url(A));
    expect(seen.statusCode).toBe(200);
    expect(seen.json().presentation.sites.map((o: { siteId: string }) => o.siteId)).toEqual([
      s.w.sites.ams.id,
    ]);
    expect((await site.put(url(A), body())).statusCode).toBe(403);
    const other = await s.as('enterprise_admin_b');
    expect((await other.get(url(A))).statusCode).toBe(404);
    expect((await other.put(url(A), body())).statusCode).toBe(404);
    const admin = await s.as('provider_admin');
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await admin.get(url(none))).statusCode).toBe(404);
    expect((await admin.put(url(none), body())).statusCode).toBe(404);
    await tm.put(url(A), body());
  });

  it('keep a main number from going: its block is not removed, a site’s is not moved to another site', async () => {
    const tm = await s.as('enterprise_admin');
    const admin = await s.as('provider_admin');
    const A = s.w.enterprises.A.id;
    const { block, numbers } = await fresh.numberBlock(s.t.database.db, A, { size: 2 });
    const [first, second] = numbers.map((n) => n.number) as [string, string];
    const ids = numbers.map((n) => n.id);
    expect(
      (
        await tm.put(
          url(A),
          body({
            mainNumber: first,
            sites: [{ siteId: s.w.sites.ams.id, mainNumber: second, displayName: null }],
          }),
        )
      ).statusCode,
    ).toBe(200);
    const refused = await admin.delete(`/api/number-blocks/${block.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'block_has_main_number',
      params: { numbers: `${formatNational(first)}, ${formatNational(second)} (Amsterdam)` },
    });
    expect(refused.json().error.issues[0].message).toContain(formatNational(first));
    const moved = await tm.patch(`/api/numbers/${ids[1]}`, { siteId: s.w.sites.utr.id });
    expect([moved.statusCode, issues(moved)]).toEqual([422, [['siteId', 'number_is_site_main_number']]]);
    // Allocating it to its own site keeps the rule: a number of that site.
    expect((await tm.patch(`/api/numbers/${ids[1]}`, { siteId: s.w.sites.ams.id })).statusCode).toBe(200);
    await tm.put(url(A), body());
    expect((await admin.delete(`/api/number-blocks/${block.id}`)).statusCode).toBe(204);
  });

  it('and a block’s removal in parallel never cross: one of the two is refused, nothing dangles', async () => {
    const admin = await s.as('provider_admin');
    const B = s.w.enterprises.B.id;
    for (let round = 0; round < 12; round++) {
      const { block, numbers } = await fresh.numberBlock(s.t.database.db, B, { size: 1 });
      const number = numbers[0]?.number as string;
      const [put, removal] = await Promise.all([
        admin.put(url(B), body({ displayName: 'Race BV', mainNumber: number })),
        admin.delete(`/api/number-blocks/${block.id}`),
      ]);
      const outcome = [put.statusCode, removal.statusCode];
      expect([
        [200, 409],
        [422, 204],
      ]).toContainEqual(outcome);
      const stored = (await admin.get(url(B))).json().presentation.mainNumber;
      expect(stored).toEqual(put.statusCode === 200 ? ref(number) : null);
      if (put.statusCode === 200) {
        expect(removal.json().error.issues[0].code).toBe('block_has_main_number');
        await admin.put(url(B), body({ displayName: 'Race BV' }));
        expect((await admin.delete(`/api/number-blocks/${block.id}`)).statusCode).toBe(204);
      } else {
        expect(issues(put)).toEqual([['presentation.mainNumber', 'main_number_not_in_plan']]);
      }
    }
  });

  it('lose a site’s override with its site', async () => {
    const admin = await s.as('provider_admin');
    const A = s.w.enterprises.A.id;
    const site = await fresh.site(s.t.database.db, A);
    expect(
      (
        await admin.put(
          url(A),
          body({ sites: [{ siteId: site.id, mainNumber: null, displayName: 'Tijdelijk' }] }),
        )
      ).statusCode,
    ).toBe(200);
    expect((await admin.delete(`/api/sites/${site.id}`)).statusCode).toBe(204);
    expect((await admin.get(url(A))).json().presentation.sites).toEqual([]);
    const rows = await s.t.database.db
      .select()
      .from(siteCallSettings)
      .where(eq(siteCallSettings.siteId, site.id));
    expect(rows).toEqual([]);
    await admin.put(url(A), body());
  });

  it('end with one row whatever parallel changes arrive, each audited from the true before', async () => {
    const tm = await s.as('partner_admin_b');
    const B = s.w.enterprises.B.id;
    const bodies = Array.from({ length: 8 }, (_, i) => ({
      ...body({ displayName: `Parallel ${i}` }),
      transfer: { ...DEFAULT_TRANSFER, recallSeconds: 10 + i * 10 },
    }));
    const answers = await Promise.all(bodies.map((b) => tm.put(url(B), b)));
    expect(answers.map((a) => a.statusCode)).toEqual(bodies.map(() => 200));
    const rows = await s.t.database.db
      .select()
      .from(enterpriseCallSettings)
      .where(eq(enterpriseCallSettings.enterpriseId, B));
    expect(rows).toHaveLength(1);
    const { items } = (await tm.get(`/api/audit-events?entityType=call_settings&entityId=${B}`)).json();
    expect(items).toHaveLength(8);
    // Replayed oldest first, every `from` is what the change before left.
    let state: Record<string, unknown> = { displayName: s.w.enterprises.B.name, transfer: DEFAULT_TRANSFER };
    for (const { changes } of [...(items as { changes: Changes }[])].reverse()) {
      for (const field of ['displayName', 'transfer']) {
        const change = changes[field];
        if (change === undefined) continue;
        expect(change.from, field).toEqual(state[field]);
        state = { ...state, [field]: change.to };
      }
    }
    expect(rows[0]?.displayName).toBe(state.displayName);
    expect(rows[0]?.recallSeconds).toBe((state.transfer as { recallSeconds: number }).recallSeconds);
  });
});
