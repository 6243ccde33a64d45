import { createHash, randomUUID } from 'node:crypto';
import { type TicketStatus, ticketNumber } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import { ticketAttachments } from '../../db/schema';
import { insertTicket, takeSequence } from '../../servicedesk/tickets/repository';

/** Throw-away tickets (a service request on one site), in the status asked. */
export const servicedeskFactories = {
  async ticket(
    db: Executor,
    enterpriseId: string,
    siteId: string,
    options: { status?: TicketStatus; resolvedAt?: Date | null } = {},
  ) {
    const now = new Date();
    const id = randomUUID();
    const status = options.status ?? 'new';
    const number = ticketNumber('service', 2026, await takeSequence(db, 'service', 2026));
    const row = {
      id,
      number,
      type: 'service' as const,
      status,
      enterpriseId,
      siteId,
      title: `Test ${number}`,
      businessCritical: false,
      impact: 'medium' as const,
      urgency: 'medium' as const,
      priority: 'medium' as const,
      details: { description: 'Test', siteId },
      reportedBy: null,
      reportedByName: null,
      resolvedAt: options.resolvedAt ?? (status === 'resolved' || status === 'closed' ? now : null),
      createdAt: now,
      updatedAt: now,
    };
    await insertTicket(db, row, [siteId], {
      id: randomUUID(),
      ticketId: id,
      fromStatus: null,
      toStatus: status,
      reason: null,
      byAccountId: null,
      byName: null,
      byRole: null,
      at: now,
    });
    return row;
  } /** A customer-visible text file attached to a ticket. */,
  async attachment(db: Executor, ticketId: string, visibility: 'customer' | 'internal' = 'customer') {
    const content = Buffer.from(`trace ${randomUUID()}\n`);
    const row = {
      id: randomUUID(),
      ticketId,
      visibility,
      name: 'trace.txt',
      kind: 'text' as const,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    };
    await db.insert(ticketAttachments).values(row);
    return row;
  },
};
