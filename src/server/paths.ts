import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root: the folder of Centrale's package.json, found by walking up from this
 * module. Paths are resolved from it, so they hold both for the sources (src/server/...) and for
 * the bundle that `centrale serve` runs (dist/server/...).
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'centrale') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Centrale's package.json not found above ${from}`);
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

export const MIGRATIONS_DIR = path.join(ROOT, 'src/server/db/migrations');
export const WEB_DIST = path.join(ROOT, 'dist/web');
