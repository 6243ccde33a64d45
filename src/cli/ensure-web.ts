import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, WEB_DIST } from '../server/paths';

const WEB_INPUTS = ['src/web', 'src/core', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when the portal's build is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return WEB_INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

/** Builds the portal with Vite when it is missing or stale (the first `npm start`, or after a pull). */
export async function ensureWebBuild(): Promise<void> {
  if (!webBuildIsStale()) return;
  process.stdout.write('Building the portal (first start or changed sources)...\n');
  const { build } = await import('vite');
  // Always the production portal: under a test runner NODE_ENV is "test", and Vite would then
  // bundle React's development build into dist/web, which a later `npm start` would serve.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
