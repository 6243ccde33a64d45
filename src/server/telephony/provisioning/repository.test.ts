import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numbers } from '../../db/schema';
import { freshDatabase, type TestDatabase } from '../../testing/test-database';
import { numbersOf } from './repository';

/** numbersOf reads its rows as one JSON document: they must be the rows a plain select gives. */
describe('numbersOf', () => {
  let db: TestDatabase;
  const enterpriseId = randomUUID();
  const otherId = randomUUID();
  const siteId = randomUUID();
  beforeAll(async () => {
    db = await freshDatabase();
    const providerId = randomUUID();
    await db.query(`insert into providers (id, name) values ($1, 'P')`, [providerId]);
    for (const id of [enterpriseId, otherId])
      await db.query('insert into enterprises (id, provider_id, name) values ($1, $2, $3)', [
        id,
        providerId,
        `E ${id}`,
      ]);
    await db.query(
      `insert into sites (id, enterprise_id, name, street, city, postcode, line_type, voice_channels, codec)
       values ($1, $2, 'Zwolle', 'Markt 1', 'Zwolle', '8011 AA', 'fibre', 10, 'g711')`,
      [siteId, enterpriseId],
    );
    for (const [id, first] of [
      [enterpriseId, '+31385000000'],
      [otherId, '+31385000100'],
    ] as const) {
      const blockId = randomUUID();
      await db.query(
        `insert into number_blocks (id, enterprise_id, first, size, kind) values ($1, $2, $3, 100, 'geographic')`,
        [blockId, id, first],
      );
      await db.query(
        `insert into numbers (id, enterprise_id, block_id, number, kind, site_id, updated_at)
         select gen_random_uuid(), $1, $2, '+3138' || (5000000 + i + $4::int), 'geographic', $3,
           '2026-12-03 10:11:12.345678+00'::timestamptz + i * interval '1.0001 second'
         from generate_series(99, 0, -1) as i`,
        [id, blockId, id === enterpriseId ? siteId : null, id === enterpriseId ? 0 : 100],
      );
    }
    await db.query(
      `update numbers set state = 'assigned', assignee_type = 'user', assignee_id = $2, assignee_role = 'fixed',
         note = $3, site_id = null where number = $1`,
      ['+31385000007', randomUUID(), 'Receptie "hoofd" \\ €, {1}'],
    );
    await db.query(`update numbers set state = 'reserved', note = '' where number = '+31385000042'`);
  });
  afterAll(async () => {
    await db.close();
  });

  const plain = (values?: string[]) =>
    db.db
      .select()
      .from(numbers)
      .where(eq(numbers.enterpriseId, enterpriseId))
      .orderBy(asc(numbers.number))
      .then((rows) => (values ? rows.filter((r) => values.includes(r.number)) : rows));

  it('gives the rows a plain select gives, in number order', async () => {
    const all = await numbersOf(db.db, enterpriseId);
    expect(all).toHaveLength(100);
    expect(all).toEqual(await plain());
    expect(all.find((n) => n.number === '+31385000007')?.note).toBe('Receptie "hoofd" \\ €, {1}');
  });

  it('gives those asked for, locked in a transaction, and nothing of another enterprise', async () => {
    const values = ['+31385000042', '+31385000007', '+31385000150', '+31380000000'];
    const locked = await db.db.transaction((tx) => numbersOf(tx, enterpriseId, { values, lock: true }));
    expect(locked.map((n) => n.number)).toEqual(['+31385000007', '+31385000042']);
    expect(locked).toEqual(await plain(values));
    expect(await numbersOf(db.db, enterpriseId, { values: [] })).toEqual([]);
    expect(await numbersOf(db.db, randomUUID())).toEqual([]);
  });
});
