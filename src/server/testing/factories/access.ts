import { randomUUID } from 'node:crypto';
import type { Role } from '../../../core/access/roles';
import type { Executor } from '../../db/client';
import { accountSites, accounts } from '../../db/schema';
import { nextName } from './names';

/** Throw-away portal accounts (password hash "x" unless given: they cannot log in). */
export const accessFactories = {
  async account(
    db: Executor,
    role: Role,
    links: { enterpriseId?: string; partnerId?: string; userId?: string; siteIds?: string[] },
    passwordHash = 'x',
  ) {
    const row = {
      id: randomUUID(),
      email: `acc-${nextName()}@example.test`,
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
};
