import { randomUUID } from 'node:crypto';
import { snapshot } from '../../core/audit/diff';
import { type TicketStatus, type TicketType, ticketNumber, yearIn } from '../../core/servicedesk/tickets';
import type { Tx } from '../db/client';
import type { auditEvents } from '../db/schema';
import { commentAudit } from '../servicedesk/ticket-comments/presenter';
import { ticketAudit } from '../servicedesk/tickets/presenter';
import {
  insertComment,
  insertStatusStep,
  insertTicket,
  takeSequence,
} from '../servicedesk/tickets/repository';

type AuditRow = typeof auditEvents.$inferInsert;
const HOUR = 60 * 60 * 1000;

type DemoTicket = {
  type: TicketType;
  title: string;
  siteKey: string;
  status: TicketStatus;
  /** The steps after "new", each by the desk or the Telecom Manager. */
  path: { to: TicketStatus; by: 'desk' | 'tm'; reason?: string }[];
  businessCritical: boolean;
  details: Record<string, unknown>;
  comments: { by: 'desk' | 'tm'; visibility: 'customer' | 'internal'; body: string }[];
  hoursAgo: number;
};

const contact = { name: 'Tom de Vries', phone: '+31207940000', email: 'telecom.manager@voorbeeld.example' };

const DEMO_TICKETS: DemoTicket[] = [
  {
    type: 'incident',
    title: 'Geen uitgaande gesprekken vanaf de receptie',
    siteKey: 'ams',
    status: 'in_progress',
    path: [
      { to: 'acknowledged', by: 'desk' },
      { to: 'in_progress', by: 'desk', reason: 'Storing op de SIP-trunk onderzocht' },
    ],
    businessCritical: true,
    details: {
      what: { aNumber: '+31207940010', bNumber: '+31301234567' },
      when: { occurredAt: '', workedBefore: true },
      scope: {
        peopleAffected: 4,
        sitesAffected: 1,
        othersNotAffected: true,
        reproducible: true,
        frequency: 'always',
      },
      where: { siteIds: [], otherSitesAffected: false, otherPostcodes: [], sitesNotAffected: true },
      other: { aDisplay: 'Oproep mislukt', bDisplay: '-', phoneType: 'Yealink T54W', contact },
    },
    comments: [
      { by: 'tm', visibility: 'customer', body: 'Inkomend bellen werkt wel, alleen uitgaand niet.' },
      {
        by: 'desk',
        visibility: 'internal',
        body: 'SBC-log toont 403 op de trunk van deze locatie; registratie vernieuwen.',
      },
      {
        by: 'desk',
        visibility: 'customer',
        body: 'We hebben de oorzaak gevonden en werken aan een oplossing.',
      },
    ],
    hoursAgo: 5,
  },
  {
    type: 'service',
    title: 'Extra toestel voor de nieuwe collega in Utrecht',
    siteKey: 'utr',
    status: 'waiting_for_customer',
    path: [
      { to: 'acknowledged', by: 'desk' },
      { to: 'in_progress', by: 'desk' },
      { to: 'waiting_for_customer', by: 'desk', reason: 'Welk toestelmodel?' },
    ],
    businessCritical: false,
    details: { description: 'Graag een extra bureautoestel voor een nieuwe collega.', siteId: '', contact },
    comments: [{ by: 'desk', visibility: 'customer', body: 'Welk toestelmodel wilt u: T54W of T46U?' }],
    hoursAgo: 30,
  },
  {
    type: 'repair',
    title: 'Handset valt steeds uit',
    siteKey: 'ams',
    status: 'resolved',
    path: [
      { to: 'acknowledged', by: 'desk' },
      { to: 'in_progress', by: 'desk' },
      { to: 'resolved', by: 'desk', reason: 'Vervangende handset verstuurd' },
    ],
    businessCritical: false,
    details: {
      description: 'De DECT-handset van de balie valt na een paar minuten uit.',
      siteId: '',
      contact,
    },
    comments: [],
    hoursAgo: 72,
  },
  {
    type: 'change',
    title: 'Openingstijden keuzemenu aanpassen',
    siteKey: 'ams',
    status: 'new',
    path: [],
    businessCritical: false,
    details: {
      description: 'Vanaf 1 januari zijn we om 17:00 dicht in plaats van 18:00.',
      siteId: '',
      contact,
    },
    comments: [],
    hoursAgo: 1,
  },
];

/**
 * A few tickets of Voorbeeld BV in different states, with their steps and comments (one an
 * internal note), audited as the API would have recorded them.
 */
export async function seedDemoTickets(
  tx: Tx,
  c: {
    enterpriseId: string;
    siteIds: Map<string, string>;
    now: Date;
    timezone: string;
    desk: { id: string; name: string };
    tm: { id: string; name: string };
  },
): Promise<AuditRow[]> {
  const audit: AuditRow[] = [];
  const actorOf = (by: 'desk' | 'tm') =>
    by === 'desk' ? { ...c.desk, role: 'provider_agent' } : { ...c.tm, role: 'enterprise_admin' };
  for (const spec of DEMO_TICKETS) {
    const siteId = c.siteIds.get(spec.siteKey) ?? null;
    if (siteId === null) continue;
    const createdAt = new Date(c.now.getTime() - spec.hoursAgo * HOUR);
    const year = yearIn(createdAt, c.timezone);
    const id = randomUUID();
    const details =
      spec.type === 'incident'
        ? {
            ...spec.details,
            when: { occurredAt: new Date(createdAt.getTime() - HOUR).toISOString(), workedBefore: true },
            where: { ...(spec.details.where as object), siteIds: [siteId] },
          }
        : { ...spec.details, siteId };
    const resolvedAt = spec.path.some((p) => p.to === 'resolved') ? new Date(c.now.getTime() - HOUR) : null;
    const row = {
      id,
      number: ticketNumber(spec.type, year, await takeSequence(tx, spec.type, year)),
      type: spec.type,
      status: spec.status,
      enterpriseId: c.enterpriseId,
      siteId,
      title: spec.title,
      businessCritical: spec.businessCritical,
      impact: 'medium' as const,
      urgency: 'medium' as const,
      priority: spec.businessCritical ? ('critical' as const) : ('medium' as const),
      details,
      reportedBy: c.tm.id,
      reportedByName: c.tm.name,
      resolvedAt,
      createdAt,
      updatedAt: c.now,
    };
    await insertTicket(tx, row, [siteId], {
      id: randomUUID(),
      ticketId: id,
      fromStatus: null,
      toStatus: 'new',
      reason: null,
      byAccountId: c.tm.id,
      byName: c.tm.name,
      byRole: 'enterprise_admin',
      at: createdAt,
    });
    audit.push({
      at: createdAt,
      entityType: ticketAudit.entityType,
      entityId: id,
      action: 'create',
      after: snapshot({ ...row, status: 'new' }, ticketAudit.fields),
      enterpriseId: c.enterpriseId,
      siteId,
    });
    let from: TicketStatus = 'new';
    for (const [i, step] of spec.path.entries()) {
      const at = new Date(createdAt.getTime() + (i + 1) * 10 * 60 * 1000);
      const actor = actorOf(step.by);
      await insertStatusStep(tx, {
        id: randomUUID(),
        ticketId: id,
        fromStatus: from,
        toStatus: step.to,
        reason: step.reason ?? null,
        byAccountId: actor.id,
        byName: actor.name,
        byRole: actor.role,
        at,
      });
      audit.push({
        at,
        actorId: actor.id,
        actorRole: actor.role,
        entityType: ticketAudit.entityType,
        entityId: id,
        action: 'status',
        before: snapshot({ ...row, status: from }, ticketAudit.fields),
        after: snapshot({ ...row, status: step.to, reason: step.reason ?? null }, ticketAudit.fields),
        enterpriseId: c.enterpriseId,
        siteId,
      });
      from = step.to;
    }
    for (const [i, comment] of spec.comments.entries()) {
      const actor = actorOf(comment.by);
      const made = await insertComment(tx, {
        id: randomUUID(),
        ticketId: id,
        visibility: comment.visibility,
        body: comment.body,
        authorAccountId: actor.id,
        authorName: actor.name,
        authorRole: actor.role,
        createdAt: new Date(createdAt.getTime() + (i + 1) * 15 * 60 * 1000),
      });
      const located = commentAudit.locate({
        ...made,
        enterpriseId: c.enterpriseId,
        siteId,
        number: row.number,
      });
      audit.push({
        at: made.createdAt,
        actorId: actor.id,
        actorRole: actor.role,
        entityType: commentAudit.entityType,
        entityId: made.id,
        action: 'create',
        after: snapshot({ ...made, number: row.number }, commentAudit.fields),
        enterpriseId: located.enterpriseId ?? null,
        siteId: located.siteId ?? null,
      });
    }
  }
  return audit;
}
