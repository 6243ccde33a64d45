import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../testing/test-database';
import { arrayLiteral, bulkInsert, bulkRows } from './bulk';

const dialect = new PgDialect();

describe('bulk writes', () => {
  it('send a column whose values differ as an array, and one whose values are all the same once', () => {
    const q = dialect.sqlToQuery(
      bulkInsert('t', [
        { name: 'id', type: 'uuid', values: ['a', 'b', 'c'] },
        { name: 'at', type: 'timestamptz', values: ['x', 'x', 'x'] },
        { name: 'doc', type: 'jsonb', values: [{ a: 'say "hi"' }, null, []] },
        { name: 'note', type: 'text', values: [null, undefined, null] },
      ]),
    );
    expect(q.sql).toBe(
      'insert into t (id, at, doc, note) select v.id as id, $1::timestamptz as at, ' +
        "nullif(v.doc, 'null'::jsonb) as doc, $2::text as note " +
        'from rows from (unnest($3::uuid[]), jsonb_array_elements($4::jsonb)) as v(id, doc)',
    );
    expect(q.params).toEqual(['x', null, '{"a","b","c"}', '[{"a":"say \\"hi\\""},null,[]]']);
  });

  it('keep one column an array when every column repeats, so the number of rows stays', () => {
    const rows = bulkRows([
      { name: 'a', type: 'int', values: [1, 1] },
      { name: 'b', type: 'text', values: ['z', 'z'] },
    ]);
    const q = dialect.sqlToQuery(rows.source);
    expect(q.sql).toBe('rows from (unnest($1::int[])) as v(a)');
    expect(q.params).toEqual(['{"1","1"}']);
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

describe('arrayLiteral', () => {
  it.each<[unknown[], string]>([
    [[], '{}'],
    [['a', 'b'], '{"a","b"}'],
    [['a', null, undefined], '{"a",NULL,NULL}'],
    [['say "hi"', 'back\\slash'], '{"say \\"hi\\"","back\\\\slash"}'],
    [[1, 2.5, true], '{"1","2.5","true"}'],
    [[new Date('2026-12-03T10:00:00Z')], '{"2026-12-03T10:00:00.000Z"}'],
  ])('%j → %s', (values, text) => {
    expect(arrayLiteral(values)).toBe(text);
  });

  it('refuses an object (serialise it first)', () => {
    expect(() => arrayLiteral([{ a: 1 }])).toThrow('serialise it first');
  });
});

describe('arrayLiteral on the database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('reads back every value as it was sent, whatever its characters', async () => {
    const values = [
      'plain',
      '',
      'NULL',
      'null',
      null,
      'a,b',
      '{braces}',
      '"quoted"',
      'back\\slash\\',
      '\\"',
      ' spaces around ',
      'new\nline',
      'a","b',
      'Gebruiker ü €',
    ];
    const rows = await db.db.execute(
      sql`select v, o from unnest(${sql.param(arrayLiteral(values))}::text[]) with ordinality as t(v, o) order by o`,
    );
    expect((rows as unknown as { rows: { v: string | null }[] }).rows.map((r) => r.v)).toEqual(values);
  });

  it('reads back the rows of a bulk as they were, JSON documents and SQL NULLs included', async () => {
    const docs = [{ name: 'a "b" \\ c', nested: { list: [1, null, 'x'] } }, null, { empty: '' }];
    const rows = bulkRows([
      { name: 'n', type: 'int', values: [1, 2, 3] },
      { name: 'doc', type: 'jsonb', values: docs },
      { name: 'same', type: 'jsonb', values: [{ k: 1 }, { k: 1 }, { k: 1 }] },
      { name: 'none', type: 'jsonb', values: [null, null, null] },
    ]);
    const result = await db.db.execute(
      sql`select ${rows.expr('n')} as n, ${rows.expr('doc')} as doc, ${rows.expr('doc')} is null as missing,
        ${rows.expr('same')} as same, ${rows.expr('none')} is null as none from ${rows.source} order by 1`,
    );
    expect((result as unknown as { rows: unknown[] }).rows).toEqual([
      { n: 1, doc: docs[0], missing: false, same: { k: 1 }, none: true },
      { n: 2, doc: null, missing: true, same: { k: 1 }, none: true },
      { n: 3, doc: docs[2], missing: false, same: { k: 1 }, none: true },
    ]);
  });
});
