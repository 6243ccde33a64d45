import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, profileFeatures, userFeatures } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import type { Agent } from '../../testing/harness';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
const USERS = 'name,email,site,profile,extension,number,mobile';
const FEATURES =
  'dnd,forward_always,forward_busy,forward_no_answer,forward_no_answer_seconds,forward_unreachable,voicemail,caller_id';

type Row = { row: number; column: string; code: string; message: string };
const rowsOf = (res: { json(): unknown }) =>
  (res.json() as { error: { rows: Row[] } }).error.rows.map((r) => [r.row, r.column, r.code]);

function post(agent: Agent, enterpriseId: string, body: string, dryRun = false) {
  return agent.post(
    `/api/enterprises/${enterpriseId}/imports?sheet=users${dryRun ? '&dryRun=true' : ''}`,
    body,
    { 'content-type': 'text/csv' },
  );
}
const exportOf = async (agent: Agent, enterpriseId: string) =>
  (await agent.get(`/api/enterprises/${enterpriseId}/export?sheet=users&format=csv`)).body
    .replace(/^\uFEFF/, '')
    .split('\r\n');

async function setUp() {
  const enterprise = await fresh.enterprise(s.t.database.db, s.t.providerId);
  const admin = await s.as('provider_admin');
  return { enterprise, admin };
}

describe('the users sheet’s features', () => {
  it('sets DND, forwarding, voicemail and caller ID per user, normalised, audited; the export gives them back', async () => {
    const { enterprise, admin } = await setUp();
    const file = [
      `${USERS},${FEATURES}`,
      'Jan,jan@example.nl,,Vast,201,,,ja,voicemail,202,06 1234 5678,30,,aan,anoniem',
      'Els,els@example.nl,,Combi,202,,,nee,,,,,+31 20 123 4567,off,main',
    ].join('\n');
    const res = await post(admin, enterprise.id, file);
    expect([res.statusCode, res.json()]).toMatchObject([200, { counts: { create: 2 } }]);
    const lines = await exportOf(admin, enterprise.id);
    expect(lines[0]).toBe(`${USERS},${FEATURES}`);
    expect(lines[1]).toBe('Els,els@example.nl,,Combi,202,,,no,,,,20,020 123 4567,off,main');
    expect(lines[2]).toBe('Jan,jan@example.nl,,Vast,201,,,yes,voicemail,202,06 12345678,30,,on,anonymous');
    const db = s.t.database.db;
    const stored = await db.select().from(userFeatures);
    const jan = stored.find((f) => f.forwarding.busy.destination === '202');
    expect(jan?.forwarding).toMatchObject({
      always: { enabled: true, destination: 'voicemail' },
      noAnswer: { enabled: true, destination: '+31612345678', afterSeconds: 30 },
    });
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.enterpriseId, enterprise.id), eq(auditEvents.entityType, 'user_features')));
    expect(audits).toHaveLength(2);

    // The export imports again as it is: nothing changes.
    const again = await post(admin, enterprise.id, lines.join('\n'));
    expect([again.statusCode, again.json()]).toMatchObject([200, { counts: { update: 0, unchanged: 2 } }]);
    // An older file without the feature columns leaves them as they are.
    const older = await post(
      admin,
      enterprise.id,
      [USERS, 'Jan Jansen,jan@example.nl,,Vast,201,,'].join('\n'),
    );
    expect([older.statusCode, older.json()]).toMatchObject([
      200,
      { rows: [{ action: 'update', changes: ['name'] }] },
    ]);
    expect((await exportOf(admin, enterprise.id))[2]).toBe(
      'Jan Jansen,jan@example.nl,,Vast,201,,,yes,voicemail,202,06 12345678,30,,on,anonymous',
    );
    // A file with some of them changes only those.
    const some = await post(
      admin,
      enterprise.id,
      [`${USERS},dnd`, 'Jan Jansen,jan@example.nl,,Vast,201,,,nee'].join('\n'),
    );
    expect([some.statusCode, some.json()]).toMatchObject([
      200,
      { rows: [{ action: 'update', changes: ['dnd'] }] },
    ]);
    expect((await exportOf(admin, enterprise.id))[2]).toBe(
      'Jan Jansen,jan@example.nl,,Vast,201,,,no,voicemail,202,06 12345678,30,,on,anonymous',
    );
  });

  it('checks each row with the feature rules, by row and column, and changes nothing', async () => {
    const { enterprise, admin } = await setUp();
    const db = s.t.database.db;
    await db
      .insert(profileFeatures)
      .values({ profile: 'mobiel', feature: 'voicemail', included: false })
      .onConflictDoUpdate({
        target: [profileFeatures.profile, profileFeatures.feature],
        set: { included: false },
      });
    try {
      const file = [
        `${USERS},${FEATURES}`,
        'Jan,jan@example.nl,,Vast,201,,,misschien,201,,,,,,own',
        'Els,els@example.nl,,Vast,202,,,no,299,voicemail,,4,,off,somebody',
        'Mo,mo@example.nl,,Mobiel,,,,no,,,,,,on,own',
      ].join('\n');
      const res = await post(admin, enterprise.id, file);
      expect(res.statusCode).toBe(422);
      expect(rowsOf(res)).toEqual([
        [2, 'dnd', 'switch_unknown'],
        [3, 'forward_no_answer_seconds', 'seconds_range'],
        [3, 'caller_id', 'caller_id_unknown'],
        [4, 'voicemail', 'feature_not_in_profile'],
      ]);
      const second = await post(
        admin,
        enterprise.id,
        [
          `${USERS},${FEATURES}`,
          'Jan,jan@example.nl,,Vast,201,,,no,201,,,,,,own',
          'Els,els@example.nl,,Vast,202,,,no,299,voicemail,,,,off,own',
        ].join('\n'),
      );
      expect(rowsOf(second)).toEqual([
        [2, 'forward_always', 'forward_to_self'],
        [3, 'forward_always', 'extension_unknown'],
        [3, 'forward_busy', 'voicemail_off'],
      ]);
      const message = (second.json() as { error: { rows: Row[] } }).error.rows[0]?.message;
      expect(message).toBeTruthy();
      expect(await db.select().from(userFeatures).where(eq(userFeatures.dnd, true))).toEqual([]);
    } finally {
      await db
        .delete(profileFeatures)
        .where(and(eq(profileFeatures.profile, 'mobiel'), eq(profileFeatures.feature, 'voicemail')));
    }
  });

  it("refuse a forwarding to what the user's call restrictions bar, by row and column", async () => {
    const { enterprise, admin } = await setUp();
    const file = [
      `${USERS},${FEATURES}`,
      // Premium rate is barred by the default; a mobile number is not.
      'Jan,jan@example.nl,,Vast,201,,,,0909 123 4567,,,,,aan,',
      'Els,els@example.nl,,Vast,202,,,,06 1234 5678,,,,,aan,',
    ].join('\n');
    const res = await post(admin, enterprise.id, file);
    expect(res.statusCode).toBe(422);
    expect(rowsOf(res)).toEqual([[2, 'forward_always', 'destination_barred']]);
    expect(await s.t.database.db.select().from(userFeatures)).not.toContainEqual(
      expect.objectContaining({
        forwarding: expect.objectContaining({ always: { enabled: true, destination: '+31909123456' } }),
      }),
    );
  });

  it('are in the template', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.get(
      `/api/enterprises/${s.w.enterprises.A.id}/import-template?sheet=users&format=csv`,
    );
    expect(res.body).toBe(`\uFEFF${USERS},${FEATURES}\r\n`);
  });
});
