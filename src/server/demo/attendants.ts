import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { snapshot } from '../../core/audit/diff';
import type { AttendantMenus, Menu, ObjectTargetType } from '../../core/telephony/attendants';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { autoAttendants, autoAttendantTargets, extensions, huntGroups, queues } from '../db/schema';
import { attendantAudit } from '../telephony/attendants/presenter';
import { DEMO_QUEUE } from './queues';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'name' | 'siteId'>;
type AuditRow = typeof auditEvents.$inferInsert;

/** The demo attendant's extension (the users have 201 and up). */
export const DEMO_ATTENDANT_EXTENSION = '290';

/**
 * Voorbeeld BV's auto attendant "Hoofdmenu" on Amsterdam: 1 hunt group "Verkoop", 2 Support (a
 * sub-menu: 1 queue "Support" for faults, 2 a colleague for invoices, 9 back), 0 and the timeout
 * the operator, hunt group "Receptie"; an after-hours menu and a holiday menu that take a message
 * on the reception's voicemail. (Seeded after the hunt groups and the queue, which it points at.)
 * Its menus follow schedule "Kantoortijden". The main number is the incoming route "Hoofdnummer"'s,
 * which leads here.
 */
export async function seedDemoAttendants(
  tx: Tx,
  c: {
    enterpriseId: string;
    siteIds: Map<string, string>;
    userRows: UserRow[];
    now: Date;
    scheduleId: string;
  },
): Promise<AuditRow[]> {
  const siteId = c.siteIds.get('ams');
  const invoices = c.userRows[3];
  const reception = c.userRows[4];
  const idOf = async (table: typeof huntGroups | typeof queues, name: string) =>
    (
      await tx
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.enterpriseId, c.enterpriseId), eq(table.name, name)))
    )[0]?.id;
  const verkoop = await idOf(huntGroups, 'Verkoop');
  const receptie = await idOf(huntGroups, 'Receptie');
  const support = await idOf(queues, DEMO_QUEUE.name);
  if (!siteId || !invoices || !reception || !verkoop || !receptie || !support) return [];
  const targets = {
    verkoop: { type: 'hunt_group' as const, id: verkoop },
    support: { type: 'queue' as const, id: support },
    invoices: { type: 'user' as const, id: invoices.id },
    operator: { type: 'hunt_group' as const, id: receptie },
  };
  const menus = demoAttendantMenus({ ...targets, voicemailUserId: reception.id });
  const row = {
    id: randomUUID(),
    enterpriseId: c.enterpriseId,
    siteId,
    name: 'Hoofdmenu',
    scheduleId: c.scheduleId,
    operator: targets.operator,
    menus,
    createdAt: c.now,
    updatedAt: c.now,
  };
  await tx.insert(autoAttendants).values(row);
  // What the menus point at (the reception's voicemail box included) and the schedule they follow,
  // as the API records them, so none of it goes unnoticed (removing "Kantoortijden" is refused).
  const pointers = [
    ...Object.values(targets),
    { type: 'user' as const, id: reception.id },
    { type: 'schedule' as const, id: c.scheduleId },
  ];
  await tx.insert(autoAttendantTargets).values(
    [...new Map(pointers.map((t) => [`${t.type}:${t.id}`, t])).values()].map((t) => ({
      attendantId: row.id,
      targetType: t.type,
      targetId: t.id,
    })),
  );
  await tx.insert(extensions).values({
    enterpriseId: c.enterpriseId,
    extension: DEMO_ATTENDANT_EXTENSION,
    assigneeType: 'auto_attendant',
    assigneeId: row.id,
    createdAt: c.now,
  });
  return [
    {
      at: c.now,
      entityType: attendantAudit.entityType,
      entityId: row.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId,
      after: snapshot({ ...row, extension: DEMO_ATTENDANT_EXTENSION, number: null }, attendantAudit.fields),
    },
  ];
}

/** The demo attendant's menus, for these users (checked by core's rules in the attendants' test). */
type ObjectTarget = { type: ObjectTargetType; id: string };

export function demoAttendantMenus(ids: {
  verkoop: ObjectTarget;
  support: ObjectTarget;
  invoices: ObjectTarget;
  voicemailUserId: string;
}): AttendantMenus {
  const transfer = (target: ObjectTarget, announce = false) => ({
    kind: 'transfer' as const,
    announce,
    target,
  });
  const toOperator = { kind: 'transfer' as const, announce: false, target: { type: 'operator' as const } };
  const base = { timeoutSeconds: 8, maxRepeats: 2 };
  const root: Menu = {
    id: 'hoofdmenu',
    name: 'Hoofdmenu',
    greeting: {
      kind: 'text',
      text: 'Welkom bij Voorbeeld BV. Voor verkoop, toets 1. Voor support, toets 2. Voor de receptie, toets 0.',
    },
    ...base,
    keys: { '1': transfer(ids.verkoop, true), '2': { kind: 'submenu', menuId: 'support' }, '0': toOperator },
    timeoutAction: toOperator,
    invalidAction: toOperator,
  };
  const support: Menu = {
    id: 'support',
    name: 'Support',
    greeting: {
      kind: 'text',
      text: 'Support. Voor storingen, toets 1. Voor vragen over uw factuur, toets 2. Terug naar het hoofdmenu: toets 9.',
    },
    ...base,
    keys: { '1': transfer(ids.support), '2': transfer(ids.invoices), '9': { kind: 'back' } },
    timeoutAction: { kind: 'back' },
    invalidAction: { kind: 'back' },
  };
  const voicemail = { kind: 'voicemail' as const, userId: ids.voicemailUserId };
  const closed = (id: string, name: string, text: string): Menu => ({
    id,
    name,
    greeting: { kind: 'text', text },
    ...base,
    keys: { '1': voicemail },
    timeoutAction: voicemail,
    invalidAction: voicemail,
  });
  const menus: AttendantMenus = {
    businessHours: { menus: [root, support] },
    afterHours: {
      menus: [
        closed(
          'buiten-kantoortijden',
          'Buiten kantoortijden',
          'U belt buiten onze openingstijden, maandag tot en met vrijdag van half negen tot half zes. Spreek na de toon een bericht in.',
        ),
      ],
    },
    holiday: {
      menus: [
        closed(
          'feestdag',
          'Feestdag',
          'Vandaag zijn wij vanwege een feestdag gesloten. Spreek na de toon een bericht in; wij bellen u de volgende werkdag terug.',
        ),
      ],
    },
  };
  return menus;
}
