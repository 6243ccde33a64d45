import { randomUUID } from 'node:crypto';
import type { Role } from '../../core/access/roles';
import type { Profile } from '../../core/directory/profiles';
import { hashPassword } from '../access/crypto';
import type { Executor } from '../db/client';
import { accountSites, accounts, enterprises, partners, sites, trainingRecords, users } from '../db/schema';
import { ADMIN_EMAIL, type TestApp } from './harness';

/** The password of every fixture account. */
export const PASSWORD = 'Fixture-Password-2026!';

/**
 * A small world with two customers, to test scopes:
 * partner P1 serves enterprise A (sites ams, utr); partner P2 serves enterprise B (site b1);
 * enterprise C has no partner. One account per role in A, plus admins in B for cross-tenant checks.
 */
export type World = Awaited<ReturnType<typeof buildWorld>>;

export const ACTORS = [
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'enterprise_admin_untrained',
  'site_admin',
  'end_user',
  'agent',
  'supervisor',
  'receptionist',
  'partner_admin_b',
  'enterprise_admin_b',
] as const;
export type ActorName = (typeof ACTORS)[number];

export async function buildWorld(t: TestApp) {
  const db = t.database.db;
  const now = t.clock.now();
  const hash = await hashPassword(PASSWORD);
  const stamp = { createdAt: now, updatedAt: now };
  const p1 = {
    id: randomUUID(),
    providerId: t.providerId,
    name: 'Partner One',
    contactEmail: null,
    ...stamp,
  };
  const p2 = {
    id: randomUUID(),
    providerId: t.providerId,
    name: 'Partner Two',
    contactEmail: null,
    ...stamp,
  };
  await db.insert(partners).values([p1, p2]);
  const ent = (name: string, partnerId: string | null) => ({
    id: randomUUID(),
    providerId: t.providerId,
    partnerId,
    name,
    customerNumber: null,
    ...stamp,
  });
  const A = ent('Enterprise A', p1.id);
  const B = ent('Enterprise B', p2.id);
  const C = ent('Enterprise C', null);
  await db.insert(enterprises).values([A, B, C]);
  const site = (enterpriseId: string, name: string, postcode: string) => ({
    id: randomUUID(),
    enterpriseId,
    name,
    street: 'Straat 1',
    city: name,
    postcode,
    lineType: 'fibre' as const,
    voiceChannels: 10,
    codec: 'g711' as const,
    ...stamp,
  });
  const ams = site(A.id, 'Amsterdam', '1012 AB');
  const utr = site(A.id, 'Utrecht', '3511 AA');
  const b1 = site(B.id, 'Breda', '4811 AA');
  await db.insert(sites).values([ams, utr, b1]);
  const user = (enterpriseId: string, siteId: string | null, name: string, profile: Profile = 'vast') => ({
    id: randomUUID(),
    enterpriseId,
    siteId,
    name,
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.test`,
    profile,
    ...stamp,
  });
  const uAms = user(A.id, ams.id, 'Ams User');
  const uAms2 = user(A.id, ams.id, 'Ams Agent', 'flex');
  const uAms3 = user(A.id, ams.id, 'Ams Supervisor', 'combi');
  const uAms4 = user(A.id, ams.id, 'Ams Receptionist');
  const uUtr = user(A.id, utr.id, 'Utr User');
  const uMobile = user(A.id, ams.id, 'Ams Mobile', 'mobiel');
  const uB = user(B.id, b1.id, 'Breda User');
  await db.insert(users).values([uAms, uAms2, uAms3, uAms4, uUtr, uMobile, uB]);

  const account = async (
    email: string,
    role: Role,
    links: {
      partnerId?: string;
      enterpriseId?: string;
      userId?: string;
      siteIds?: string[];
      trained?: boolean;
    },
  ) => {
    const row = {
      id: randomUUID(),
      email,
      name: email.split('@')[0] as string,
      role,
      partnerId: links.partnerId ?? null,
      enterpriseId: links.enterpriseId ?? null,
      userId: links.userId ?? null,
      passwordHash: hash,
      passwordChangedAt: now,
      ...stamp,
    };
    await db.insert(accounts).values(row);
    for (const siteId of links.siteIds ?? [])
      await db.insert(accountSites).values({ accountId: row.id, siteId });
    if (links.trained) await addTraining(db, row.id, now);
    return row;
  };
  const adminRow = await db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.email, ADMIN_EMAIL) });
  const acc = {
    provider_admin: adminRow as NonNullable<typeof adminRow>,
    provider_agent: await account('agent@provider.test', 'provider_agent', {}),
    partner_admin: await account('partner@p1.test', 'partner_admin', { partnerId: p1.id, trained: true }),
    enterprise_admin: await account('tm@a.test', 'enterprise_admin', { enterpriseId: A.id, trained: true }),
    enterprise_admin_untrained: await account('tm2@a.test', 'enterprise_admin', { enterpriseId: A.id }),
    site_admin: await account('site@a.test', 'site_admin', { enterpriseId: A.id, siteIds: [ams.id] }),
    end_user: await account('user@a.test', 'end_user', { enterpriseId: A.id, userId: uAms.id }),
    agent: await account('agent@a.test', 'agent', { enterpriseId: A.id, userId: uAms2.id }),
    supervisor: await account('supervisor@a.test', 'supervisor', { enterpriseId: A.id, userId: uAms3.id }),
    receptionist: await account('reception@a.test', 'receptionist', { enterpriseId: A.id, userId: uAms4.id }),
    partner_admin_b: await account('partner@p2.test', 'partner_admin', { partnerId: p2.id, trained: true }),
    enterprise_admin_b: await account('tm@b.test', 'enterprise_admin', { enterpriseId: B.id, trained: true }),
  } satisfies Record<ActorName, { id: string; email: string }>;
  return {
    partners: { p1, p2 },
    enterprises: { A, B, C },
    sites: { ams, utr, b1 },
    users: { uAms, uAms2, uAms3, uAms4, uUtr, uMobile, uB },
    accounts: acc,
    passwordOf: (name: ActorName) => (name === 'provider_admin' ? null : PASSWORD),
  };
}

export async function addTraining(db: Executor, accountId: string, now: Date): Promise<void> {
  await db.insert(trainingRecords).values({
    id: randomUUID(),
    accountId,
    training: 'telecom_manager',
    completedOn: now.toISOString().slice(0, 10),
  });
}
