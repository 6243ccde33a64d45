import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { DataDirLockedError } from '../server/db/data-dir-lock';
import { bootstrapFromConfig } from '../server/demo/bootstrap';
import { seedDemo } from '../server/demo/seed';
import { closeStore, openStore, serve } from '../server/main';
import { loadSecretKey } from '../server/secret-key';
import { ensureWebBuild } from './ensure-web';

const USAGE = `centrale <command> [options]

Commands:
  serve [--no-demo] [--no-build]   start the server (migrates; seeds the demo into an empty installation)
  migrate                          apply database migrations and exit
  seed [--demo]                    create the provider and its admin; with --demo also the demo; then exit
  help                             show this text

Configuration comes from environment variables; see README.md.`;

async function main(argv: string[]): Promise<void> {
  const [command = 'help', ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      'no-demo': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
  });
  switch (command) {
    case 'serve': {
      if (!values['no-build']) await ensureWebBuild();
      await serve(values['no-demo'] ? { demo: false } : {});
      return;
    }
    case 'migrate': {
      const store = await openStore(loadConfig());
      await closeStore(store);
      process.stdout.write('Migrations applied.\n');
      return;
    }
    case 'seed': {
      const config = loadConfig();
      const store = await openStore(config);
      try {
        loadSecretKey(config.secretKey, config.dataDir);
        const now = new Date();
        const boot = await bootstrapFromConfig(store.database, config, now);
        if (boot.createdAdmin) {
          process.stdout.write(
            `Provider admin ${boot.createdAdmin.email} created; password: ${boot.createdAdmin.password}\n`,
          );
        }
        if (values.demo) {
          const demo = await seedDemo(store.database, {
            providerId: boot.providerId,
            password: config.demoPassword,
            dataDir: config.dataDir,
            now,
            sipRealm: config.sipRealm,
          });
          process.stdout.write(
            demo.seededNow
              ? 'Demo seeded; accounts in DATA_DIR/demo-accounts.txt.\n'
              : 'The demo was seeded before; nothing changed.\n',
          );
        }
      } finally {
        await closeStore(store);
      }
      return;
    }
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof DataDirLockedError || err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${err.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
