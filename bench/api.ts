/**
 * `npm run bench:api`: the authenticated user list, /api/health and a bare floor on the same SQL,
 * on PGlite and PostgreSQL, plus the start-up time; results printed and recorded in bench/README.md.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { parseOptions } from './lib/options';
import { buildSection, RATIO_TARGET, README, ratiosOf, summarize, writeSection } from './lib/report';
import { type DriverResult, runDriver } from './lib/scenario';
import { measureStartup, STARTUP_TARGET_MS, type StartupResult } from './lib/startup';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (options === null) return 0;
  if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });
  const at = new Date();
  const loadBefore = os.loadavg();
  if ((loadBefore[0] ?? 0) > os.availableParallelism() / 2) {
    process.stdout.write(
      `Warning: load average ${loadBefore[0]?.toFixed(2)} before the run; other work shares the CPUs\n`,
    );
  }

  const results: DriverResult[] = [];
  for (const driver of options.drivers) results.push(await runDriver(driver, options));
  let startup: StartupResult | null = null;
  if (options.startupRuns > 0) {
    process.stdout.write('[start-up] timing serve --no-build on an existing PGlite data directory\n');
    startup = await measureStartup(options);
  }

  const section = buildSection(options, argv, results, startup, at, loadBefore);
  process.stdout.write(`\n${section}\n`);
  if (options.writeReadme) {
    writeSection(section);
    process.stdout.write(`Recorded in ${README}\n`);
  }
  if (options.cpuProfileDir) process.stdout.write(`CPU profiles in ${options.cpuProfileDir}\n`);

  const missed = results.flatMap((r) =>
    ratiosOf(summarize(r))
      .filter((x) => x.ratio < RATIO_TARGET)
      .map((x) => `${r.driver} (${x.what})`),
  );
  const slowStart = startup !== null && Math.max(...startup.restartsMs) > STARTUP_TARGET_MS;
  if (missed.length > 0) process.stdout.write(`List ÷ floor below target on: ${missed.join(', ')}\n`);
  if (slowStart) process.stdout.write('Start-up above target\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
