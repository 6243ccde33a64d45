import { describe, expect, it } from 'vitest';
import { testActor } from '../../core/access/actor.fixture';
import { AuthCache, type CachedAuth, type Revocation } from './auth-cache';
import { decodeRevocation, encodeRevocation } from './revocations';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const ACCOUNT = '0b7c5a52-3f0e-4c1e-9d6a-2a9e1f0c4d11';

const entry = (accountId: string): CachedAuth => ({
  actor: testActor('end_user', { accountId }),
  authentication: { kind: 'session', sessionHash: HASH_A, csrfToken: 'csrf' },
  loadedAt: 0,
});

function cacheWithLog() {
  const published: Revocation[] = [];
  const cache = new AuthCache();
  cache.publish = (r) => published.push(r);
  return { cache, published };
}

describe('AuthCache', () => {
  it('publishes what it drops after a change, by hash or id', () => {
    const { cache, published } = cacheWithLog();
    cache.set(`s:${HASH_A}`, entry(ACCOUNT));
    cache.set(`t:${HASH_B}`, entry(ACCOUNT));
    cache.delete(`s:${HASH_A}`);
    expect(cache.peek(`s:${HASH_A}`)).toBeUndefined();
    expect(cache.peek(`t:${HASH_B}`)).toBeDefined();
    cache.delete(`t:${HASH_B}`);
    cache.forgetAccount(ACCOUNT);
    cache.clear();
    expect(published).toEqual([
      { kind: 'session', sessionHash: HASH_A },
      { kind: 'token', tokenHash: HASH_B },
      { kind: 'account', accountId: ACCOUNT },
      { kind: 'all' },
    ]);
  });

  it('publishes nothing for a revocation it receives, nor for a local eviction', () => {
    const { cache, published } = cacheWithLog();
    cache.set(`s:${HASH_A}`, entry(ACCOUNT));
    cache.set(`s:${HASH_B}`, entry('other'));
    cache.drop({ kind: 'account', accountId: ACCOUNT });
    expect(cache.peek(`s:${HASH_A}`)).toBeUndefined();
    expect(cache.peek(`s:${HASH_B}`)).toBeDefined();
    cache.evict(`s:${HASH_B}`);
    expect(cache.peek(`s:${HASH_B}`)).toBeUndefined();
    expect(published).toEqual([]);
  });

  it('does not keep a load that began before a revocation arrived', () => {
    const { cache } = cacheWithLog();
    const before = cache.generation;
    // ...the database read is under way when another server's logout comes in...
    cache.drop({ kind: 'session', sessionHash: HASH_A });
    cache.set(`s:${HASH_A}`, entry(ACCOUNT), before);
    expect(cache.peek(`s:${HASH_A}`)).toBeUndefined();
    cache.set(`s:${HASH_A}`, entry(ACCOUNT), cache.generation);
    expect(cache.peek(`s:${HASH_A}`)).toBeDefined();
  });

  it('keeps nothing while revocations cannot be heard, and starts empty when they can again', () => {
    const { cache } = cacheWithLog();
    cache.set(`s:${HASH_A}`, entry(ACCOUNT));
    cache.setTrusted(false);
    expect(cache.peek(`s:${HASH_A}`)).toBeUndefined();
    cache.set(`s:${HASH_B}`, entry(ACCOUNT));
    expect(cache.peek(`s:${HASH_B}`)).toBeUndefined();
    cache.setTrusted(true);
    cache.set(`s:${HASH_B}`, entry(ACCOUNT));
    expect(cache.peek(`s:${HASH_B}`)).toBeDefined();
  });
});

describe('revocation payloads', () => {
  it.each<Revocation>([
    { kind: 'session', sessionHash: HASH_A },
    { kind: 'token', tokenHash: HASH_B },
    { kind: 'account', accountId: ACCOUNT },
    { kind: 'all' },
  ])('round-trip %o', (revocation) => {
    expect(decodeRevocation(encodeRevocation(revocation))).toEqual(revocation);
  });

  it('names the cache keys only', () => {
    expect(encodeRevocation({ kind: 'session', sessionHash: HASH_A })).toBe(`session:${HASH_A}`);
    expect(encodeRevocation({ kind: 'account', accountId: ACCOUNT })).toBe(`account:${ACCOUNT}`);
  });

  it.each(['', 'session:', 'session:not-a-hash', 'token:ctr_secret', 'account:1', 'everything'])(
    'drops everything on what it does not recognise (%j)',
    (payload) => {
      expect(decodeRevocation(payload)).toEqual({ kind: 'all' });
    },
  );
});
