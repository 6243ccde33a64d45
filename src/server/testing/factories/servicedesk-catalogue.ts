import { randomBytes, randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { bumpVersion, insertClosure } from '../../servicedesk/business-calendar/repository';
import { insertItem, insertTariff } from '../../servicedesk/catalogue/repository';
import { insertDesk } from '../../servicedesk/desks/repository';

const freshKey = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;

/** Throw-away catalogue items, tariffs and desks (the provider's own configuration). */
export const servicedeskCatalogueFactories = {
  /** A closure of the business calendar on a free date far ahead (so it moves no test's due moments). */
  async businessClosure(db: Executor, date?: string) {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const n = randomBytes(3).readUIntBE(0, 3);
      const day =
        date ??
        `${2100 + (n % 100)}-${String(1 + ((n >> 8) % 12)).padStart(2, '0')}-${String(1 + ((n >> 16) % 28)).padStart(2, '0')}`;
      const now = new Date();
      await bumpVersion(db, now);
      const row = await insertClosure(db, { date: day, name: 'Testsluiting', createdAt: now });
      if (row !== null) return row;
      if (date !== undefined) break;
    }
    throw new Error('no free closure date');
  },
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
