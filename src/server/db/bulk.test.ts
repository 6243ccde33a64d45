import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { bulkInsert, bulkRows } from './bulk';

const dialect = new PgDialect();

describe('bulk writes', () => {
  it('send a column whose values differ as an array, and one whose values are all the same once', () => {
    const q = dialect.sqlToQuery(
      bulkInsert('t', [
        { name: 'id', type: 'uuid', values: ['a', 'b', 'c'] },
        { name: 'at', type: 'timestamptz', values: ['x', 'x', 'x'] },
        { name: 'doc', type: 'text', values: ['{}', null, '[]'], cast: 'jsonb' },
        { name: 'note', type: 'text', values: [null, undefined, null] },
      ]),
    );
    expect(q.sql).toBe(
      'insert into t (id, at, doc, note) select v.id as id, $1::timestamptz as at, v.doc::jsonb as doc, ' +
        '$2::text as note from unnest($3::uuid[], $4::text[]) as v(id, doc)',
    );
    expect(q.params).toEqual(['x', null, ['a', 'b', 'c'], ['{}', null, '[]']]);
  });

  it('keep one column an array when every column repeats, so the number of rows stays', () => {
    const rows = bulkRows([
      { name: 'a', type: 'int', values: [1, 1] },
      { name: 'b', type: 'text', values: ['z', 'z'] },
    ]);
    const q = dialect.sqlToQuery(rows.source);
    expect(q.sql).toBe('unnest($1::int[]) as v(a)');
    expect(q.params).toEqual([[1, 1]]);
    expect(dialect.sqlToQuery(rows.expr('b')).sql).toBe('$1::text');
  });

  it('refuse columns of different lengths', () => {
    expect(() =>
      bulkRows([
        { name: 'a', type: 'int', values: [1, 2] },
        { name: 'b', type: 'int', values: [1] },
      ]),
    ).toThrow('bulk column b has 1 values, not 2');
  });
});
