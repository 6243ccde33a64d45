import { randomUUID } from 'node:crypto';
import type { Profile } from '../../../core/directory/profiles';
import type { Executor } from '../../db/client';
import { enterprises, partners, sites, users } from '../../db/schema';
import { nextName } from './names';

/** Throw-away rows of the directory, for tests that change or remove something. */
export const directoryFactories = {
  async partner(db: Executor, providerId: string) {
    const row = { id: randomUUID(), providerId, name: `Partner ${nextName()}`, contactEmail: null };
    await db.insert(partners).values(row);
    return row;
  },
  async enterprise(db: Executor, providerId: string, partnerId: string | null = null) {
    const row = {
      id: randomUUID(),
      providerId,
      partnerId,
      name: `Enterprise ${nextName()}`,
      customerNumber: null,
    };
    await db.insert(enterprises).values(row);
    return row;
  },
  async site(db: Executor, enterpriseId: string) {
    const row = {
      id: randomUUID(),
      enterpriseId,
      name: `Site ${nextName()}`,
      street: 'Straat 2',
      city: 'Stad',
      postcode: '1234 AB',
      lineType: 'dsl' as const,
      voiceChannels: 4,
      codec: 'g711' as const,
    };
    await db.insert(sites).values(row);
    return row;
  },
  async user(db: Executor, enterpriseId: string, siteId: string | null, profile: Profile = 'vast') {
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `User ${nextName()}`,
      email: null,
      profile,
    };
    await db.insert(users).values(row);
    return row;
  },
};
