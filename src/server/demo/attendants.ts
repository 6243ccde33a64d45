import { randomUUID } from 'node:crypto';
import { snapshot } from '../../core/audit/diff';
import type { AttendantMenus, Menu } from '../../core/telephony/attendants';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { autoAttendants, autoAttendantTargets, extensions } from '../db/schema';
import { attendantAudit } from '../telephony/attendants/presenter';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'name' | 'siteId'>;
type AuditRow = typeof auditEvents.$inferInsert;

/** The demo attendant's extension (the users have 201 and up). */
export const DEMO_ATTENDANT_EXTENSION = '290';

/**
 * Voorbeeld BV's auto attendant "Hoofdmenu" on Amsterdam: 1 Verkoop, 2 Support (a sub-menu with
 * two people and 9 back), 0 the reception (the operator), timeout to the reception; an after-hours
 * menu that takes a message; a holiday menu. Until hunt groups and queues are merged in, key 1
 * transfers to a user standing for Verkoop, and the Support sub-menu's keys to two users: with
 * them, 1 goes to hunt group "Verkoop", the Support keys to queue "Support" and the operator to
 * hunt group "Receptie". The main number stays with the incoming routes (which lead here).
 */
export async function seedDemoAttendants(
  tx: Tx,
  c: { enterpriseId: string; siteIds: Map<string, string>; userRows: UserRow[]; now: Date },
): Promise<AuditRow[]> {
  const siteId = c.siteIds.get('ams');
  const verkoop = c.userRows[0];
  const support1 = c.userRows[2];
  const support2 = c.userRows[3];
  const reception = c.userRows[4];
  if (!siteId || !verkoop || !support1 || !support2 || !reception) return [];
  const menus = demoAttendantMenus({
    verkoop: verkoop.id,
    support1: support1.id,
    support2: support2.id,
    reception: reception.id,
  });
  const row = {
    id: randomUUID(),
    enterpriseId: c.enterpriseId,
    siteId,
    name: 'Hoofdmenu',
    scheduleId: null,
    operator: { type: 'user' as const, id: reception.id },
    menus,
    createdAt: c.now,
    updatedAt: c.now,
  };
  await tx.insert(autoAttendants).values(row);
  const targets = [verkoop, support1, support2, reception].map((u) => ({
    attendantId: row.id,
    targetType: 'user',
    targetId: u.id,
  }));
  await tx.insert(autoAttendantTargets).values(targets);
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
export function demoAttendantMenus(ids: {
  verkoop: string;
  support1: string;
  support2: string;
  reception: string;
}): AttendantMenus {
  const transfer = (id: string, announce = false) => ({
    kind: 'transfer' as const,
    announce,
    target: { type: 'user' as const, id },
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
    keys: { '1': transfer(ids.support1), '2': transfer(ids.support2), '9': { kind: 'back' } },
    timeoutAction: { kind: 'back' },
    invalidAction: { kind: 'back' },
  };
  const voicemail = { kind: 'voicemail' as const, userId: ids.reception };
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
