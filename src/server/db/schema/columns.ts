import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, customType, timestamp } from 'drizzle-orm/pg-core';

/** Column helpers shared by every context's tables. */

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const created = () => ts('created_at').notNull().defaultNow();
export const updated = () => ts('updated_at').notNull().defaultNow();

/**
 * `column in ('a','b')` for a CHECK constraint, from the values core defines, so that the
 * database refuses what the schemas refuse and the list is written once.
 */
export const oneOf = (column: AnyPgColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(','))})`;

/** A mutable copy of a core enum tuple, as Drizzle's `text(..., { enum })` wants it. */
export const values = <T extends string>(list: readonly [T, ...T[]]): [T, ...T[]] => [...list] as [T, ...T[]];

/** A file's bytes, kept in the database itself (a backup of the database is a backup of the files). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
