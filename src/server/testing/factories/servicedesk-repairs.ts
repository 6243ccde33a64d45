import { randomUUID } from 'node:crypto';
import type { RepairStatus } from '../../../core/servicedesk/repairs';
import { ticketNumber } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import { repairSteps, repairs } from '../../db/schema';
import { insertTicket, takeSequence } from '../../servicedesk/tickets/repository';
import { deviceFactories } from './telephony-devices';

/** Throw-away repairs: a new device of the site, its repair ticket and the repair in the status asked. */
export const servicedeskRepairFactories = {
  async repair(db: Executor, enterpriseId: string, siteId: string, options: { status?: RepairStatus } = {}) {
    const device = await deviceFactories.device(db, enterpriseId, siteId);
    const now = new Date();
    const ticketId = randomUUID();
    const number = ticketNumber('repair', 2026, await takeSequence(db, 'repair', 2026));
    await insertTicket(
      db,
      {
        id: ticketId,
        number,
        type: 'repair',
        status: 'new',
        enterpriseId,
        siteId,
        title: `Reparatie ${number}`,
        businessCritical: false,
        impact: 'medium',
        urgency: 'medium',
        priority: 'medium',
        details: { deviceId: device.id },
        createdAt: now,
        updatedAt: now,
      },
      [siteId],
      { id: randomUUID(), ticketId, fromStatus: null, toStatus: 'new', at: now },
    );
    const status = options.status ?? 'registered';
    const row = {
      id: randomUUID(),
      ticketId,
      enterpriseId,
      siteId,
      deviceId: device.id,
      part: 'device' as const,
      fault: 'Geen beeld',
      contact: { name: 'Tom' },
      status,
      ownership: device.ownership,
      ownershipDate: device.ownershipDate,
      warrantyCovered: true,
      warrantyReason: 'rented' as const,
      excessCents: 3500,
      returnAddress: 'Retouren\nPostbus 1\n1000 AA  Amsterdam',
      createdAt: now,
      updatedAt: now,
    };
    await db.insert(repairs).values(row);
    await db.insert(repairSteps).values({ id: randomUUID(), repairId: row.id, status, at: now });
    return { ...row, device, number };
  },
};
