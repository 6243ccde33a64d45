import { type SQL, sql } from 'drizzle-orm';

/**
 * Bulk writes as one statement with one array parameter a column, unnested by the database
 * (`insert … select … from unnest($1::uuid[], $2::text[]) as v(id, name)`), whatever the number
 * of rows. A column whose values are all the same (a bulk's time, actor, enterprise) goes as one
 * scalar parameter instead of an array of copies: a 10,000-row import's audit records repeat ten
 * of their sixteen columns, which the driver would otherwise write and the database read 10,000
 * times each.
 *
 * A `jsonb` column's values (objects, or null) go as one JSON array, read by
 * `jsonb_array_elements` beside the other columns' `unnest` (`rows from (…)`): one
 * `JSON.stringify` and one JSON parse for all of them, where an array of JSON texts would have
 * every quote inside escaped, and unescaped again, element by element.
 *
 * Names and types are the repositories' own constants, never input.
 */
export type BulkColumn = {
  name: string;
  type: 'uuid' | 'text' | 'int' | 'boolean' | 'timestamptz' | 'jsonb';
  values: readonly unknown[];
};

export type BulkRows = {
  /** The column's value in a row: `v.name`, or the one parameter all rows share. */
  expr(name: string): SQL;
  /** `expr as name, …` for every column, in order (an INSERT's select list). */
  select: SQL;
  /** The column names, in order (an INSERT's column list). */
  names: SQL;
  /** `rows from (unnest(…), …) as v(…)`: the rows (a FROM item). */
  source: SQL;
};

const ESCAPED = /["\\]/;
const TO_ESCAPE = /["\\]/g;

const element = (v: unknown): string => {
  if (v === null || v === undefined) return 'NULL';
  let text: string;
  if (typeof v === 'string') text = v;
  else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') text = String(v);
  else if (v instanceof Date) text = v.toISOString();
  else throw new Error(`no array element of a ${typeof v}: serialise it first`);
  return ESCAPED.test(text) ? `"${text.replace(TO_ESCAPE, '\\$&')}"` : `"${text}"`;
};

/**
 * A list of values as PostgreSQL's array text (`{"a","b",NULL}`), cast by the statement
 * (`$1::uuid[]`). Both drivers would make the same text element by element (node-postgres with
 * two regular-expression replaces and a concatenation each); a list without NULLs, quotes or
 * backslashes, which is nearly every list of a bulk (ids, numbers, times), is one `join`.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  if (values.length === 0) return '{}';
  let plain = true;
  for (const v of values) {
    if (typeof v !== 'string' || ESCAPED.test(v)) {
      plain = false;
      break;
    }
  }
  return plain ? `{"${values.join('","')}"}` : `{${values.map(element).join(',')}}`;
}

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
    const first = c.values[0] ?? null;
    if (!varying.includes(c)) {
      const value = c.type === 'jsonb' && first !== null ? JSON.stringify(first) : first;
      exprs.set(c.name, sql`${sql.param(value)}::${sql.raw(c.type)}`);
    } else if (c.type === 'jsonb') {
      // An element JSON null is SQL NULL (a bulk's documents are objects: a missing one is null).
      exprs.set(c.name, sql.raw(`nullif(v.${c.name}, 'null'::jsonb)`));
    } else exprs.set(c.name, sql.raw(`v.${c.name}`));
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
    source: sql`rows from (${sql.join(
      varying.map((c) =>
        c.type === 'jsonb'
          ? sql`jsonb_array_elements(${sql.param(JSON.stringify(c.values))}::jsonb)`
          : sql`unnest(${sql.param(arrayLiteral(c.values))}::${sql.raw(c.type)}[])`,
      ),
      sql`, `,
    )}) as v(${sql.raw(varying.map((c) => c.name).join(', '))})`,
  };
}

/** `insert into table (…) select … from unnest(…)`. */
export function bulkInsert(table: string, columns: readonly BulkColumn[]): SQL {
  const rows = bulkRows(columns);
  return sql`insert into ${sql.raw(table)} (${rows.names}) select ${rows.select} from ${rows.source}`;
}
