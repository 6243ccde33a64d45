import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The key that seals secrets at rest (TOTP seeds): CENTRALE_SECRET_KEY, else a key generated at
 * first start in DATA_DIR/secret.key (mode 0600). Nodes that share a PostgreSQL database must
 * share the key: set CENTRALE_SECRET_KEY on each.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): string {
  if (configured) return configured.toLowerCase();
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`${file} does not hold a 64-character hexadecimal key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
