#!/usr/bin/env node
// The `centrale` command. The sources are TypeScript: they are compiled with esbuild into one
// module, dist/server/centrale.mjs, whenever the sources are newer (a few hundred milliseconds),
// and that module runs. Loading one plain module starts much faster than transpiling each source
// file through a loader. Should the compiler be unavailable, tsx runs the sources directly.
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/server/centrale.mjs');
const inputs = ['src/server', 'src/core', 'src/cli', 'package-lock.json'].map((p) => path.join(root, p));

function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

async function compile() {
  const { build } = await import('esbuild');
  // Written beside the bundle, then renamed: another process starting meanwhile sees either the
  // old bundle or the new one, never half of one.
  const temporary = `${bundle}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  renameSync(`${temporary}.map`, `${bundle}.map`);
  renameSync(temporary, bundle);
}

// `serve` on the embedded database: start compiling PGlite's WebAssembly now, on V8's background
// threads, while the server's modules load; src/server/db/client.ts picks the modules up.
if (process.argv[2] === 'serve' && !process.env.DATABASE_URL) {
  const dist = new URL('.', import.meta.resolve('@electric-sql/pglite'));
  const compile = (name) => readFile(new URL(name, dist)).then((bytes) => WebAssembly.compile(bytes));
  globalThis[Symbol.for('centrale.pglite.wasm')] = {
    pglite: compile('pglite.wasm'),
    initdb: compile('initdb.wasm'),
  };
}

let entry = bundle;
try {
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...inputs.map(newest))) await compile();
  process.setSourceMapsEnabled(true);
} catch (err) {
  process.stderr.write(
    `Compiling the server failed (${err instanceof Error ? err.message : err}); running the sources with tsx.\n`,
  );
  const { register } = await import('tsx/esm/api');
  register();
  entry = path.join(root, 'src/cli/main.ts');
}
await import(pathToFileURL(entry).href);
