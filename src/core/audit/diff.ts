/**
 * Before/after of an audited change. Snapshots are plain JSON values of the fields an entity's
 * audit shape names (core/audit/shape.ts).
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Snapshot = { [key: string]: Json };
export type Change = { from: Json | undefined; to: Json | undefined };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A field's path, split once (a bulk import snapshots 20,000 records of the same few fields). */
const paths = new Map<string, readonly string[]>();
const pathOf = (field: string): readonly string[] => {
  let path = paths.get(field);
  if (path === undefined) {
    path = field.split('.');
    paths.set(field, path);
  }
  return path;
};

/**
 * A JSON snapshot of the named fields of an entity, and of nothing else: dates as ISO strings,
 * undefined dropped. A field is a key (`name`) or a dotted path into a nested object
 * (`voicemail.enabled`), which keeps only that part of it. What is not named never enters the
 * append-only log, so a new secret column cannot leak into it by being forgotten.
 */
export function snapshot(entity: Record<string, unknown>, fields: readonly string[]): Snapshot {
  const out: Snapshot = {};
  for (const field of fields) {
    const path = pathOf(field);
    let value: unknown = entity;
    for (const key of path) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    if (value === undefined) continue;
    if (path.length === 1) {
      out[field] = toJson(value);
      continue;
    }
    let target = out;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (isObject(next)) target = next as Snapshot;
      else {
        const created: Snapshot = {};
        target[key] = created;
        target = created;
      }
    }
    target[path[path.length - 1] as string] = toJson(value);
  }
  return out;
}

function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (isObject(value)) {
    const copy: Snapshot = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) copy[key] = toJson(inner);
    return copy;
  }
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
