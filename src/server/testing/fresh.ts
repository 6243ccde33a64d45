import { randomUUID } from 'node:crypto';
import type { Role } from '../../core/access/roles';
import type { Executor } from '../db/client';
import { accountSites, accounts, enterprises, partners, sites, trainingRecords, users } from '../db/schema';

/** Throw-away rows for tests that change or remove something, so that attempts do not meet each other. */
let counter = 0;
const next = () => `${Date.now().toString(36)}-${++counter}`;

export const fresh = {
  async partner(db: Executor, providerId: string) {
    const row = { id: randomUUID(), providerId, name: `Partner ${next()}`, contactEmail: null };
    await db.insert(partners).values(row);
    return row;
  },
  async enterprise(db: Executor, providerId: string, partnerId: string | null = null) {
    const row = {
      id: randomUUID(),
      providerId,
      partnerId,
      name: `Enterprise ${next()}`,
      customerNumber: null,
    };
    await db.insert(enterprises).values(row);
    return row;
  },
  async site(db: Executor, enterpriseId: string) {
    const row = {
      id: randomUUID(),
      enterpriseId,
      name: `Site ${next()}`,
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
  async user(db: Executor, enterpriseId: string, siteId: string | null) {
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `User ${next()}`,
      email: null,
      profile: 'vast' as const,
    };
    await db.insert(users).values(row);
    return row;
  },
  async account(
    db: Executor,
    role: Role,
    links: { enterpriseId?: string; partnerId?: string; userId?: string; siteIds?: string[] },
    passwordHash = 'x',
  ) {
    const row = {
      id: randomUUID(),
      email: `acc-${next()}@example.test`,
      name: 'Fresh account',
      role,
      partnerId: links.partnerId ?? null,
      enterpriseId: links.enterpriseId ?? null,
      userId: links.userId ?? null,
      passwordHash,
    };
    await db.insert(accounts).values(row);
    for (const siteId of links.siteIds ?? [])
      await db.insert(accountSites).values({ accountId: row.id, siteId });
    return row;
  },
  async trainingRecord(db: Executor, accountId: string) {
    const row = { id: randomUUID(), accountId, training: 'end_user' as const, completedOn: '2026-01-15' };
    await db.insert(trainingRecords).values(row);
    return row;
  },
};
