import { describe, expect, it } from 'vitest';
import type { Profile } from '../directory/profiles';
import {
  type AccountShape,
  accountShapeErrors,
  canChangeRole,
  DEFAULT_MAX_ENTERPRISE_ADMINS,
  grantableRoles,
  type LinkedUser,
  mayGrant,
} from './account-rules';
import { ROLES, type Role } from './roles';

const USER_LEVEL: Role[] = ['end_user', 'agent', 'supervisor', 'receptionist'];

describe('DEFAULT_MAX_ENTERPRISE_ADMINS', () => {
  it('is three (guide §3.2.6: "een tot drie wachtwoorden")', () => {
    expect(DEFAULT_MAX_ENTERPRISE_ADMINS).toBe(3);
  });
});

describe('grantableRoles', () => {
  it.each<[Role, Role[]]>([
    ['provider_admin', [...ROLES]],
    ['provider_agent', []],
    // The provider hands out enterprise-level passwords; partners and Telecom Managers make the rest.
    ['partner_admin', ['site_admin', ...USER_LEVEL]],
    ['enterprise_admin', ['site_admin', ...USER_LEVEL]],
    ['site_admin', USER_LEVEL],
    ['end_user', []],
    ['agent', []],
    ['supervisor', []],
    ['receptionist', []],
  ])('%s may grant %j', (role, expected) => {
    expect(grantableRoles({ role })).toStrictEqual(expected);
  });
});

describe('mayGrant', () => {
  it.each<[Role, Role, boolean]>([
    ['provider_admin', 'provider_admin', true],
    ['provider_admin', 'enterprise_admin', true],
    ['provider_admin', 'partner_admin', true],
    ['provider_agent', 'end_user', false],
    ['partner_admin', 'enterprise_admin', false],
    ['partner_admin', 'partner_admin', false],
    ['partner_admin', 'site_admin', true],
    ['enterprise_admin', 'enterprise_admin', false],
    ['enterprise_admin', 'provider_agent', false],
    ['enterprise_admin', 'site_admin', true],
    ['enterprise_admin', 'receptionist', true],
    ['site_admin', 'site_admin', false],
    ['site_admin', 'enterprise_admin', false],
    ['site_admin', 'agent', true],
    ['site_admin', 'supervisor', true],
    ['end_user', 'end_user', false],
  ])('%s may grant %s: %s', (actorRole, role, expected) => {
    expect(mayGrant({ role: actorRole }, role)).toBe(expected);
  });

  it('never lets anyone but the provider admin hand out provider, partner or enterprise admin roles', () => {
    const granters = (target: Role) => ROLES.filter((role) => mayGrant({ role }, target));
    expect(granters('provider_admin')).toStrictEqual(['provider_admin']);
    expect(granters('provider_agent')).toStrictEqual(['provider_admin']);
    expect(granters('partner_admin')).toStrictEqual(['provider_admin']);
    expect(granters('enterprise_admin')).toStrictEqual(['provider_admin']);
    expect(granters('site_admin')).toStrictEqual(['provider_admin', 'partner_admin', 'enterprise_admin']);
  });
});

const shape = (role: Role, extra: Partial<AccountShape> = {}): AccountShape => ({
  role,
  partnerId: null,
  enterpriseId: null,
  userId: null,
  siteIds: [],
  ...extra,
});
const user = (profile: Profile, enterpriseId = 'e1', siteId: string | null = 's1'): LinkedUser => ({
  enterpriseId,
  profile,
  siteId,
});

describe('accountShapeErrors: valid shapes', () => {
  it.each<[string, AccountShape, LinkedUser]>([
    ['provider admin', shape('provider_admin'), null],
    ['provider agent', shape('provider_agent'), null],
    ['partner admin', shape('partner_admin', { partnerId: 'p1' }), null],
    ['enterprise admin', shape('enterprise_admin', { enterpriseId: 'e1' }), null],
    [
      'enterprise admin linked to its own user',
      shape('enterprise_admin', { enterpriseId: 'e1', userId: 'u1' }),
      user('vast'),
    ],
    ['site admin with one site', shape('site_admin', { enterpriseId: 'e1', siteIds: ['s1'] }), null],
    [
      'site admin with several sites',
      shape('site_admin', { enterpriseId: 'e1', siteIds: ['s1', 's2', 's3'] }),
      null,
    ],
    [
      'site admin linked to a user',
      shape('site_admin', { enterpriseId: 'e1', siteIds: ['s1'], userId: 'u1' }),
      user('combi'),
    ],
    ['end user (Vast)', shape('end_user', { enterpriseId: 'e1', userId: 'u1' }), user('vast')],
    ['end user (Combi)', shape('end_user', { enterpriseId: 'e1', userId: 'u1' }), user('combi')],
    ['end user (Flex)', shape('end_user', { enterpriseId: 'e1', userId: 'u1' }), user('flex')],
    ['agent', shape('agent', { enterpriseId: 'e1', userId: 'u1' }), user('flex')],
    ['supervisor', shape('supervisor', { enterpriseId: 'e1', userId: 'u1' }), user('vast')],
    [
      'receptionist of a user without a site',
      shape('receptionist', { enterpriseId: 'e1', userId: 'u1' }),
      user('vast', 'e1', null),
    ],
  ])('%s', (_label, account, linked) => {
    expect(accountShapeErrors(account, linked)).toStrictEqual({});
  });
});

describe('accountShapeErrors: invalid shapes', () => {
  it.each<[string, AccountShape, LinkedUser, Record<string, string>]>([
    [
      'partner admin without a partner',
      shape('partner_admin'),
      null,
      { partnerId: 'is required for a partner admin' },
    ],
    [
      'provider admin with a partner',
      shape('provider_admin', { partnerId: 'p1' }),
      null,
      { partnerId: 'only a partner admin has a partner' },
    ],
    [
      'enterprise admin with a partner',
      shape('enterprise_admin', { enterpriseId: 'e1', partnerId: 'p1' }),
      null,
      { partnerId: 'only a partner admin has a partner' },
    ],
    [
      'provider agent in an enterprise',
      shape('provider_agent', { enterpriseId: 'e1' }),
      null,
      { enterpriseId: 'role provider_agent does not belong to an enterprise' },
    ],
    [
      'partner admin in an enterprise',
      shape('partner_admin', { partnerId: 'p1', enterpriseId: 'e1' }),
      null,
      { enterpriseId: 'role partner_admin does not belong to an enterprise' },
    ],
    [
      'provider admin with sites and a user',
      shape('provider_admin', { siteIds: ['s1'], userId: 'u1' }),
      null,
      { siteIds: 'only a site admin has sites', userId: 'role provider_admin is not linked to a user' },
    ],
    [
      'partner admin linked to a user',
      shape('partner_admin', { partnerId: 'p1', userId: 'u1' }),
      null,
      { userId: 'role partner_admin is not linked to a user' },
    ],
    // The enterprise-admin shape rules.
    [
      'enterprise admin without an enterprise',
      shape('enterprise_admin'),
      null,
      { enterpriseId: 'is required for role enterprise_admin' },
    ],
    [
      'enterprise admin with sites',
      shape('enterprise_admin', { enterpriseId: 'e1', siteIds: ['s1'] }),
      null,
      { siteIds: 'only a site admin has sites' },
    ],
    [
      'enterprise admin linked to a user of another enterprise',
      shape('enterprise_admin', { enterpriseId: 'e1', userId: 'u9' }),
      user('vast', 'e2'),
      { userId: 'belongs to another enterprise' },
    ],
    [
      'enterprise admin linked to a Mobiel user',
      shape('enterprise_admin', { enterpriseId: 'e1', userId: 'u1' }),
      user('mobiel'),
      { userId: 'a user with profile Mobiel gets no portal login' },
    ],
    [
      'enterprise admin with partner, sites and no enterprise',
      shape('enterprise_admin', { partnerId: 'p1', siteIds: ['s1'] }),
      null,
      {
        partnerId: 'only a partner admin has a partner',
        enterpriseId: 'is required for role enterprise_admin',
        siteIds: 'only a site admin has sites',
      },
    ],
    // Site admins.
    [
      'site admin without sites',
      shape('site_admin', { enterpriseId: 'e1' }),
      null,
      { siteIds: 'a site admin needs at least one site' },
    ],
    [
      'site admin without an enterprise',
      shape('site_admin', { siteIds: ['s1'] }),
      null,
      { enterpriseId: 'is required for role site_admin' },
    ],
    // User logins.
    ...USER_LEVEL.map((role): [string, AccountShape, LinkedUser, Record<string, string>] => [
      `${role} without a user`,
      shape(role, { enterpriseId: 'e1' }),
      null,
      { userId: `role ${role} is the login of a user` },
    ]),
    ...USER_LEVEL.map((role): [string, AccountShape, LinkedUser, Record<string, string>] => [
      `${role} of a Mobiel user (§3.2.6: no password for One Mobiel)`,
      shape(role, { enterpriseId: 'e1', userId: 'u1' }),
      user('mobiel'),
      { userId: 'a user with profile Mobiel gets no portal login' },
    ]),
    [
      'end user without an enterprise',
      shape('end_user', { userId: 'u1' }),
      user('vast'),
      { enterpriseId: 'is required for role end_user' },
    ],
    [
      'end user of another enterprise',
      shape('end_user', { enterpriseId: 'e1', userId: 'u1' }),
      user('vast', 'e2'),
      { userId: 'belongs to another enterprise' },
    ],
    [
      'another enterprise is reported before the Mobiel profile',
      shape('end_user', { enterpriseId: 'e1', userId: 'u1' }),
      user('mobiel', 'e2'),
      { userId: 'belongs to another enterprise' },
    ],
    [
      'end user with sites',
      shape('end_user', { enterpriseId: 'e1', userId: 'u1', siteIds: ['s1'] }),
      user('vast'),
      { siteIds: 'only a site admin has sites' },
    ],
  ])('%s', (_label, account, linked, expected) => {
    expect(accountShapeErrors(account, linked)).toStrictEqual(expected);
  });
});

describe('canChangeRole', () => {
  const FAMILIES: Role[][] = [
    ['provider_admin', 'provider_agent'],
    ['partner_admin'],
    ['enterprise_admin', 'site_admin'],
    ['end_user', 'agent', 'supervisor', 'receptionist'],
  ];
  const familyOf = (role: Role) => FAMILIES.findIndex((family) => family.includes(role));

  it.each<[Role, Role, boolean]>([
    ['provider_admin', 'provider_agent', true],
    ['provider_agent', 'provider_admin', true],
    ['enterprise_admin', 'site_admin', true],
    ['site_admin', 'enterprise_admin', true],
    ['end_user', 'receptionist', true],
    ['agent', 'supervisor', true],
    ['partner_admin', 'partner_admin', true],
    ['partner_admin', 'enterprise_admin', false],
    ['provider_agent', 'partner_admin', false],
    ['enterprise_admin', 'end_user', false],
    ['site_admin', 'agent', false],
    ['receptionist', 'site_admin', false],
    ['end_user', 'provider_admin', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(canChangeRole(from, to)).toBe(expected);
  });

  it('allows a change exactly within the four families, for all 81 pairs', () => {
    const wrong = ROLES.flatMap((from) =>
      ROLES.filter((to) => canChangeRole(from, to) !== (familyOf(from) === familyOf(to))).map(
        (to) => `${from}→${to}`,
      ),
    );
    expect(wrong).toStrictEqual([]);
    expect(FAMILIES.flat().sort()).toStrictEqual([...ROLES].sort());
  });
});
