import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import {
  ENTERPRISE_ROLES,
  isEnterpriseRole,
  isProviderRole,
  isUserRole,
  LEVEL_OF,
  ROLES,
  type Role,
  type RoleLevel,
  roleSchema,
  USER_ROLES,
} from './roles';

describe('ROLES', () => {
  it('are the nine roles of the design, from the provider down', () => {
    expect(ROLES).toStrictEqual([
      'provider_admin',
      'provider_agent',
      'partner_admin',
      'enterprise_admin',
      'site_admin',
      'end_user',
      'agent',
      'supervisor',
      'receptionist',
    ]);
    expect(USER_ROLES).toStrictEqual(['end_user', 'agent', 'supervisor', 'receptionist']);
    expect(ENTERPRISE_ROLES).toStrictEqual([
      'enterprise_admin',
      'site_admin',
      'end_user',
      'agent',
      'supervisor',
      'receptionist',
    ]);
  });
});

describe('levels and predicates', () => {
  it.each<[Role, RoleLevel, boolean, boolean, boolean]>([
    ['provider_admin', 'provider', true, false, false],
    ['provider_agent', 'provider', true, false, false],
    ['partner_admin', 'partner', false, false, false],
    ['enterprise_admin', 'enterprise', false, false, true],
    ['site_admin', 'site', false, false, true],
    ['end_user', 'user', false, true, true],
    ['agent', 'user', false, true, true],
    ['supervisor', 'user', false, true, true],
    ['receptionist', 'user', false, true, true],
  ])('%s: level %s, provider %s, user %s, enterprise %s', (role, level, provider, user, enterprise) => {
    expect(LEVEL_OF[role]).toBe(level);
    expect(isProviderRole(role)).toBe(provider);
    expect(isUserRole(role)).toBe(user);
    expect(isEnterpriseRole(role)).toBe(enterprise);
  });
});

describe('roleSchema', () => {
  it.each(ROLES)('accepts %s', (role) => {
    expect(roleSchema.parse(role)).toBe(role);
  });

  it.each<unknown>(['Provider_Admin', 'admin', '', ' end_user', null, 3])(
    'refuses %j with the list of roles',
    (value) => {
      expect(issuesOf(roleSchema, value)?.map((issue) => issue.message) ?? null).toStrictEqual([
        'must be one of provider_admin, provider_agent, partner_admin, enterprise_admin, site_admin, end_user, agent, supervisor, receptionist',
      ]);
    },
  );
});
