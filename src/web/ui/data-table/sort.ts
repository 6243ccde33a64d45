/** Sorting the rows a table shows (client side, or passed to the server as a sort key). */
export type SortDirection = 'asc' | 'desc';
export type SortState = { column: string; direction: SortDirection } | null;
export type SortValue = string | number | boolean | null | undefined;

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState, column: string): SortState {
  if (current?.column !== column) return { column, direction: 'asc' };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function compareValues(a: SortValue, b: SortValue): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1; // empty cells last
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<T>(
  rows: readonly T[],
  sort: SortState,
  sortValueOf: (row: T, column: string) => SortValue,
): T[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const order = compareValues(sortValueOf(x.row, sort.column), sortValueOf(y.row, sort.column));
      return order === 0 ? x.index - y.index : sign * order;
    })
    .map(({ row }) => row);
}

export const ariaSort = (sort: SortState, column: string): 'ascending' | 'descending' | 'none' =>
  sort?.column !== column ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';
