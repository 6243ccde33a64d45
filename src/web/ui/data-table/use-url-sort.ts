import { useSearchParams } from 'react-router';
import type { SortDirection, SortState } from './sort';

/**
 * A server-sorted table's sort, kept in the URL (`sort`, `direction`) so that a link or a reload
 * shows the same order. The first column is the default and is left out of the URL, as is `asc`.
 */
export function useUrlSort<C extends string>(columns: readonly [C, ...C[]]) {
  const [params, setParams] = useSearchParams();
  const [first] = columns;
  const asked = params.get('sort');
  const column: C = columns.find((c) => c === asked) ?? first;
  const direction: SortDirection = params.get('direction') === 'desc' ? 'desc' : 'asc';
  const sort: SortState = { column, direction };
  const onSortChange = (next: SortState) => {
    const updated = new URLSearchParams(params);
    if (next && next.column !== first && columns.includes(next.column as C)) updated.set('sort', next.column);
    else updated.delete('sort');
    if (next?.direction === 'desc') updated.set('direction', 'desc');
    else updated.delete('direction');
    setParams(updated, { replace: true });
  };
  return { column, direction, sort, onSortChange };
}
