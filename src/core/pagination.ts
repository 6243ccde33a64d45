import { z } from 'zod';
import { fieldError } from './errors';

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

const cursorShape = z.tuple([z.union([z.string(), z.number(), z.null()]), z.string().min(1)]);

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

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const parsed = cursorShape.parse(JSON.parse(fromBase64Url(raw)));
    return { key: parsed[0], id: parsed[1] };
  } catch {
    throw fieldError('validation_failed', 'cursor', 'invalid_cursor');
  }
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
