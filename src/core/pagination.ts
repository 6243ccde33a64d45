import { z } from 'zod';
import { storableInstant } from './dates';
import { fieldError } from './errors';
import { idSchema } from './ids';
import { unstorableTextProblem } from './text';

/**
 * Keyset pagination. A cursor is the sort key and id of the last row of a page, opaque to clients
 * (base64url JSON). Keyset pages stay fast on large tables and stable while rows are added.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const limitSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);

// A cursor carries a sort key of up to 200 characters: room for multi-byte and escaped ones.
export const cursorSchema = z.string().max(4096).optional();

export type Cursor = { key: string | number | null; id: string };
/** The cursor of a list sorted on text: what `afterCursor` compares with the sort key. */
export type TextCursor = CursorOf<'text'>;

/**
 * What a list sorts on, and so what its cursor carries. A cursor comes back from the client, so
 * it is checked like any input: a forged one is a 400 on `cursor`, never a value of the wrong
 * type in a query (a number compared with text, an id that is no UUID, a NUL PostgreSQL cannot
 * hold, a time before year 1900).
 * - `text`: a text sort key (lower(name), an e-mail) with the UUID of the row as tie-breaker;
 * - `instant`: an ISO 8601 time (newest first) with the UUID of the row;
 * - `serial`: a positive serial number alone (the audit log); the id part repeats it.
 */
export type CursorKind = 'text' | 'instant' | 'serial';
export type CursorOf<K extends CursorKind> = { key: K extends 'serial' ? number : string; id: string };

/** Sort keys are names and e-mails of at most a few hundred characters; room for more. */
export const MAX_CURSOR_TEXT_KEY = 1000;

const uuidPart = idSchema;
const textKey = z
  .string()
  .max(MAX_CURSOR_TEXT_KEY)
  .refine((key) => unstorableTextProblem(key) === null);
const CURSOR_SHAPES = {
  text: z.tuple([textKey, uuidPart]),
  instant: z.tuple([z.iso.datetime().refine((key) => storableInstant(key) !== null), uuidPart]),
  serial: z
    .tuple([z.int().min(1).max(Number.MAX_SAFE_INTEGER), z.string()])
    .refine(([key, id]) => id === String(key)),
} satisfies Record<CursorKind, z.ZodType<[string | number, string]>>;

// Core runs in the browser too: no Buffer, only the web platform's encoders.
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify([cursor.key, cursor.id]));
}

export function decodeCursor<K extends CursorKind>(
  raw: string | undefined,
  kind: K,
): CursorOf<K> | undefined {
  if (raw === undefined || raw === '') return undefined;
  let parsed: [string | number, string];
  try {
    parsed = CURSOR_SHAPES[kind].parse(JSON.parse(fromBase64Url(raw)));
  } catch {
    throw fieldError('validation_failed', 'cursor', 'invalid_cursor');
  }
  return { key: parsed[0], id: parsed[1] } as CursorOf<K>;
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only tells that more follow.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => Cursor): Page<T> {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as T;
  return { items, nextCursor: encodeCursor(keyOf(last)) };
}
