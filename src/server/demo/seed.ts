import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '../../core/access/roles';
import { snapshot } from '../../core/audit/diff';
import { hashPassword, randomPassword } from '../access/crypto';
import type { Database, Tx } from '../db/client';
import {
  accountSites,
  accounts,
  auditEvents,
  enterprises,
  meta,
  partners,
  sites,
  trainingRecords,
  users,
} from '../db/schema';
import { accountAudit } from '../directory/accounts/presenter';
import { enterpriseAudit } from '../directory/enterprises/presenter';
import { partnerAudit } from '../directory/partners/presenter';
import { siteAudit } from '../directory/sites/presenter';
import { userAudit } from '../directory/users/presenter';
import { trainingRecordAudit } from '../knowledge/training-records/presenter';
import { seedDemoAttendants } from './attendants';
import { getMeta } from './bootstrap';
import { seedDemoCallRestrictions } from './call-restrictions';
import { seedDemoCallSettings } from './call-settings';
import {
  DEMO_ACCOUNTS,
  DEMO_ENTERPRISE,
  DEMO_OTHER_ENTERPRISE,
  DEMO_OTHER_SITE,
  DEMO_PARTNER,
  DEMO_SITES,
  DEMO_USERS,
} from './demo-data';
import { seedDemoDevices } from './devices';
import { seedDemoFeatures } from './features';
import { seedDemoHuntGroups } from './hunt-groups';
import { seedDemoIncomingRoutes } from './incoming-routes';
import { seedDemoNumbers } from './numbers';
import { seedDemoQueues } from './queues';
import { seedDemoSchedules } from './schedules';
import { seedDemoTickets } from './tickets';

export const DEMO_SEEDED_KEY = 'demo_seeded_at';

type Created = (
  shape: { entityType: string; fields: readonly string[] },
  row: { id: string } & Record<string, unknown>,
  where: { enterpriseId?: string | null; partnerId?: string | null; siteId?: string | null },
) => void;

export type DemoAccount = { role: Role; email: string; password: string | null };
export type DemoResult = { seededNow: boolean; accounts: DemoAccount[] };

/**
 * Seeds the demo into an installation that has never had one (meta `demo_seeded_at`), in one
 * transaction. Passwords: CENTRALE_DEMO_PASSWORD for all, else a random one each, printed and
 * written to DATA_DIR/demo-accounts.txt (mode 0600).
 */
export async function seedDemo(
  database: Database,
  options: {
    providerId: string;
    password: string | undefined;
    dataDir: string;
    now: Date;
    /** The SIP realm of the demo devices' lines (CENTRALE_SIP_REALM). */
    sipRealm?: string;
    /** The provider's time zone (CENTRALE_TIMEZONE): the demo tickets' numbers take its year. */
    timezone?: string;
  },
): Promise<DemoResult> {
  if ((await getMeta(database, DEMO_SEEDED_KEY)) !== null) return { seededNow: false, accounts: [] };
  const passwords = DEMO_ACCOUNTS.map(() => options.password ?? randomPassword(16));
  const sharedHash = options.password ? await hashPassword(options.password) : null;
  const hashes = await Promise.all(passwords.map((p) => sharedHash ?? hashPassword(p)));
  const { now, providerId } = options;
  const timezone = options.timezone ?? 'Europe/Amsterdam';
  const seeded = await database.db.transaction(async (tx) => {
    // A second node starting at the same moment waits here, then finds the demo in place.
    const claimed = await tx
      .insert(meta)
      .values({ key: DEMO_SEEDED_KEY, value: now.toISOString() })
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) return false;
    const audit: (typeof auditEvents.$inferInsert)[] = [];
    // Each record keeps what the entity's audit shape names, as every other change does.
    const created: Created = (shape, row, where) => {
      audit.push({
        at: now,
        entityType: shape.entityType,
        entityId: row.id,
        action: 'create',
        after: snapshot(row, shape.fields),
        ...where,
      });
    };

    const partner = { id: randomUUID(), providerId, ...DEMO_PARTNER, createdAt: now, updatedAt: now };
    await tx.insert(partners).values(partner);
    created(partnerAudit, partner, { partnerId: partner.id });

    const enterprise = {
      id: randomUUID(),
      providerId,
      partnerId: partner.id,
      ...DEMO_ENTERPRISE,
      createdAt: now,
      updatedAt: now,
    };
    const other = {
      id: randomUUID(),
      providerId,
      partnerId: null,
      ...DEMO_OTHER_ENTERPRISE,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(enterprises).values([enterprise, other]);
    created(enterpriseAudit, enterprise, { enterpriseId: enterprise.id, partnerId: partner.id });
    created(enterpriseAudit, other, { enterpriseId: other.id });

    const siteIds = new Map<string, string>();
    const siteRows = DEMO_SITES.map(({ key, ...site }) => {
      const id = randomUUID();
      siteIds.set(key, id);
      return { id, enterpriseId: enterprise.id, ...site, createdAt: now, updatedAt: now };
    });
    const otherSite = {
      id: randomUUID(),
      enterpriseId: other.id,
      ...DEMO_OTHER_SITE,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(sites).values([...siteRows, otherSite]);
    for (const s of [...siteRows, otherSite])
      created(siteAudit, s, { enterpriseId: s.enterpriseId, siteId: s.id });

    const userRows = DEMO_USERS.map(({ siteKey, ...user }) => ({
      id: randomUUID(),
      enterpriseId: enterprise.id,
      siteId: siteIds.get(siteKey) ?? null,
      ...user,
      createdAt: now,
      updatedAt: now,
    }));
    await tx.insert(users).values(userRows);
    for (const u of userRows) created(userAudit, u, { enterpriseId: u.enterpriseId, siteId: u.siteId });

    const accountIds = await insertDemoAccounts(tx, {
      now,
      partnerId: partner.id,
      enterpriseId: enterprise.id,
      siteIds,
      userRows,
      hashes,
      created,
    });
    audit.push(...(await seedDemoNumbers(tx, { enterpriseId: enterprise.id, siteIds, userRows, now })));
    audit.push(
      ...(await seedDemoDevices(tx, {
        enterpriseId: enterprise.id,
        siteIds,
        userRows,
        realm: options.sipRealm ?? 'centrale',
        now,
      })),
    );
    audit.push(...(await seedDemoCallRestrictions(tx, { enterpriseId: enterprise.id, userRows, now })));
    audit.push(...(await seedDemoFeatures(tx, { userRows, now })));
    // Schedules before what follows them (the queue Support, the attendant Hoofdmenu).
    const demoSchedules = await seedDemoSchedules(tx, {
      enterpriseId: enterprise.id,
      siteIds,
      now,
      timezone,
    });
    audit.push(...demoSchedules.audit);
    audit.push(
      ...(await seedDemoQueues(tx, {
        enterpriseId: enterprise.id,
        siteIds,
        userRows,
        now,
        scheduleId: demoSchedules.supportHoursId,
      })),
    );
    audit.push(...(await seedDemoHuntGroups(tx, { enterpriseId: enterprise.id, siteIds, userRows, now })));
    audit.push(...(await seedDemoCallSettings(tx, { enterpriseId: enterprise.id, siteIds, now })));
    audit.push(
      ...(await seedDemoAttendants(tx, {
        enterpriseId: enterprise.id,
        siteIds,
        userRows,
        now,
        scheduleId: demoSchedules.officeHoursId,
      })),
    );
    audit.push(
      ...(await seedDemoIncomingRoutes(tx, {
        enterpriseId: enterprise.id,
        now,
        scheduleId: demoSchedules.officeHoursId,
      })),
    );
    const desk = accountIds.get('provider_agent');
    const tm = accountIds.get('enterprise_admin');
    if (desk && tm)
      audit.push(
        ...(await seedDemoTickets(tx, { enterpriseId: enterprise.id, siteIds, now, timezone, desk, tm })),
      );
    await tx.insert(auditEvents).values(audit);
    return true;
  });
  if (!seeded) return { seededNow: false, accounts: [] };
  const list = DEMO_ACCOUNTS.map((a, i) => ({
    role: a.role,
    email: a.email,
    password: options.password ? null : (passwords[i] as string),
  }));
  writeDemoAccountsFile(options.dataDir, list, options.password !== undefined);
  return { seededNow: true, accounts: list };
}

async function insertDemoAccounts(
  tx: Tx,
  c: {
    now: Date;
    partnerId: string;
    enterpriseId: string;
    siteIds: Map<string, string>;
    userRows: { id: string; name: string; siteId: string | null }[];
    hashes: string[];
    created: Created;
  },
): Promise<Map<string, { id: string; name: string }>> {
  const made = new Map<string, { id: string; name: string }>();
  for (const [i, spec] of DEMO_ACCOUNTS.entries()) {
    const user = spec.user !== undefined ? c.userRows[spec.user] : undefined;
    const isProvider = spec.role === 'provider_agent';
    const row = {
      id: randomUUID(),
      email: spec.email,
      name: user?.name ?? spec.name,
      role: spec.role,
      partnerId: spec.role === 'partner_admin' ? c.partnerId : null,
      enterpriseId: isProvider || spec.role === 'partner_admin' ? null : c.enterpriseId,
      userId: user?.id ?? null,
      passwordHash: c.hashes[i] as string,
      passwordChangedAt: c.now,
      createdAt: c.now,
      updatedAt: c.now,
    };
    await tx.insert(accounts).values(row);
    made.set(row.role, made.get(row.role) ?? { id: row.id, name: row.name });
    c.created(accountAudit, row, {
      enterpriseId: row.enterpriseId,
      partnerId: row.partnerId,
      siteId: user?.siteId ?? null,
    });
    for (const key of spec.sites ?? []) {
      const siteId = c.siteIds.get(key);
      if (siteId) await tx.insert(accountSites).values({ accountId: row.id, siteId });
    }
    if (spec.trained) {
      const record = {
        id: randomUUID(),
        accountId: row.id,
        training: 'telecom_manager' as const,
        completedOn: c.now.toISOString().slice(0, 10),
        notes: 'Demo',
      };
      await tx.insert(trainingRecords).values(record);
      c.created(trainingRecordAudit, record, { enterpriseId: row.enterpriseId, partnerId: row.partnerId });
    }
  }
  return made;
}

function writeDemoAccountsFile(dataDir: string, list: DemoAccount[], shared: boolean): void {
  mkdirSync(dataDir, { recursive: true });
  const lines = [
    '# Centrale demo accounts. Delete this file once you have noted them.',
    shared ? '# Password: the value of CENTRALE_DEMO_PASSWORD.' : '# role, e-mail, password',
    ...list.map((a) => [a.role, a.email, a.password ?? ''].join('\t').trimEnd()),
    '',
  ];
  writeFileSync(path.join(dataDir, 'demo-accounts.txt'), lines.join('\n'), { mode: 0o600 });
}
