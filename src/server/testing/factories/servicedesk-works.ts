import { randomUUID } from 'node:crypto';
import { ticketNumber } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import { insertWorks } from '../../servicedesk/announced-works/repository';
import { insertTicket, takeSequence } from '../../servicedesk/tickets/repository';

const HOUR = 60 * 60 * 1000;

/** Throw-away announced works (on one site, from an hour ago for a day) and incidents on one site. */
export const servicedeskWorksFactories = {
  async announcedWorks(db: Executor, enterpriseId: string, siteId: string) {
    const now = new Date();
    return insertWorks(db, {
      id: randomUUID(),
      enterpriseId,
      siteId,
      kind: 'power',
      description: 'Werk aan de stroomvoorziening',
      startsAt: new Date(now.getTime() - HOUR),
      endsAt: new Date(now.getTime() + 24 * HOUR),
      createdBy: null,
      createdByName: null,
      createdAt: now,
      updatedAt: now,
    });
  },

  async incident(db: Executor, enterpriseId: string, siteId: string) {
    const now = new Date();
    const id = randomUUID();
    const number = ticketNumber('incident', 2026, await takeSequence(db, 'incident', 2026));
    const row = {
      id,
      number,
      type: 'incident' as const,
      status: 'new' as const,
      enterpriseId,
      siteId,
      title: `Test ${number}`,
      businessCritical: false,
      impact: 'medium' as const,
      urgency: 'medium' as const,
      priority: 'medium' as const,
      details: { where: { siteIds: [siteId] } },
      reportedBy: null,
      reportedByName: null,
      resolvedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertTicket(db, row, [siteId], {
      id: randomUUID(),
      ticketId: id,
      fromStatus: null,
      toStatus: 'new',
      reason: null,
      byAccountId: null,
      byName: null,
      byRole: null,
      at: now,
    });
    return row;
  },
};
