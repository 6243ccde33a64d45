import { describe, expect, it } from 'vitest';
import { nameSchema } from './directory/schemas';
import { DomainError } from './errors';
import { issuesOf } from './messages/zod-issues';
import {
  type Cursor,
  cursorSchema,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  limitSchema,
  MAX_PAGE_SIZE,
  toPage,
} from './pagination';

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

function decodeError(raw: string): { code: string; message: string; fields: unknown; status: number } | null {
  try {
    decodeCursor(raw);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, message: error.message, fields: error.fields, status: error.status };
  }
}

describe('limitSchema', () => {
  it('defaults to 50 and allows up to 200', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(50);
    expect(MAX_PAGE_SIZE).toBe(200);
  });

  it.each<[unknown, number]>([
    [undefined, 50],
    ['1', 1],
    ['200', 200],
    [' 7 ', 7],
    [25, 25],
  ])('reads %j as %i', (input, limit) => {
    expect(limitSchema.parse(input)).toBe(limit);
  });

  it.each<[unknown, string]>([
    ['0', 'must be at least 1'],
    ['-1', 'must be at least 1'],
    ['201', 'must be at most 200'],
    ['1.5', 'must be a whole number'],
    ['abc', 'must be a number'],
  ])('refuses %j: %s', (input, message) => {
    expect(issuesOf(limitSchema, input)?.map((issue) => issue.message) ?? null).toStrictEqual([message]);
  });
});

describe('cursorSchema', () => {
  it.each<[unknown, boolean]>([
    [undefined, true],
    ['', true],
    ['x'.repeat(4096), true],
    ['x'.repeat(4097), false],
  ])('%j is accepted: %s', (input, accepted) => {
    expect(cursorSchema.safeParse(input).success).toBe(accepted);
  });

  it('says a long cursor is too long', () => {
    expect(issuesOf(cursorSchema, 'x'.repeat(4097))?.map((issue) => issue.message)).toStrictEqual([
      'must be at most 4096 characters',
    ]);
  });
});

describe('encodeCursor and decodeCursor', () => {
  it.each<[string, Cursor]>([
    ['a plain name', { key: 'de vries', id: ID }],
    ['a name with a capital and space', { key: 'de Vries', id: ID }],
    ['a non-ASCII name', { key: 'Ærø', id: ID }],
    ['a lower-cased non-ASCII name', { key: 'ærø', id: ID }],
    ['characters outside the BMP', { key: '📞 Centrale 𝄞', id: ID }],
    ['quotes, backslashes and JSON syntax', { key: '"],[\\"', id: ID }],
    ['a key whose base64 would hold + and /', { key: '???>>>', id: ID }],
    ['an empty key', { key: '', id: ID }],
    ['a null key', { key: null, id: ID }],
    ['a number key', { key: 42, id: ID }],
    ['a negative fraction key', { key: -1.25, id: ID }],
    ['an ISO time key', { key: '2026-05-04T09:00:00.000Z', id: ID }],
    ['a non-UUID id', { key: 'x', id: '17' }],
  ])('round-trips %s', (_label, cursor) => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toStrictEqual(cursor);
  });

  it('writes base64url of the JSON pair [key, id], without padding', () => {
    expect(encodeCursor({ key: 'Ærø', id: 'x' })).toBe(b64url('["Ærø","x"]'));
    expect(encodeCursor({ key: 'Ærø', id: 'x' })).toBe('WyLDhnLDuCIsIngiXQ');
    expect(encodeCursor({ key: null, id: 'a' })).toBe('W251bGwsImEiXQ');
  });

  it('reads what another base64url encoder wrote', () => {
    expect(decodeCursor(b64url(JSON.stringify(['de Vries', ID])))).toStrictEqual({ key: 'de Vries', id: ID });
  });

  it.each<[string | undefined]>([[undefined], ['']])('gives no cursor for %j', (raw) => {
    expect(decodeCursor(raw)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['not base64 at all', '!!!'],
    ['base64 of text that is not JSON', b64url('hello')],
    ['a JSON object instead of a pair', b64url(JSON.stringify({ key: 'a', id: ID }))],
    ['a pair with an empty id', b64url(JSON.stringify(['a', '']))],
    ['a pair with a numeric id', b64url(JSON.stringify(['a', 7]))],
    ['a boolean key', b64url(JSON.stringify([true, ID]))],
    ['an object key', b64url(JSON.stringify([{}, ID]))],
    ['three elements', b64url(JSON.stringify(['a', ID, 'x']))],
    ['one element', b64url(JSON.stringify(['a']))],
    ['a JSON null', b64url('null')],
    ['bytes that are not UTF-8', btoa('["\xff\xfe","x"]').replaceAll('=', '')],
    ['a cursor cut short', encodeCursor({ key: 'de Vries', id: ID }).slice(0, 10)],
    ['a number too large for JSON numbers', b64url(`[1e400,"${ID}"]`)],
  ])('refuses %s with a field message', (_label, raw) => {
    expect(decodeError(raw)).toStrictEqual({
      code: 'validation_failed',
      message: 'The input is not valid.',
      fields: { cursor: 'is not a cursor from this list' },
      status: 400,
    });
  });

  // The cursor of a list sorted by name carries the name (up to 200 characters) as its key;
  // multi-byte and escaped characters make it long, and the list must still take it back.
  it.each<[string, string]>([
    ['200 × é', 'é'.repeat(200)],
    ['120 × 日', '日'.repeat(120)],
    ['200 double quotes', '"'.repeat(200)],
  ])('makes a cursor the list accepts back for a valid name of %s', (_label, name) => {
    const key = nameSchema.parse(name).toLowerCase();
    const cursor = toPage([{ key }, { key: 'zz' }], 1, (row) => ({ key: row.key, id: ID })).nextCursor;
    expect(cursorSchema.safeParse(cursor ?? undefined).success).toBe(true);
  });

  it('makes an acceptable cursor for a 200-character ASCII name', () => {
    const cursor = encodeCursor({ key: 'a'.repeat(200), id: ID });
    expect(cursor).toHaveLength(324);
    expect(cursorSchema.safeParse(cursor).success).toBe(true);
  });
});

describe('toPage', () => {
  type Row = { name: string; id: string };
  const rows: Row[] = ['Ærø', 'Bakker', 'de Vries', 'Jansen'].map((name, i) => ({ name, id: `id-${i}` }));
  const keyOf = (row: Row): Cursor => ({ key: row.name.toLowerCase(), id: row.id });

  it.each<[string, Row[], number, string[], Cursor | null]>([
    ['no rows', [], 3, [], null],
    ['fewer rows than the limit', rows.slice(0, 2), 3, ['Ærø', 'Bakker'], null],
    ['exactly the limit: the last page', rows.slice(0, 3), 3, ['Ærø', 'Bakker', 'de Vries'], null],
    [
      'limit + 1: a full page and more to come',
      rows,
      3,
      ['Ærø', 'Bakker', 'de Vries'],
      { key: 'de vries', id: 'id-2' },
    ],
    ['limit 1 with two rows', rows.slice(0, 2), 1, ['Ærø'], { key: 'ærø', id: 'id-0' }],
    ['limit 1 with one row', rows.slice(0, 1), 1, ['Ærø'], null],
  ])('%s', (_label, input, limit, names, next) => {
    const page = toPage(input, limit, keyOf);
    expect(page.items.map((row) => row.name)).toStrictEqual(names);
    expect(page.nextCursor === null ? null : decodeCursor(page.nextCursor)).toStrictEqual(next);
  });

  it('points the cursor at the last row shown, never at the extra row', () => {
    const seen: Row[] = [];
    const page = toPage(rows, 3, (row) => {
      seen.push(row);
      return keyOf(row);
    });
    expect(seen).toStrictEqual([rows[2]]);
    expect(page.nextCursor).toBe(encodeCursor({ key: 'de vries', id: 'id-2' }));
  });

  it('does not change the rows it is given', () => {
    const input = [...rows];
    toPage(input, 2, keyOf);
    expect(input).toStrictEqual(rows);
  });
});
