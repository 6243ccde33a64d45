import { describe, expect, it } from 'vitest';
import { ariaSort, compareValues, nextSort, sortRows } from './sort';

describe('nextSort', () => {
  it('starts ascending and flips on the same column', () => {
    expect(nextSort(null, 'name')).toEqual({ column: 'name', direction: 'asc' });
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({
      column: 'name',
      direction: 'desc',
    });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'city')).toEqual({
      column: 'city',
      direction: 'asc',
    });
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'b', n: 10 },
    { name: 'A', n: 9 },
    { name: 'c', n: null },
  ];
  const value = (row: (typeof rows)[number], column: string) => (column === 'n' ? row.n : row.name);

  it('sorts text without regard to case, numbers numerically, empty cells last', () => {
    expect(sortRows(rows, { column: 'name', direction: 'asc' }, value).map((r) => r.name)).toEqual([
      'A',
      'b',
      'c',
    ]);
    expect(sortRows(rows, { column: 'n', direction: 'asc' }, value).map((r) => r.n)).toEqual([9, 10, null]);
    expect(sortRows(rows, null, value)).toEqual(rows);
  });

  it('compares numbers inside text naturally', () => {
    expect(compareValues('Site 2', 'Site 10')).toBeLessThan(0);
  });
});

describe('ariaSort', () => {
  it('names the direction of the sorted column only', () => {
    expect(ariaSort({ column: 'name', direction: 'desc' }, 'name')).toBe('descending');
    expect(ariaSort({ column: 'name', direction: 'desc' }, 'city')).toBe('none');
  });
});
