import { describe, expect, it } from 'vitest';
import { nameSchema } from './directory/schemas';
import { DomainError } from './errors';
import { issuesOf } from './messages/zod-issues';
import {
  type Cursor,
  type CursorKind,
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

const REFUSED = {
  code: 'validation_failed',
  message: 'The input is not valid.',
  fields: { cursor: 'is not a cursor from this list' },
  status: 400,
};

function decodeError(
  raw: string,
  kind: CursorKind = 'text',
): { code: string; message: string; fields: unknown; status: number } | null {
  try {
    decodeCursor(raw, kind);
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
    ['a key of 1000 characters', { key: 'x'.repeat(1000), id: ID }],
  ])('round-trips a text cursor: %s', (_label, cursor) => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, 'text')).toStrictEqual(cursor);
  });

  it.each<[CursorKind, Cursor]>([
    ['instant', { key: '2026-05-04T09:00:00.000Z', id: ID }],
    ['instant', { key: '1900-01-01T00:00:00.000Z', id: ID }],
    ['instant', { key: '9999-12-31T23:59:59.999Z', id: ID }],
    ['serial', { key: 42, id: '42' }],
    ['serial', { key: Number.MAX_SAFE_INTEGER, id: String(Number.MAX_SAFE_INTEGER) }],
  ])('round-trips a cursor of kind %s: %j', (kind, cursor) => {
    expect(decodeCursor(encodeCursor(cursor), kind)).toStrictEqual(cursor);
  });

  it('writes base64url of the JSON pair [key, id], without padding', () => {
    expect(encodeCursor({ key: 'Ærø', id: 'x' })).toBe(b64url('["Ærø","x"]'));
    expect(encodeCursor({ key: 'Ærø', id: 'x' })).toBe('WyLDhnLDuCIsIngiXQ');
    expect(encodeCursor({ key: null, id: 'a' })).toBe('W251bGwsImEiXQ');
  });

  it('reads what another base64url encoder wrote', () => {
    expect(decodeCursor(b64url(JSON.stringify(['de Vries', ID])), 'text')).toStrictEqual({
      key: 'de Vries',
      id: ID,
    });
  });

  it.each<[string | undefined]>([[undefined], ['']])('gives no cursor for %j', (raw) => {
    expect(decodeCursor(raw, 'text')).toBeUndefined();
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
    expect(decodeError(raw)).toStrictEqual(REFUSED);
  });

  // A forged cursor must never put a value of the wrong type into a query: each list says what
  // its cursor carries, and anything else is refused before the database sees it.
  it.each<[CursorKind, string, string]>([
    ['text', 'an id that is not a UUID', b64url('["a","not-a-uuid"]')],
    ['text', 'a numeric id', b64url('["a","17"]')],
    ['text', 'a number key', b64url(`[1,"${ID}"]`)],
    ['text', 'a huge number key', b64url('[1e308,"1"]')],
    ['text', 'a null key', b64url(`[null,"${ID}"]`)],
    ['text', 'a key of 1001 characters', b64url(JSON.stringify(['x'.repeat(1001), ID]))],
    ['text', 'a NUL in the key', b64url(JSON.stringify(['a\u0000', ID]))],
    ['text', 'a lone surrogate in the key', b64url(`["a\\ud800","${ID}"]`)],
    ['instant', 'a key that is not a time', b64url(`["a","${ID}"]`)],
    ['instant', 'a number key', b64url(`[1,"${ID}"]`)],
    ['instant', 'the year 0', b64url(`["0000-01-01T00:00:00.000Z","${ID}"]`)],
    ['instant', 'the year 1899', b64url(`["1899-12-31T23:59:59.999Z","${ID}"]`)],
    ['instant', 'an id that is not a UUID', b64url('["2026-05-04T09:00:00.000Z","1"]')],
    ['serial', 'a text key', b64url('["a","1"]')],
    ['serial', 'a number too large', b64url('[1e308,"1e+308"]')],
    ['serial', 'a number past the safe range', b64url('[9007199254740993,"9007199254740992"]')],
    ['serial', 'a fraction', b64url('[1.5,"1.5"]')],
    ['serial', 'zero', b64url('[0,"0"]')],
    ['serial', 'minus zero', b64url('[-0,"0"]')],
    ['serial', 'a negative number', b64url('[-1,"-1"]')],
    ['serial', 'an id that does not repeat the key', b64url('[5,"6"]')],
  ])('a %s cursor refuses %s', (kind, _label, raw) => {
    expect(decodeError(raw, kind)).toStrictEqual(REFUSED);
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
  const rows: Row[] = ['Ærø', 'Bakker', 'de Vries', 'Jansen'].map((name, i) => ({
    name,
    id: `${ID.slice(0, -1)}${i}`,
  }));
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
      { key: 'de vries', id: rows[2]?.id ?? '' },
    ],
    ['limit 1 with two rows', rows.slice(0, 2), 1, ['Ærø'], { key: 'ærø', id: rows[0]?.id ?? '' }],
    ['limit 1 with one row', rows.slice(0, 1), 1, ['Ærø'], null],
  ])('%s', (_label, input, limit, names, next) => {
    const page = toPage(input, limit, keyOf);
    expect(page.items.map((row) => row.name)).toStrictEqual(names);
    expect(page.nextCursor === null ? null : decodeCursor(page.nextCursor, 'text')).toStrictEqual(next);
  });

  it('points the cursor at the last row shown, never at the extra row', () => {
    const seen: Row[] = [];
    const page = toPage(rows, 3, (row) => {
      seen.push(row);
      return keyOf(row);
    });
    expect(seen).toStrictEqual([rows[2]]);
    expect(page.nextCursor).toBe(encodeCursor({ key: 'de vries', id: rows[2]?.id ?? '' }));
  });

  it('does not change the rows it is given', () => {
    const input = [...rows];
    toPage(input, 2, keyOf);
    expect(input).toStrictEqual(rows);
  });
});
