import path from 'node:path';
import pino from 'pino';
import { SecretBox } from './access/crypto';
import { buildApp } from './app';
import { type Config, loadConfig } from './config';
import { type Database, openDatabase } from './db/client';
import { type DataDirLock, lockDataDir } from './db/data-dir-lock';
import { bootstrapFromConfig } from './demo/bootstrap';
import { type DemoResult, seedDemo } from './demo/seed';
import { loadSecretKey } from './secret-key';

export type OpenedStore = { config: Config; database: Database; lock: DataDirLock | null };

/** Opens the configured database (taking the data directory's lock for PGlite) and migrates it. */
export async function openStore(config: Config): Promise<OpenedStore> {
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  try {
    const database = config.databaseUrl
      ? await openDatabase({
          databaseUrl: config.databaseUrl,
          onConnectionError: (err) => process.emitWarning(`A PostgreSQL connection was lost: ${err.message}`),
        })
      : await openDatabase({ dataDir: path.join(config.dataDir, 'pglite') });
    await database.migrate();
    return { config, database, lock };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

export async function closeStore(store: OpenedStore): Promise<void> {
  await store.database.close();
  store.lock?.release();
}

/**
 * `centrale serve`: migrate, make sure the provider and its admin exist, seed the demo into an
 * empty installation (unless --no-demo), listen, and shut down cleanly on SIGTERM/SIGINT.
 */
export async function serve(options: { demo?: boolean } = {}): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const store = await openStore(config);
  const { database } = store;
  const secrets = new SecretBox(loadSecretKey(config.secretKey, config.dataDir));
  const now = new Date();
  const boot = await bootstrapFromConfig(database, config, now);
  const demo: DemoResult | null =
    (options.demo ?? config.demo)
      ? await seedDemo(database, {
          providerId: boot.providerId,
          password: config.demoPassword,
          dataDir: config.dataDir,
          now,
          sipRealm: config.sipRealm,
          timezone: config.timezone,
        })
      : null;
  const app = await buildApp(
    { database, config, secrets, clock: () => new Date(), providerId: boot.providerId },
    { logger: { level: config.logLevel } },
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await app.close();
      log.info('requests finished; closing the database');
      await closeStore(store);
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  // Closing the app (SIGTERM above) stops them and waits for a round in flight.
  if (config.jobs) await app.services.jobs.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  printBanner(url, config, boot.createdAdmin, demo);
}

function printBanner(
  url: string,
  config: Config,
  admin: { email: string; password: string; generated: boolean } | null,
  demo: DemoResult | null,
): void {
  const lines = ['', `Centrale is running: ${url}`, `  API docs: ${url}/api/docs`];
  lines.push(
    `  Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`,
  );
  lines.push(
    `  Outbox: ${config.outbox.smtpUrl ? 'sent over SMTP (SMTP_URL)' : 'recorded only, no SMTP_URL set (nothing is sent)'}${config.jobs ? '' : '; background jobs off (CENTRALE_JOBS=0)'}`,
  );
  if (admin) {
    lines.push(`  Provider admin: ${admin.email}`);
    if (admin.generated) {
      lines.push(`  Password (shown once; you choose a new one at first login): ${admin.password}`);
    } else {
      lines.push('  Password: the one in CENTRALE_ADMIN_PASSWORD');
    }
  } else {
    lines.push(`  Log in as ${config.adminEmail} (or another account) with its password.`);
  }
  if (demo?.seededNow) {
    lines.push('  Demo accounts (also in DATA_DIR/demo-accounts.txt):');
    for (const a of demo.accounts)
      lines.push(
        `    ${a.role.padEnd(17)} ${a.email.padEnd(36)} ${a.password ?? '(CENTRALE_DEMO_PASSWORD)'}`,
      );
  } else if (demo) {
    lines.push(`  Demo accounts: see ${path.join(config.dataDir, 'demo-accounts.txt')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
