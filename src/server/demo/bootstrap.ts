import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { hashPassword, randomPassword } from '../access/crypto';
import { recordEvent } from '../audit/record';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { accounts, meta, providers } from '../db/schema';
import { seedBusinessCalendar } from '../servicedesk/business-calendar/defaults';
import { seedCatalogueDefaults, seedRepairTariff } from '../servicedesk/catalogue/defaults';
import { seedSlaPolicies } from '../servicedesk/sla-policies/defaults';

export const PROVIDER_KEY = 'provider_id';

export async function getMeta(database: Database, key: string): Promise<string | null> {
  const rows = await database.db.select().from(meta).where(eq(meta.key, key)).limit(1);
  return rows[0]?.value ?? null;
}

/**
 * The installation's provider and its first administrator. Runs at every start and creates
 * only what is missing, so a restart changes nothing.
 */
export async function bootstrap(
  database: Database,
  options: {
    providerName: string;
    timezone: string;
    adminEmail: string;
    adminPassword: string | undefined;
    now: Date;
  },
): Promise<{
  providerId: string;
  createdAdmin: { email: string; password: string; generated: boolean } | null;
}> {
  return database.db.transaction(async (tx) => {
    const who = { actor: null, requestId: null, now: options.now };
    // Nodes starting together on one PostgreSQL database take turns here.
    await tx.execute(sql`select pg_advisory_xact_lock(7301001)`);
    let providerId =
      (await tx.select().from(meta).where(eq(meta.key, PROVIDER_KEY)).limit(1))[0]?.value ?? null;
    if (providerId === null) {
      providerId = randomUUID();
      const provider = { id: providerId, name: options.providerName, timezone: options.timezone };
      await tx.insert(providers).values(provider);
      await tx.insert(meta).values({ key: PROVIDER_KEY, value: providerId });
      await recordEvent(tx, who, {
        entityType: 'provider',
        entityId: providerId,
        action: 'create',
        details: { name: provider.name, timezone: provider.timezone },
      });
    }
    await seedCatalogueDefaults(tx, who, options.now);
    await seedRepairTariff(tx, who, options.now);
    await seedBusinessCalendar(tx, who, options.now);
    await seedSlaPolicies(tx, who, options.now);
    const admins = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.role, 'provider_admin'))
      .limit(1);
    if (admins.length > 0) return { providerId, createdAdmin: null };
    const password = options.adminPassword ?? randomPassword();
    const admin = {
      id: randomUUID(),
      email: options.adminEmail,
      name: 'Administrator',
      role: 'provider_admin' as const,
      passwordHash: await hashPassword(password),
      passwordChangedAt: options.now,
      // A generated password was printed to a terminal or log: it must be replaced at first login.
      mustChangePassword: options.adminPassword === undefined,
    };
    await tx.insert(accounts).values(admin);
    await recordEvent(tx, who, {
      entityType: 'account',
      entityId: admin.id,
      action: 'create',
      details: { email: admin.email, name: admin.name, role: admin.role, status: 'active' },
    });
    return {
      providerId,
      createdAdmin: { email: admin.email, password, generated: options.adminPassword === undefined },
    };
  });
}

/** bootstrap() with the installation's configuration (serve and seed both start with it). */
export const bootstrapFromConfig = (database: Database, config: Config, now: Date) =>
  bootstrap(database, {
    providerName: config.providerName,
    timezone: config.timezone,
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
    now,
  });
