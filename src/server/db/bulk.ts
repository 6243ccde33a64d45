import { type SQL, sql } from 'drizzle-orm';

/**
 * Bulk writes as one statement with one array parameter a column, unnested by the database
 * (`insert … select … from unnest($1::uuid[], $2::text[]) as v(id, name)`), whatever the number
 * of rows. A column whose values are all the same (a bulk's time, actor, enterprise) goes as one
 * scalar parameter instead of an array of copies: a 10,000-row import's audit records repeat ten
 * of their sixteen columns, which the driver would otherwise write and the database read 10,000
 * times each.
 *
 * Names and types are the repositories' own constants, never input.
 */
export type BulkColumn = {
  name: string;
  type: 'uuid' | 'text' | 'int' | 'boolean' | 'timestamptz';
  values: readonly unknown[];
  /** A cast after reading (text → jsonb for JSON the caller serialised). */
  cast?: 'jsonb';
};

export type BulkRows = {
  /** The column's value in a row: `v.name`, or the one parameter all rows share. */
  expr(name: string): SQL;
  /** `expr as name, …` for every column, in order (an INSERT's select list). */
  select: SQL;
  /** The column names, in order (an INSERT's column list). */
  names: SQL;
  /** `unnest(…) as v(…)`: the rows (a FROM item). */
  source: SQL;
};

const same = (values: readonly unknown[]): boolean => {
  const first = values[0] ?? null;
  for (const v of values) if ((v ?? null) !== first) return false;
  return true;
};

export function bulkRows(columns: readonly BulkColumn[]): BulkRows {
  if (columns.length === 0) throw new Error('bulkRows needs at least one column');
  const count = columns[0]?.values.length ?? 0;
  for (const c of columns) {
    if (c.values.length !== count)
      throw new Error(`bulk column ${c.name} has ${c.values.length} values, not ${count}`);
  }
  // At least one column stays an array: it carries the number of rows.
  const varying = columns.filter((c) => !same(c.values));
  if (varying.length === 0) varying.push(columns[0] as BulkColumn);
  const exprs = new Map<string, SQL>();
  for (const c of columns) {
    const base = varying.includes(c)
      ? sql.raw(`v.${c.name}`)
      : sql`${sql.param(c.values[0] ?? null)}::${sql.raw(c.type)}`;
    exprs.set(c.name, c.cast ? sql`${base}::${sql.raw(c.cast)}` : base);
  }
  const expr = (name: string): SQL => {
    const e = exprs.get(name);
    if (e === undefined) throw new Error(`no bulk column ${name}`);
    return e;
  };
  return {
    expr,
    select: sql.join(
      columns.map((c) => sql`${expr(c.name)} as ${sql.raw(c.name)}`),
      sql`, `,
    ),
    names: sql.raw(columns.map((c) => c.name).join(', ')),
    source: sql`unnest(${sql.join(
      varying.map((c) => sql`${sql.param(c.values)}::${sql.raw(c.type)}[]`),
      sql`, `,
    )}) as v(${sql.raw(varying.map((c) => c.name).join(', '))})`,
  };
}

/** `insert into table (…) select … from unnest(…)`. */
export function bulkInsert(table: string, columns: readonly BulkColumn[]): SQL {
  const rows = bulkRows(columns);
  return sql`insert into ${sql.raw(table)} (${rows.names}) select ${rows.select} from ${rows.source}`;
}
