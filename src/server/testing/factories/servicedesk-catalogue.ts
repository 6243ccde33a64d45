import { randomBytes, randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { insertItem, insertTariff } from '../../servicedesk/catalogue/repository';
import { insertDesk } from '../../servicedesk/desks/repository';

const freshKey = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;

/** Throw-away catalogue items, tariffs and desks (the provider's own configuration). */
export const servicedeskCatalogueFactories = {
  async catalogueItem(db: Executor) {
    const now = new Date();
    const row = await insertItem(db, {
      key: freshKey('test-item'),
      category: 'one_net',
      nameNl: 'Testitem',
      nameEn: 'Test item',
      descriptionNl: 'Een item',
      descriptionEn: 'An item',
      leadTime: { kind: 'working_days', count: 3 },
      leadTimeByLineType: {},
      asks: [],
      cost: null,
      costTariffKey: null,
      active: true,
      position: 5000,
      createdAt: now,
      updatedAt: now,
    });
    if (row === null) throw new Error('test item key taken');
    return row;
  },
  async tariff(db: Executor) {
    const now = new Date();
    const row = await insertTariff(db, {
      key: freshKey('test-tariff'),
      nameNl: 'Testtarief',
      nameEn: 'Test tariff',
      unit: 'each',
      amountCents: 1000,
      createdAt: now,
      updatedAt: now,
    });
    if (row === null) throw new Error('test tariff key taken');
    return row;
  },
  async desk(db: Executor) {
    const now = new Date();
    return insertDesk(db, {
      id: randomUUID(),
      nameNl: 'Testdesk',
      nameEn: 'Test desk',
      handles: ['billing'],
      hours: 'always',
      position: 9000,
      createdAt: now,
      updatedAt: now,
    });
  },
};
