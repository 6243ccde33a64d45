import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/routing';
import { baseSnapshot } from '../../../core/routing/test-fixtures';
import { CompiledCache } from './cache';
import { languageOf } from './service';

const compiled = compile(baseSnapshot());
const load = (version: string) => async () => ({ version, compiled });

describe('the compile cache', () => {
  it('compiles once per version, again for a new one, and keeps the version the load read', async () => {
    const cache = new CompiledCache(2);
    await cache.get('e1', '1:1', load('1:1'));
    await cache.get('e1', '1:1', load('1:1'));
    expect(cache.compiles).toBe(1);
    await cache.get('e1', '2:5', load('3:7'));
    expect(cache.compiles).toBe(2);
    await cache.get('e1', '3:7', load('3:7'));
    expect(cache.compiles).toBe(2);
  });

  it('drops the least recently used enterprise past its bound, and a failed load', async () => {
    const cache = new CompiledCache(2);
    await cache.get('a', 'v', load('v'));
    await cache.get('b', 'v', load('v'));
    await cache.get('a', 'v', load('v'));
    await cache.get('c', 'v', load('v'));
    expect(cache.size).toBe(2);
    await cache.get('a', 'v', load('v'));
    expect(cache.compiles).toBe(3);
    await cache.get('b', 'v', load('v'));
    expect(cache.compiles).toBe(4);
    await expect(cache.get('d', 'v', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    await cache.get('d', 'v', load('v'));
    expect(cache.compiles).toBe(6);
  });
});

describe('languageOf', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['en', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE,en-GB;q=0.7,nl;q=0.9', 'nl'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0, nl;q=0.1', 'nl'],
    ['de', null],
  ])('%s → %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });
});
