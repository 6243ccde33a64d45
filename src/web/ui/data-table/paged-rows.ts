import type { DataTableProps } from './data-table';

/** A list read page by page from the server (what useCursorList returns). */
export type PagedList<T> = {
  rows: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  exportAll: (onProgress: (loaded: number) => void, signal: AbortSignal) => Promise<T[]>;
};

/** The table's rows, loading and error state, "load more" and CSV export, from a paged list. */
export function pagedRows<T>(list: PagedList<T>) {
  return {
    rows: list.rows,
    loading: list.loading,
    error: list.error,
    hasMore: list.hasMore,
    loadingMore: list.loadingMore,
    onLoadMore: list.loadMore,
    exportAll: list.exportAll,
  } satisfies Partial<DataTableProps<T>>;
}
