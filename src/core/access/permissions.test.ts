import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { testActor } from './actor.fixture';
import { defineContextPermissions } from './permission-kinds';
import {
  CONTEXT_PERMISSIONS,
  GRANTS,
  gatherPermissions,
  hasGrant,
  isWrite,
  kindOf,
  PERMISSIONS,
  type Permission,
  permissionsOf,
} from './permissions';
import { decideWith } from './policy';
import { isUserRole, ROLES } from './roles';

/** Invariants of the permission tables, whatever permissions the contexts add. */
describe('the gathered permissions', () => {
  it('give every permission a kind, and only read or write', () => {
    for (const permission of PERMISSIONS) expect(['read', 'write']).toContain(kindOf(permission));
  });

  it('name each permission <resource>.<verb>, in one context only', () => {
    for (const permission of PERMISSIONS) expect(permission).toMatch(/^[a-z][a-z-]*\.[a-z][a-z-]*$/);
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
  });

  it('give the provider admin everything', () => {
    expect([...GRANTS.provider_admin].sort()).toStrictEqual([...PERMISSIONS].sort());
  });

  it('give the user roles nothing of the administration', () => {
    for (const role of ROLES.filter(isUserRole)) expect(GRANTS[role]).toStrictEqual([]);
  });

  it.each(ROLES)('let %s read whatever resource it may change', (role) => {
    const resource = (p: Permission) => p.split('.')[0];
    const readable = new Set(GRANTS[role].filter((p) => !isWrite(p)).map(resource));
    const missing = GRANTS[role].filter(isWrite).filter((p) => !readable.has(resource(p)));
    expect(missing).toStrictEqual([]);
  });

  it('keep the provider’s own catalogue and tenants with the provider', () => {
    const holders = (permission: Permission) => ROLES.filter((role) => hasGrant(role, permission));
    for (const permission of ['security-policies.write', 'partners.write', 'enterprises.write'] as const)
      expect(holders(permission)).toStrictEqual(['provider_admin']);
  });

  it('hand out copies', () => {
    const mine = permissionsOf('site_admin');
    mine.push('partners.write');
    expect(hasGrant('site_admin', 'partners.write')).toBe(false);
  });

  it('come from every context', () => {
    expect(CONTEXT_PERMISSIONS.map((c) => c.context).sort()).toStrictEqual([
      'access',
      'audit',
      'directory',
      'knowledge',
      'notifications',
      'servicedesk',
      'telephony',
    ]);
  });
});

describe('gatherPermissions', () => {
  const tickets = defineContextPermissions({
    context: 'servicedesk',
    kinds: { 'tickets.read': 'read', 'tickets.create': 'write', 'tickets.search': 'read' },
    grants: { enterprise_admin: ['tickets.read', 'tickets.create', 'tickets.search'] },
  });

  it('refuses a permission defined by two contexts', () => {
    const again = defineContextPermissions({
      context: 'other',
      kinds: { 'tickets.read': 'read' },
      grants: {},
    });
    expect(() => gatherPermissions([tickets, again])).toThrow(/tickets.read is defined twice/);
  });

  it('refuses a grant of a permission no context defines', () => {
    const broken = { context: 'broken', kinds: {}, grants: { site_admin: ['nothing.read'] } };
    expect(() => gatherPermissions([broken])).toThrow(/grants nothing.read to site_admin/);
  });

  describe('the kind decides, not the name', () => {
    const table = gatherPermissions([tickets]);
    const actor = (extra: Partial<Actor>) => testActor('enterprise_admin', { trained: true, ...extra });

    it.each<[string, Partial<Actor>, string, string | null]>([
      ['a read-only token may read', { via: 'token', access: 'read' }, 'tickets.read', null],
      [
        'a read-only token may not create',
        { via: 'token', access: 'read' },
        'tickets.create',
        'read_only_token',
      ],
      ['a read-only token may search', { via: 'token', access: 'read' }, 'tickets.search', null],
      ['the training gate holds back a create', { trained: false }, 'tickets.create', 'training_required'],
      ['the training gate lets a search through', { trained: false }, 'tickets.search', null],
      ['a trained admin may create', {}, 'tickets.create', null],
    ])('%s', (_label, extra, permission, expected) => {
      expect(decideWith(table, actor(extra), permission)).toBe(expected);
    });

    it('treats a permission of no known kind as a write', () => {
      expect(
        decideWith(
          { kinds: {}, grants: { ...table.grants, enterprise_admin: ['x.y'] } },
          actor({ access: 'read' }),
          'x.y',
        ),
      ).toBe('read_only_token');
    });
  });
});
