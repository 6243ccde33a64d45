import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { DataDirLockedError } from '../server/db/data-dir-lock';
import { bootstrapFromConfig } from '../server/demo/bootstrap';
import { seedDemo } from '../server/demo/seed';
import { closeStore, openStore, serve } from '../server/main';
import { loadSecretKey } from '../server/secret-key';
import { CliRefusal, runExport, runImport } from '../server/telephony/provisioning/cli';
import { runSimulate } from '../server/telephony/routing/cli';
import { ensureWebBuild } from './ensure-web';

const USAGE = `centrale <command> [options]

Commands:
  serve [--no-demo] [--no-build]   start the server (migrates; seeds the demo into an empty installation)
  migrate                          apply database migrations and exit
  seed [--demo]                    create the provider and its admin; with --demo also the demo; then exit
  import --enterprise <id|name> [--sheet <sheet>] [--dry-run] [--json] <file>
                                   import a sheet (CSV) or a workbook (XLSX) of the provisioning form,
                                   all or nothing; exit 3 with every wrong row when the file has errors
  export --enterprise <id|name> [--sheet <sheet>] [--format csv|xlsx] [--template] [--out <file>]
                                   export the provisioning form (sheets: sites, users, numbers)
  simulate --enterprise <id|name> --from <caller> --to <dialled> [--at <ISO time>] [--digits <keys>]
           [--answer first|none] [--lang nl|en]
                                   plan a call and print its steps, the path taken and the outcome
  help                             show this text

Configuration comes from environment variables; see README.md.`;

async function main(argv: string[]): Promise<void> {
  const [command = 'help', ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      'no-demo': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      enterprise: { type: 'string' },
      sheet: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      template: { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      at: { type: 'string' },
      digits: { type: 'string' },
      answer: { type: 'string' },
      lang: { type: 'string' },
    },
    allowPositionals: command === 'import',
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
            timezone: config.timezone,
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
    case 'import':
    case 'export': {
      if (values.enterprise === undefined) throw new UsageError(`--enterprise is required.\n\n${USAGE}`);
      const [file] = positionals;
      if (command === 'import' && (file === undefined || positionals.length > 1))
        throw new UsageError(`Give one file to import.\n\n${USAGE}`);
      const config = loadConfig();
      const store = await openStore(config);
      try {
        const out =
          command === 'import'
            ? await runImport(store.database.db, {
                enterprise: values.enterprise,
                sheet: values.sheet,
                dryRun: values['dry-run'],
                json: values.json,
                file: file as string,
                sipRealm: config.sipRealm,
              })
            : await runExport(store.database.db, {
                enterprise: values.enterprise,
                sheet: values.sheet,
                format: values.format,
                out: values.out,
                template: values.template,
              });
        process.stdout.write(out);
      } finally {
        await closeStore(store);
      }
      return;
    }
    case 'simulate': {
      if (values.enterprise === undefined || values.from === undefined || values.to === undefined)
        throw new UsageError(`--enterprise, --from and --to are required.\n\n${USAGE}`);
      const store = await openStore(loadConfig());
      try {
        process.stdout.write(
          await runSimulate(store.database, {
            enterprise: values.enterprise,
            from: values.from,
            to: values.to,
            at: values.at,
            digits: values.digits,
            answer: values.answer,
            lang: values.lang,
          }),
        );
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
  if (err instanceof CliRefusal) {
    process.stderr.write(`${err.message}\n`);
    process.exit(err.exitCode);
  }
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
