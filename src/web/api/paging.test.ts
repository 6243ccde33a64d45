import { describe, expect, it } from 'vitest';
import { fetchAllPages, flattenPages, MAX_LIMIT, type Page } from './paging';

const pages: Record<string, Page<number>> = {
  start: { items: [1, 2], nextCursor: 'a' },
  a: { items: [3, 4], nextCursor: 'b' },
  b: { items: [5], nextCursor: null },
};

describe('fetchAllPages', () => {
  it('follows cursors to the end with the largest page size, reporting progress', async () => {
    const calls: unknown[] = [];
    const progress: number[] = [];
    const rows = await fetchAllPages(
      async (params) => {
        calls.push(params);
        return pages[(params.cursor as string | null) ?? 'start'] as Page<number>;
      },
      { q: 'x' },
      { onProgress: (n) => progress.push(n) },
    );
    expect(rows).toEqual([1, 2, 3, 4, 5]);
    expect(progress).toEqual([2, 4, 5]);
    expect(calls[0]).toEqual({ q: 'x', limit: MAX_LIMIT, cursor: null });
    expect(calls[2]).toEqual({ q: 'x', limit: MAX_LIMIT, cursor: 'b' });
  });

  it('stops on a repeated cursor instead of looping', async () => {
    const rows = await fetchAllPages(async () => ({ items: [1], nextCursor: 'same' }), {});
    expect(rows).toEqual([1, 1]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      fetchAllPages(async () => ({ items: [], nextCursor: null }), {}, { signal: controller.signal }),
    ).rejects.toThrow('cancelled');
  });
});

describe('flattenPages', () => {
  it('joins the pages in order', () => {
    expect(flattenPages([pages.start as Page<number>, pages.b as Page<number>])).toEqual([1, 2, 5]);
    expect(flattenPages(undefined)).toEqual([]);
  });
});
