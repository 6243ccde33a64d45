/**
 * Before/after of an audited change. Snapshots are plain JSON values; secrets never enter them.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Snapshot = { [key: string]: Json };
export type Change = { from: Json | undefined; to: Json | undefined };

/** Fields never written to the audit log, whatever entity they belong to. */
export const SECRET_FIELDS = new Set([
  'passwordHash',
  'password',
  'newPassword',
  'currentPassword',
  'totpSecret',
  'tokenHash',
  'codeHash',
  'csrfToken',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A JSON snapshot of an entity: dates as ISO strings, secrets left out, undefined dropped. */
export function snapshot(entity: Record<string, unknown>): Snapshot {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SECRET_FIELDS.has(key) || value === undefined) continue;
    out[key] = toJson(value);
  }
  return out;
}

function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (isObject(value)) return snapshot(value);
  // JSON has no NaN or Infinity: they are stored (and compared) as null.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The fields that differ between two snapshots (either may be null: a create or a delete). */
export function diff(before: Snapshot | null, after: Snapshot | null): Record<string, Change> {
  const changes: Record<string, Change> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'updatedAt') continue;
    const from = before?.[key];
    const to = after?.[key];
    if (!jsonEqual(from, to)) changes[key] = { from, to };
  }
  return changes;
}
