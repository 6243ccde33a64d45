import { describe, expect, it } from 'vitest';
import { GRANTS, hasGrant, isWrite, PERMISSIONS, type Permission, permissionsOf } from './permissions';
import { ROLES, type Role } from './roles';

describe('PERMISSIONS', () => {
  it('lists a read and write pair per resource, plus audit reading', () => {
    expect(PERMISSIONS).toStrictEqual([
      'partners.read',
      'partners.write',
      'enterprises.read',
      'enterprises.write',
      'sites.read',
      'sites.write',
      'users.read',
      'users.write',
      'accounts.read',
      'accounts.write',
      'audit.read',
      'trainings.read',
      'trainings.write',
      'security-policies.read',
      'security-policies.write',
    ]);
  });
});

describe('isWrite', () => {
  it.each<[Permission, boolean]>([
    ['partners.read', false],
    ['partners.write', true],
    ['audit.read', false],
    ['trainings.write', true],
    ['security-policies.read', false],
    ['security-policies.write', true],
  ])('%s: %s', (permission, write) => {
    expect(isWrite(permission)).toBe(write);
  });

  it('counts seven writes', () => {
    expect(PERMISSIONS.filter(isWrite)).toHaveLength(7);
  });
});

describe('GRANTS', () => {
  const ENTERPRISE_ADMIN: Permission[] = [
    'enterprises.read',
    'sites.read',
    'sites.write',
    'users.read',
    'users.write',
    'accounts.read',
    'accounts.write',
    'audit.read',
    'trainings.read',
  ];

  it.each<[Role, readonly Permission[]]>([
    ['provider_admin', PERMISSIONS],
    [
      'provider_agent',
      [
        'partners.read',
        'enterprises.read',
        'sites.read',
        'users.read',
        'accounts.read',
        'audit.read',
        'trainings.read',
        'trainings.write',
        'security-policies.read',
      ],
    ],
    ['partner_admin', ENTERPRISE_ADMIN],
    ['enterprise_admin', ENTERPRISE_ADMIN],
    // Sites are contractual: a site admin reads them but changes only users and their accounts.
    [
      'site_admin',
      [
        'enterprises.read',
        'sites.read',
        'users.read',
        'users.write',
        'accounts.read',
        'accounts.write',
        'audit.read',
        'trainings.read',
      ],
    ],
    ['end_user', []],
    ['agent', []],
    ['supervisor', []],
    ['receptionist', []],
  ])('%s', (role, expected) => {
    expect([...GRANTS[role]].sort()).toStrictEqual([...expected].sort());
  });

  it.each(ROLES)('%s may read whatever it may write', (role) => {
    const missingReads = GRANTS[role]
      .filter(isWrite)
      .map((permission) => permission.replace(/\.write$/, '.read') as Permission)
      .filter((read) => !GRANTS[role].includes(read));
    expect(missingReads).toStrictEqual([]);
  });

  it('keeps security-policy changes and partner changes with the provider admin', () => {
    const holders = (permission: Permission) => ROLES.filter((role) => hasGrant(role, permission));
    expect(holders('security-policies.write')).toStrictEqual(['provider_admin']);
    expect(holders('partners.write')).toStrictEqual(['provider_admin']);
    expect(holders('enterprises.write')).toStrictEqual(['provider_admin']);
    expect(holders('trainings.write')).toStrictEqual(['provider_admin', 'provider_agent']);
    expect(holders('sites.write')).toStrictEqual(['provider_admin', 'partner_admin', 'enterprise_admin']);
  });
});

describe('hasGrant and permissionsOf', () => {
  it.each<[Role, Permission, boolean]>([
    ['provider_admin', 'security-policies.write', true],
    ['provider_agent', 'accounts.write', false],
    ['partner_admin', 'partners.read', false],
    ['enterprise_admin', 'enterprises.write', false],
    ['site_admin', 'users.write', true],
    ['site_admin', 'sites.write', false],
    ['end_user', 'users.read', false],
  ])('%s has %s: %s', (role, permission, expected) => {
    expect(hasGrant(role, permission)).toBe(expected);
  });

  it('gives a copy that the caller may change', () => {
    const mine = permissionsOf('site_admin');
    mine.push('partners.write');
    expect(hasGrant('site_admin', 'partners.write')).toBe(false);
    expect(permissionsOf('site_admin')).toHaveLength(8);
    expect(permissionsOf('provider_admin')).not.toBe(PERMISSIONS);
    expect(permissionsOf('provider_admin')).toStrictEqual([...PERMISSIONS]);
  });
});
