import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from './client';
import { fetchAllPages, flattenPages, type Page } from './paging';
import type { QueryParams } from './query-string';

export const PAGE_SIZE = 50;

/**
 * A list endpoint with cursor paging: the first page, "load more", and every page for an export.
 * `key` names the resource for cache invalidation (e.g. ['sites', enterpriseId]).
 */
export function useCursorList<T>(
  key: readonly unknown[],
  path: string,
  params: QueryParams,
  options: { enabled?: boolean; pageSize?: number } = {},
) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const query = useInfiniteQuery({
    queryKey: [...key, 'list', params, pageSize],
    queryFn: ({ pageParam }) => api.get<Page<T>>(path, { ...params, limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  return {
    rows: flattenPages(query.data?.pages),
    loading: query.isPending && (options.enabled ?? true),
    fetching: query.isFetching,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    exportAll: (onProgress: (loaded: number) => void, signal?: AbortSignal) =>
      fetchAllPages<T>(
        (p) => api.get<Page<T>>(path, p),
        params,
        signal ? { onProgress, signal } : { onProgress },
      ),
  };
}
