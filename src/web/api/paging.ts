import type { QueryParams } from './query-string';

/** One page of a list endpoint. */
export type Page<T> = { items: T[]; nextCursor: string | null };

export type PageFetcher<T> = (params: QueryParams) => Promise<Page<T>>;

/** The largest page the API hands out. */
export const MAX_LIMIT = 200;

/**
 * Follows the cursors until the list ends, collecting every row (a CSV export of all matching
 * rows). `onProgress` hears the running total after each page; `signal` stops between pages.
 */
export async function fetchAllPages<T>(
  fetchPage: PageFetcher<T>,
  params: QueryParams,
  options: { onProgress?: (loaded: number) => void; signal?: AbortSignal; maxPages?: number } = {},
): Promise<T[]> {
  const rows: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  const maxPages = options.maxPages ?? 10_000;
  for (let page = 0; page < maxPages; page++) {
    if (options.signal?.aborted) throw new DOMException('The export was cancelled', 'AbortError');
    const result: Page<T> = await fetchPage({ ...params, limit: MAX_LIMIT, cursor });
    rows.push(...result.items);
    options.onProgress?.(rows.length);
    if (result.nextCursor === null || result.items.length === 0) return rows;
    // A cursor that comes back twice would loop for ever: stop instead.
    if (seen.has(result.nextCursor)) return rows;
    seen.add(result.nextCursor);
    cursor = result.nextCursor;
  }
  return rows;
}

/** The rows of all pages loaded so far, in order. */
export const flattenPages = <T>(pages: readonly Page<T>[] | undefined): T[] =>
  (pages ?? []).flatMap((page) => page.items);
