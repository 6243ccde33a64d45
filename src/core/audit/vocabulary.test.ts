import { describe, expect, it } from 'vitest';
import { auditKindOf, referencedIds, referenceTypeOf } from './vocabulary';

const actor = { id: 'a1' };

describe('auditKindOf', () => {
  it.each([
    ['login', actor, 'access'],
    ['login_failed', null, 'access'],
    ['locked', null, 'access'],
    ['reauthentication_failed', actor, 'access'],
    ['logout', actor, 'access'],
    ['update', actor, 'changes'],
    ['unlock', actor, 'changes'],
    ['password_change', actor, 'changes'],
    ['create', null, 'system'],
  ] as const)('%s by %j is %s', (action, who, kind) => {
    expect(auditKindOf({ action, actor: who })).toBe(kind);
  });
});

describe('references', () => {
  it('know which fields hold ids of what', () => {
    expect(['siteId', 'siteIds', 'recordedBy', 'accountId', 'name', 'toString'].map(referenceTypeOf)).toEqual(
      ['site', 'site', 'account', 'account', undefined, undefined],
    );
  });

  it('take only UUIDs from a value', () => {
    const id = '3671e475-4f89-41d3-9a0c-0305e82c3301';
    expect(referencedIds(id)).toEqual([id]);
    expect(referencedIds([id, 'x', 3, null])).toEqual([id]);
    expect(referencedIds('not-an-id')).toEqual([]);
    expect(referencedIds(null)).toEqual([]);
    expect(referencedIds({ id })).toEqual([]);
  });
});
