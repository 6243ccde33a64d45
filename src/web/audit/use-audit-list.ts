import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AuditPageDto } from '../../core/audit/schemas';
import { api } from '../api/client';
import { fetchAllPages, type Page } from '../api/paging';
import type { QueryParams } from '../api/query-string';
import { PAGE_SIZE } from '../api/use-cursor-list';
import type { PagedList } from '../ui/data-table/paged-rows';
import type { AuditRow } from './audit-text';

const PATH = '/api/audit-events';

/** The events of a page, each holding the names its page came with (the same map, not a copy). */
const rowsOf = (page: AuditPageDto): AuditRow[] => page.items.map((item) => ({ ...item, names: page.names }));

/**
 * The audit log page by page, like useCursorList, but keeping each page's `names` with its events
 * so that a row, and the CSV export of every page, can name what its ids refer to.
 */
export function useAuditList(params: QueryParams): PagedList<AuditRow> {
  const query = useInfiniteQuery({
    queryKey: ['audit', 'list', params, PAGE_SIZE],
    queryFn: ({ pageParam }) =>
      api.get<AuditPageDto>(PATH, { ...params, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const rows = useMemo(() => (pages ?? []).flatMap(rowsOf), [pages]);
  return {
    rows,
    loading: query.isPending,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    exportAll: (onProgress, signal) =>
      fetchAllPages<AuditRow>(
        async (p): Promise<Page<AuditRow>> => {
          const page = await api.get<AuditPageDto>(PATH, p);
          return { items: rowsOf(page), nextCursor: page.nextCursor };
        },
        params,
        { onProgress, signal },
      ),
  };
}
