import { describe, expect, it } from 'vitest';
import { type Change, diff, type Json, jsonEqual, type Snapshot, snapshot } from './diff';

/** Every key of an entity, for the cases about JSON conversion. */
const all = (entity: Record<string, unknown>) => snapshot(entity, Object.keys(entity));

describe('snapshot: an allow-list', () => {
  const row = {
    id: 'a1',
    email: 'tm@bedrijf.nl',
    passwordHash: '$argon2id$v=19$...',
    totpSecret: 'JBSWY3DPEHPK3PXP',
    sipPassword: 'a column added later',
    mustChangePassword: true,
    siteIds: ['s1', 's2'],
    lastLoginAt: undefined,
    userCount: 20,
    createdAt: new Date('2026-05-04T09:00:00.000Z'),
  };

  it('keeps the named fields and nothing else, whatever the row has', () => {
    expect(
      snapshot(row, ['id', 'email', 'mustChangePassword', 'siteIds', 'lastLoginAt', 'createdAt']),
    ).toStrictEqual({
      id: 'a1',
      email: 'tm@bedrijf.nl',
      mustChangePassword: true,
      siteIds: ['s1', 's2'],
      createdAt: '2026-05-04T09:00:00.000Z',
    });
  });

  it('keeps only the named part of a nested object', () => {
    const user = { voicemail: { enabled: true, pin: '1234', greeting: 'Hallo' }, name: 'Jan' };
    expect(snapshot(user, ['name', 'voicemail.enabled', 'voicemail.greeting'])).toStrictEqual({
      name: 'Jan',
      voicemail: { enabled: true, greeting: 'Hallo' },
    });
  });

  it('skips a named field the row lacks, and a path through a non-object', () => {
    expect(snapshot({ a: 1, b: 'text' }, ['a', 'missing', 'b.length'])).toStrictEqual({ a: 1 });
  });

  it.each<[string, Record<string, unknown>, Snapshot]>([
    ['undefined values', { a: undefined, b: 1 }, { b: 1 }],
    ['null kept as null', { a: null }, { a: null }],
    ['falsy values kept', { zero: 0, no: false, empty: '' }, { zero: 0, no: false, empty: '' }],
    [
      'a date as an ISO string in UTC',
      { at: new Date(Date.UTC(2026, 0, 1, 23, 30)) },
      { at: '2026-01-01T23:30:00.000Z' },
    ],
    ['dates inside arrays', { at: [new Date(0)] }, { at: ['1970-01-01T00:00:00.000Z'] }],
    ['undefined inside arrays as null', { list: [1, undefined, 3] }, { list: [1, null, 3] }],
    ['undefined inside nested objects', { nested: { a: undefined, b: 'x' } }, { nested: { b: 'x' } }],
    [
      'dates inside nested objects',
      { nested: { at: new Date(0) } },
      { nested: { at: '1970-01-01T00:00:00.000Z' } },
    ],
    ['a bigint as text', { big: 12345678901234567890n }, { big: '12345678901234567890' }],
    ['an empty entity', {}, {}],
  ])('handles %s', (_label, entity, expected) => {
    expect(all(entity)).toStrictEqual(expected);
  });

  it('gives text that survives a JSON round trip unchanged', () => {
    const taken = all({ a: 1, b: 'x', c: [true, null, { d: new Date(0) }], e: undefined });
    expect(JSON.parse(JSON.stringify(taken))).toStrictEqual(taken);
  });

  // JSON cannot hold NaN or ±Infinity: the snapshot turns them into null, so an unchanged
  // NaN field is no change.
  it('keeps a snapshot JSON-safe even for NaN, so an unchanged field is no change', () => {
    const taken = all({ ratio: Number.NaN });
    expect(JSON.parse(JSON.stringify(taken))).toStrictEqual(taken);
    expect(diff(taken, all({ ratio: Number.NaN }))).toStrictEqual({});
  });
});

describe('jsonEqual', () => {
  it.each<[Json | undefined, Json | undefined, boolean]>([
    [1, 1, true],
    ['a', 'a', true],
    [null, null, true],
    [undefined, undefined, true],
    [true, true, true],
    [1, 2, false],
    [1, '1', false],
    [0, false, false],
    ['', null, false],
    [null, undefined, false],
    [undefined, 1, false],
    [null, {}, false],
    [{}, null, false],
    [[], [], true],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[1], [1, 1], false],
    [[], {}, false],
    [{}, [], false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
    [{ a: 1, b: null }, { a: 1 }, false],
    [{ a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'x' }] } }, true],
    [{ a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'y' }] } }, false],
    [[{ a: 1 }, [2, [3]]], [{ a: 1 }, [2, [3]]], true],
    [[{ a: 1 }, [2, [3]]], [{ a: 1 }, [2, [4]]], false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(jsonEqual(a, b)).toBe(expected);
    expect(jsonEqual(b, a)).toBe(expected);
  });
});

describe('diff', () => {
  const before: Snapshot = {
    id: 'u1',
    name: 'Jan',
    profile: 'vast',
    siteId: 's1',
    tags: ['a', 'b'],
    settings: { dnd: false, forward: { always: null } },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('of a create gives every field but updatedAt, from nothing', () => {
    expect(diff(null, { id: 'u1', name: 'Jan', updatedAt: '2026-01-01T00:00:00.000Z' })).toStrictEqual({
      id: { from: undefined, to: 'u1' },
      name: { from: undefined, to: 'Jan' },
    });
  });

  it('of a delete gives every field but updatedAt, to nothing', () => {
    expect(diff({ id: 'u1', siteId: null, updatedAt: '2026-01-01T00:00:00.000Z' }, null)).toStrictEqual({
      id: { from: 'u1', to: undefined },
      siteId: { from: null, to: undefined },
    });
  });

  it('of nothing to nothing is empty', () => {
    expect(diff(null, null)).toStrictEqual({});
  });

  it.each<[string, Partial<Snapshot>, Record<string, Change>]>([
    ['no change at all', {}, {}],
    ['only updatedAt', { updatedAt: '2026-05-04T09:00:00.000Z' }, {}],
    ['one field', { name: 'Jan de Vries' }, { name: { from: 'Jan', to: 'Jan de Vries' } }],
    ['a field to null', { siteId: null }, { siteId: { from: 's1', to: null } }],
    [
      'two fields and updatedAt',
      { profile: 'combi', siteId: 's2', updatedAt: '2026-05-04T09:00:00.000Z' },
      { profile: { from: 'vast', to: 'combi' }, siteId: { from: 's1', to: 's2' } },
    ],
    ['an array in another order', { tags: ['b', 'a'] }, { tags: { from: ['a', 'b'], to: ['b', 'a'] } }],
    ['an equal array, newly built', { tags: ['a', 'b'] }, {}],
    ['an equal nested object, newly built', { settings: { forward: { always: null }, dnd: false } }, {}],
    [
      'a change deep in a nested object',
      { settings: { dnd: false, forward: { always: '+31201234567' } } },
      {
        settings: {
          from: { dnd: false, forward: { always: null } },
          to: { dnd: false, forward: { always: '+31201234567' } },
        },
      },
    ],
    ['a new field', { email: 'jan@bedrijf.nl' }, { email: { from: undefined, to: 'jan@bedrijf.nl' } }],
  ])('of an update with %s', (_label, change, expected) => {
    expect(diff(before, { ...before, ...change } as Snapshot)).toStrictEqual(expected);
  });

  it('of an update that drops a field', () => {
    const { siteId: _dropped, ...after } = before;
    expect(diff(before, after)).toStrictEqual({ siteId: { from: 's1', to: undefined } });
  });

  it('works on snapshots of rows, where dates compare by value', () => {
    const row = { id: 'u1', at: new Date('2026-05-04T09:00:00.000Z'), passwordHash: 'h1' };
    const same = { id: 'u1', at: new Date('2026-05-04T09:00:00.000Z'), passwordHash: 'h2' };
    const later = { ...same, at: new Date('2026-05-04T10:00:00.000Z') };
    const fields = ['id', 'at'];
    // The password hash is not named: its change does not show.
    expect(diff(snapshot(row, fields), snapshot(same, fields))).toStrictEqual({});
    expect(diff(snapshot(row, fields), snapshot(later, fields))).toStrictEqual({
      at: { from: '2026-05-04T09:00:00.000Z', to: '2026-05-04T10:00:00.000Z' },
    });
  });
});
