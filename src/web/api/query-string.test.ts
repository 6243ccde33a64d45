import { describe, expect, it } from 'vitest';
import { queryString } from './query-string';

describe('queryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(queryString({ q: 'a b', limit: 50, cursor: null, siteId: undefined, sort: '' })).toBe(
      '?q=a+b&limit=50',
    );
    expect(queryString({})).toBe('');
  });
});
