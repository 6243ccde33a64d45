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
    ['partner admin without a partner', shape('partner_admin'), null, { partnerId: 'partner_required' }],
    [
      'provider admin with a partner',
      shape('provider_admin', { partnerId: 'p1' }),
      null,
      { partnerId: 'partner_only_for_partner_admin' },
    ],
    [
      'enterprise admin with a partner',
      shape('enterprise_admin', { enterpriseId: 'e1', partnerId: 'p1' }),
      null,
      { partnerId: 'partner_only_for_partner_admin' },
    ],
    [
      'provider agent in an enterprise',
      shape('provider_agent', { enterpriseId: 'e1' }),
      null,
      { enterpriseId: 'enterprise_not_for_role' },
    ],
    [
      'partner admin in an enterprise',
      shape('partner_admin', { partnerId: 'p1', enterpriseId: 'e1' }),
      null,
      { enterpriseId: 'enterprise_not_for_role' },
    ],
    [
      'provider admin with sites and a user',
      shape('provider_admin', { siteIds: ['s1'], userId: 'u1' }),
      null,
      { siteIds: 'sites_only_for_site_admin', userId: 'user_not_for_role' },
    ],
    [
      'partner admin linked to a user',
      shape('partner_admin', { partnerId: 'p1', userId: 'u1' }),
      null,
      { userId: 'user_not_for_role' },
    ],
    // The enterprise-admin shape rules.
    [
      'enterprise admin without an enterprise',
      shape('enterprise_admin'),
      null,
      { enterpriseId: 'enterprise_required' },
    ],
    [
      'enterprise admin with sites',
      shape('enterprise_admin', { enterpriseId: 'e1', siteIds: ['s1'] }),
      null,
      { siteIds: 'sites_only_for_site_admin' },
    ],
    [
      'enterprise admin linked to a user of another enterprise',
      shape('enterprise_admin', { enterpriseId: 'e1', userId: 'u9' }),
      user('vast', 'e2'),
      { userId: 'user_other_enterprise' },
    ],
    [
      'enterprise admin linked to a Mobiel user',
      shape('enterprise_admin', { enterpriseId: 'e1', userId: 'u1' }),
      user('mobiel'),
      { userId: 'mobiel_no_login' },
    ],
    [
      'enterprise admin with partner, sites and no enterprise',
      shape('enterprise_admin', { partnerId: 'p1', siteIds: ['s1'] }),
      null,
      {
        partnerId: 'partner_only_for_partner_admin',
        enterpriseId: 'enterprise_required',
        siteIds: 'sites_only_for_site_admin',
      },
    ],
    // Site admins.
    [
      'site admin without sites',
      shape('site_admin', { enterpriseId: 'e1' }),
      null,
      { siteIds: 'site_admin_needs_sites' },
    ],
    [
      'site admin without an enterprise',
      shape('site_admin', { siteIds: ['s1'] }),
      null,
      { enterpriseId: 'enterprise_required' },
    ],
    // User logins.
    ...USER_LEVEL.map((role): [string, AccountShape, LinkedUser, Record<string, string>] => [
      `${role} without a user`,
      shape(role, { enterpriseId: 'e1' }),
      null,
      { userId: 'user_required' },
    ]),
    ...USER_LEVEL.map((role): [string, AccountShape, LinkedUser, Record<string, string>] => [
      `${role} of a Mobiel user (§3.2.6: no password for One Mobiel)`,
      shape(role, { enterpriseId: 'e1', userId: 'u1' }),
      user('mobiel'),
      { userId: 'mobiel_no_login' },
    ]),
    [
      'end user without an enterprise',
      shape('end_user', { userId: 'u1' }),
      user('vast'),
      { enterpriseId: 'enterprise_required' },
    ],
    [
      'end user of another enterprise',
      shape('end_user', { enterpriseId: 'e1', userId: 'u1' }),
      user('vast', 'e2'),
      { userId: 'user_other_enterprise' },
    ],
    [
      'another enterprise is reported before the Mobiel profile',
      shape('end_user', { enterpriseId: 'e1', userId: 'u1' }),
      user('mobiel', 'e2'),
      { userId: 'user_other_enterprise' },
    ],
    [
      'end user with sites',
      shape('end_user', { enterpriseId: 'e1', userId: 'u1', siteIds: ['s1'] }),
      user('vast'),
      { siteIds: 'sites_only_for_site_admin' },
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
