import { getTableName, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { TextCursor } from '../../core/pagination';

/**
 * Keyset pagination: rows after the cursor in the order (sort key, id). The sort key is a text
 * expression (lists sort on lower(name) so both drivers agree), the id (a UUID) breaks ties; the
 * cursor is a text cursor, so a forged numeric key never meets a text column.
 */
export function afterCursor(
  sortKey: SQL,
  id: PgColumn,
  /** The cursor's values, or placeholders of a prepared query. */
  cursor: TextCursor | { key: Placeholder; id: Placeholder } | undefined,
  direction: SortDirection = 'asc',
): SQL | undefined {
  if (cursor === undefined) return undefined;
  return direction === 'asc'
    ? sql`(${sortKey}, ${id}) > (${cursor.key}, ${cursor.id})`
    : sql`(${sortKey}, ${id}) < (${cursor.key}, ${cursor.id})`;
}

export type SortDirection = 'asc' | 'desc';

/** ORDER BY for a keyset list: the sort key and the id, both in the list's direction. */
export const keysetOrder = (sortKey: SQL, id: PgColumn, direction: SortDirection = 'asc'): SQL[] =>
  direction === 'asc' ? [sql`${sortKey} asc`, sql`${id} asc`] : [sql`${sortKey} desc`, sql`${id} desc`];

export const lowerOf = (column: PgColumn): SQL<string> => sql<string>`lower(${column})`;

/** Nullable text sorted as '' so that keyset comparisons never meet NULL. */
export const lowerOrEmpty = (column: PgColumn): SQL<string> => sql<string>`coalesce(lower(${column}), '')`;

/** A case-insensitive "contains" filter for free-text search (LIKE wildcards in the text are literal). */
export function containsText(columns: PgColumn[], q: string | undefined): SQL | undefined {
  if (q === undefined || q === '') return undefined;
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const parts = columns.map((c) => sql`lower(${c}) like ${pattern}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * A column written as "table"."column". Drizzle leaves columns unqualified in a query of one
 * table, and inside a correlated subquery an unqualified "id" would mean the inner table's.
 */
export const qualified = (column: PgColumn): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
