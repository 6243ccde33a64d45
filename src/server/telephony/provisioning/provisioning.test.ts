import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditEvents, extensions, numbers, sites, users } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import type { Agent } from '../../testing/harness';
import { worldSuite } from '../../testing/world-suite';
import { XLSX_TYPE } from './files';

const s = worldSuite();
const HEADER = 'name,email,site,profile,extension,number,mobile';
const SITES = 'name,street,city,postcode,line_type,voice_channels,codec';
const FEATURES =
  'dnd,forward_always,forward_busy,forward_no_answer,forward_no_answer_seconds,forward_unreachable,voicemail,caller_id';

type Row = { sheet: string; row: number; column: string; code: string };
const rowsOf = (res: { json(): unknown }) =>
  (res.json() as { error: { rows: Row[] } }).error.rows.map((r) => [r.sheet, r.row, r.column, r.code]);

function importFile(
  agent: Agent,
  enterpriseId: string,
  body: string | Buffer,
  options: { sheet?: string; dryRun?: boolean; type?: string } = {},
) {
  const query = new URLSearchParams();
  if (options.sheet !== undefined || options.type === undefined) query.set('sheet', options.sheet ?? 'users');
  if (options.dryRun) query.set('dryRun', 'true');
  return agent.post(`/api/enterprises/${enterpriseId}/imports?${query}`, body, {
    'content-type': options.type ?? 'text/csv',
  });
}

/** An empty enterprise with one site and a block of numbers, run by the provider admin. */
async function emptyEnterprise(options: { siteName?: string; numbers?: number } = {}) {
  const db = s.t.database.db;
  const enterprise = await fresh.enterprise(db, s.t.providerId);
  const admin = await s.as('provider_admin');
  const siteRes = await admin.post(`/api/enterprises/${enterprise.id}/sites`, {
    name: options.siteName ?? 'Zwolle',
    street: 'Markt 1',
    city: 'Zwolle',
    postcode: '8011 AA',
    lineType: 'fibre',
    voiceChannels: 10,
    codec: 'g711',
  });
  const site = siteRes.json() as { id: string; name: string };
  const block = await fresh.numberBlock(db, enterprise.id, { size: options.numbers ?? 5 });
  return { enterprise, admin, site, numbers: block.numbers };
}

async function tableCounts(enterpriseId: string) {
  const db = s.t.database.db;
  const [u] = await db.select({ n: count() }).from(users).where(eq(users.enterpriseId, enterpriseId));
  const [e] = await db
    .select({ n: count() })
    .from(extensions)
    .where(eq(extensions.enterpriseId, enterpriseId));
  const [st] = await db.select({ n: count() }).from(sites).where(eq(sites.enterpriseId, enterpriseId));
  const [a] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.enterpriseId, enterpriseId));
  const assigned = await db.select({ id: numbers.id }).from(numbers).where(eq(numbers.state, 'assigned'));
  return { users: u?.n, extensions: e?.n, sites: st?.n, audit: a?.n, assigned: assigned.length };
}

const national = (e164: string) => `0${e164.slice(3, 5)} ${e164.slice(5, 8)} ${e164.slice(8)}`;

describe('import of the users sheet', () => {
  it('creates users with their extension and numbers in any notation, audited, and a dry run first says so', async () => {
    const { enterprise, admin, numbers: free } = await emptyEnterprise();
    const [n1, n2] = free;
    const file = [
      HEADER,
      `Jan Jansen,jan@example.nl,Zwolle,Vast,201,${n1?.number},`,
      `Piet Pietersen,PIET@example.nl,zwolle,combi,202,${national(n2?.number ?? '')},06 1234 5678`,
    ].join('\r\n');
    const before = await tableCounts(enterprise.id);
    const fixedOnly = file.replace(',06 1234 5678', ',');
    const dry = await importFile(admin, enterprise.id, fixedOnly, { dryRun: true });

    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, counts: { create: 2, update: 0, unchanged: 0 } });
    expect(await tableCounts(enterprise.id)).toEqual(before);

    // The mobile number is no number of this plan.
    const refused = await importFile(admin, enterprise.id, file);
    expect([refused.statusCode, rowsOf(refused)]).toEqual([
      422,
      [['users', 3, 'mobile', 'number_not_in_plan']],
    ]);
    expect(await tableCounts(enterprise.id)).toEqual(before);

    const res = await importFile(admin, enterprise.id, fixedOnly);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, counts: { create: 2 } });
    const list = await admin.get(`/api/enterprises/${enterprise.id}/users?sort=name`);
    expect(
      (list.json() as { items: { email: string; extension: string; number: string }[] }).items.map((u) => [
        u.email,
        u.extension,
        u.number,
      ]),
    ).toEqual([
      ['jan@example.nl', '201', n1?.number],
      ['piet@example.nl', '202', n2?.number],
    ]);
    const after = await tableCounts(enterprise.id);
    // Two users and two users' numbers recorded.
    expect((after.audit ?? 0) - (before.audit ?? 0)).toBe(4);

    // The same file again changes nothing.
    const again = await importFile(admin, enterprise.id, fixedOnly, { dryRun: true });
    expect(again.json()).toMatchObject({ counts: { create: 0, update: 0, unchanged: 2 } });
  });

  it('reports every bad row at once, duplicates in the file and clashes with the database, and changes nothing', async () => {
    const { enterprise, admin, numbers: free } = await emptyEnterprise();
    const first = await importFile(
      admin,
      enterprise.id,
      [HEADER, `Eerste,eerste@example.nl,,Vast,301,${free[0]?.number},`].join('\n'),
    );
    expect(first.statusCode).toBe(200);
    const before = await tableCounts(enterprise.id);
    const file = [
      HEADER,
      'Twee,twee@example.nl,Nergens,Vast,301,,',
      `Drie,drie@example.nl,,Vast,3,${free[0]?.number},`,
      'Vier,vier@example.nl,,Gold,,,',
      `Vijf,vijf@example.nl,,Mobiel,,${free[1]?.number},`,
      'Zes,TWEE@example.nl,,Vast,,,',
      `"=HYPERLINK(""http://x"")",zeven@example.nl,,Vast,,,`,
    ].join('\n');
    const res = await importFile(admin, enterprise.id, file);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'import_invalid' } });
    expect(rowsOf(res)).toEqual([
      ['users', 2, 'site', 'site_unknown'],
      ['users', 2, 'extension', 'extension_taken'],
      ['users', 3, 'extension', 'extension_length'],
      ['users', 3, 'number', 'number_taken'],
      ['users', 4, 'profile', 'profile_unknown'],
      ['users', 5, 'number', 'number_not_in_profile'],
      ['users', 6, 'email', 'duplicate_in_file'],
      ['users', 7, 'name', 'cell_formula'],
    ]);
    expect(await tableCounts(enterprise.id)).toEqual(before);
  });

  it('accepts semicolons and a BOM, as Dutch Excel writes them', async () => {
    const { enterprise, admin } = await emptyEnterprise();
    const file = `\uFEFF${HEADER.replaceAll(',', ';')}\r\nAnna;anna@example.nl;Zwolle;Flex;;;\r\n`;
    const res = await importFile(admin, enterprise.id, file);
    expect([res.statusCode, res.json()]).toMatchObject([200, { counts: { create: 1 } }]);
  });

  it('lets only the provider change a profile, as the users page does', async () => {
    const ea = await s.as('enterprise_admin');
    const u = s.w.users.uAms;
    const res = await importFile(
      ea,
      s.w.enterprises.A.id,
      [HEADER, `${u.name},${u.email},Amsterdam,Combi,,,`].join('\n'),
    );
    expect([res.statusCode, rowsOf(res)]).toEqual([422, [['users', 2, 'profile', 'profile_change_request']]]);
    const same = await importFile(
      ea,
      s.w.enterprises.A.id,
      [HEADER, `${u.name},${u.email},Amsterdam,Vast,,,`].join('\n'),
      { dryRun: true },
    );
    expect(same.json()).toMatchObject({ counts: { unchanged: 1 } });
  });
});

describe('bad files', () => {
  const cases: [string, string | Buffer, string, number, string][] = [
    ['an empty body', '', 'text/csv', 400, 'bad_request'],
    ['only blanks', ' \n \n', 'text/csv', 400, 'bad_request'],
    [
      'binary garbage as CSV',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'text/csv',
      400,
      'bad_request',
    ],
    ['garbage as XLSX', Buffer.from('PK\u0003\u0004 not really a zip'), XLSX_TYPE, 400, 'bad_request'],
    ['JSON', '{"name":"x"}', 'application/json', 415, 'unsupported_media_type'],
    ['plain text', 'name', 'text/plain', 415, 'unsupported_media_type'],
  ];
  it.each(cases)('%s is a clear 4xx', async (_, body, type, status, code) => {
    const admin = await s.as('enterprise_admin');
    const res = await importFile(admin, s.w.enterprises.A.id, body, { sheet: 'users', type });
    expect([res.statusCode, (res.json() as { error: { code: string } }).error.code]).toEqual([status, code]);
  });

  it('refuses unknown and missing columns in the header, row 1', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await importFile(admin, s.w.enterprises.A.id, 'name,email,shoe\nA,a@example.nl,42');
    expect(rowsOf(res)).toEqual([
      ['users', 1, 'shoe', 'column_unknown'],
      ['users', 1, 'site', 'column_missing'],
      ['users', 1, 'profile', 'column_missing'],
      ['users', 1, 'extension', 'column_missing'],
      ['users', 1, 'number', 'column_missing'],
      ['users', 1, 'mobile', 'column_missing'],
    ]);
  });

  it('takes 10 MB of text garbage as a 4xx, and 21 MiB as 413', async () => {
    const admin = await s.as('enterprise_admin');
    const garbage = 'x,'.repeat(5 * 1024 * 1024);
    const res = await importFile(admin, s.w.enterprises.A.id, garbage);
    expect([res.statusCode, rowsOf(res)]).toEqual([422, [['users', 1, '', 'csv_record_too_long']]]);
    const big = await importFile(admin, s.w.enterprises.A.id, Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect([big.statusCode, (big.json() as { error: { message: string } }).error.message]).toEqual([
      413,
      'The body is larger than the limit of 20 MiB.',
    ]);
  }, 60_000);

  it('keeps the 1 MiB limit on every other route', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.post(`/api/enterprises/${s.w.enterprises.A.id}/sites`, {
      name: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.statusCode).toBe(413);
  });

  it('refuses a formula cell of a workbook, and a workbook without a known sheet', async () => {
    const admin = await s.as('enterprise_admin');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Users');
    ws.addRow(HEADER.split(','));
    ws.addRow(['Jan', 'jan.formula@example.nl', '', 'Vast', '', '', '']);
    ws.getCell('A2').value = { formula: "cmd|' /C calc'!A0", date1904: false };
    const res = await importFile(admin, s.w.enterprises.A.id, Buffer.from(await wb.xlsx.writeBuffer()), {
      type: XLSX_TYPE,
    });
    expect([res.statusCode, rowsOf(res)]).toEqual([422, [['users', 2, 'name', 'cell_formula']]]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Blad1').addRow(['x']);
    const none = await importFile(admin, s.w.enterprises.A.id, Buffer.from(await other.xlsx.writeBuffer()), {
      type: XLSX_TYPE,
    });
    expect([
      none.statusCode,
      (none.json() as { error: { issues: { code: string }[] } }).error.issues[0]?.code,
    ]).toEqual([422, 'import_no_sheet']);
  });

  it('wants a sheet for a CSV file', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.post(`/api/enterprises/${s.w.enterprises.A.id}/imports`, HEADER, {
      'content-type': 'text/csv',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('export', () => {
  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const { enterprise, admin } = await emptyEnterprise();
    await importFile(
      admin,
      enterprise.id,
      [HEADER, `'=cmd|' /C calc'!A0,evil@example.nl,,Vast,,,`].join('\n'),
    );
    const res = await admin.get(`/api/enterprises/${enterprise.id}/export?sheet=users&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toBe(
      `\uFEFF${HEADER},${FEATURES}\r\n'=cmd|' /C calc'!A0,evil@example.nl,,Vast,,,,no,,,,20,,off,own\r\n`,
    );
  });

  it('round-trips: export → import into an empty enterprise → export gives the same file, CSV and XLSX', async () => {
    const from = await emptyEnterprise({ siteName: 'Deventer' });
    await importFile(
      from.admin,
      from.enterprise.id,
      [SITES, 'Kampen,Oudestraat 1,Kampen,8261 CA,dsl,4,g729'].join('\n'),
      { sheet: 'sites' },
    );
    await importFile(
      from.admin,
      from.enterprise.id,
      [
        HEADER,
        'Bea,bea@example.nl,Kampen,Combi,401,,',
        'Cor,cor@example.nl,Deventer,Vast,402,,',
        '"Dirk, de Tweede",dirk@example.nl,,Mobiel,,,',
      ].join('\n'),
    );
    const to = await emptyEnterprise({ siteName: 'Deventer' });
    for (const sheet of ['sites', 'users']) {
      const exported = await from.admin.get(
        `/api/enterprises/${from.enterprise.id}/export?sheet=${sheet}&format=csv`,
      );
      const res = await importFile(to.admin, to.enterprise.id, exported.body, { sheet });
      expect([res.statusCode, res.body]).toEqual([200, expect.any(String)]);
      const again = await to.admin.get(
        `/api/enterprises/${to.enterprise.id}/export?sheet=${sheet}&format=csv`,
      );
      expect(again.body).toBe(exported.body);
    }
    // A workbook of every sheet (numbers belong to one plan only, so they stay behind; the devices
    // round trip is in devices-sheet.test.ts, as a MAC belongs to one enterprise only).
    const xlsx = await from.admin.get(`/api/enterprises/${from.enterprise.id}/export?format=xlsx`);
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const load = async (bytes: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return wb;
    };
    const workbook = await load(xlsx.rawPayload);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['sites', 'users', 'numbers', 'devices']);
    workbook.removeWorksheet('numbers');
    const third = await emptyEnterprise({ siteName: 'Deventer' });
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await importFile(third.admin, third.enterprise.id, body, { type: XLSX_TYPE });
    expect([res.statusCode, res.json()]).toMatchObject([200, { counts: { create: 4, unchanged: 1 } }]);
    const back = await load(
      (await third.admin.get(`/api/enterprises/${third.enterprise.id}/export?format=xlsx`)).rawPayload,
    );
    const values = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)?.getSheetValues();
    for (const name of ['sites', 'users']) expect(values(back, name)).toEqual(values(workbook, name));
  });

  it('gives a template of every sheet', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.get(
      `/api/enterprises/${s.w.enterprises.A.id}/import-template?sheet=sites&format=csv`,
    );
    expect(res.body).toBe(`\uFEFF${SITES}\r\n`);
  });
});

describe('the numbers sheet', () => {
  it('reserves and allocates numbers, and leaves assigning to the users sheet', async () => {
    const { enterprise, admin, numbers: free } = await emptyEnterprise();
    const [a, b] = free;
    const file = [
      'number,state,site,assignee,note',
      `${a?.number},reserved,Zwolle,,balie`,
      `${b?.number},assigned,,x@example.nl,`,
    ].join('\n');
    const res = await importFile(admin, enterprise.id, file, { sheet: 'numbers' });
    expect([res.statusCode, rowsOf(res)]).toEqual([422, [['numbers', 3, 'state', 'number_assign_on_users']]]);
    const ok = await importFile(admin, enterprise.id, file.split('\n').slice(0, 2).join('\n'), {
      sheet: 'numbers',
    });
    expect(ok.json()).toMatchObject({ counts: { update: 1 } });
    const exported = await admin.get(`/api/enterprises/${enterprise.id}/export?sheet=numbers&format=csv`);
    expect(exported.body.split('\r\n')[1]).toBe(`${national(a?.number ?? '')},reserved,Zwolle,,balie`);
  });
});

describe('parallel imports', () => {
  it('of overlapping files: each number goes to one user, no e-mail address twice', async () => {
    const { enterprise, admin, numbers: free } = await emptyEnterprise();
    const n = free[0]?.number;
    const one = [HEADER, `Een,een@example.nl,,Vast,501,${n},`, 'Samen,samen@example.nl,,Vast,,,'].join('\n');
    const two = [HEADER, `Twee,twee@example.nl,,Vast,502,${n},`, 'Samen,samen@example.nl,,Vast,,,'].join(
      '\n',
    );
    const results = await Promise.all([
      importFile(admin, enterprise.id, one),
      importFile(admin, enterprise.id, two),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const loser = results.find((r) => r.statusCode === 422);
    expect(rowsOf(loser ?? results[0] ?? (undefined as never))).toEqual([
      ['users', 2, 'number', 'number_taken'],
    ]);
    const db = s.t.database.db;
    const list = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.enterpriseId, enterprise.id));
    expect(list.map((u) => u.email).sort()).toHaveLength(2);
  });
});
