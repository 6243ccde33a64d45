import { describe, expect, it } from 'vitest';
import { fieldMessages } from '../messages/zod-issues';
import {
  ACCOUNT_STATUSES,
  accountInputSchema,
  accountInScope,
  accountPatchSchema,
  accountSchema,
} from './accounts';
import type { Actor } from './actor';
import { testActor } from './actor.fixture';
import { ROLES, type Role } from './roles';

/** The shared fixture, with a site admin of site s1 only. */
const actor = (role: Role, extra: Partial<Actor> = {}): Actor =>
  testActor(role, role === 'site_admin' ? { siteIds: ['s1'], ...extra } : extra);

const USER_LEVEL: Role[] = ['end_user', 'agent', 'supervisor', 'receptionist'];
const NOT_USER_LEVEL: Role[] = [
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'site_admin',
];

describe('accountInScope', () => {
  it.each<[Role, Role, string | null, string | null, boolean]>([
    // Provider scope 'all': every account, including provider- and partner-level ones.
    ['provider_admin', 'provider_admin', null, null, true],
    ['provider_admin', 'partner_admin', null, null, true],
    ['provider_agent', 'enterprise_admin', 'e7', null, true],
    ['provider_agent', 'end_user', 'e7', 's7', true],
    // Partner: accounts of the enterprises in its list; never provider- or partner-level accounts.
    ['partner_admin', 'provider_agent', null, null, false],
    ['partner_admin', 'partner_admin', null, null, false],
    ['partner_admin', 'enterprise_admin', 'e1', null, true],
    ['partner_admin', 'site_admin', 'e2', null, true],
    ['partner_admin', 'end_user', 'e2', 's5', true],
    ['partner_admin', 'end_user', 'e1', null, true],
    ['partner_admin', 'enterprise_admin', 'e3', null, false],
    ['partner_admin', 'agent', 'e3', 's1', false],
    // Enterprise admin: every account of its enterprise.
    ['enterprise_admin', 'enterprise_admin', 'e1', null, true],
    ['enterprise_admin', 'site_admin', 'e1', null, true],
    ['enterprise_admin', 'agent', 'e1', 's5', true],
    ['enterprise_admin', 'end_user', 'e1', null, true],
    ['enterprise_admin', 'end_user', 'e2', 's1', false],
    ['enterprise_admin', 'partner_admin', null, null, false],
    ['enterprise_admin', 'provider_admin', null, null, false],
    // Site admin (site s1 of e1): only user logins of users on its sites.
    ['site_admin', 'end_user', 'e1', 's1', true],
    ['site_admin', 'receptionist', 'e1', 's1', true],
    ['site_admin', 'supervisor', 'e1', 's2', false],
    ['site_admin', 'end_user', 'e1', null, false],
    ['site_admin', 'end_user', 'e2', 's1', false],
    ['site_admin', 'site_admin', 'e1', null, false],
    ['site_admin', 'enterprise_admin', 'e1', null, false],
    // End user: no account management at all.
    ['end_user', 'end_user', 'e1', 's1', false],
    ['agent', 'end_user', 'e1', null, false],
  ])(
    '%s sees a %s account of %s (user site %s): %s',
    (actorRole, role, enterpriseId, userSiteId, expected) => {
      expect(accountInScope(actor(actorRole), { role, enterpriseId }, userSiteId)).toBe(expected);
    },
  );

  it.each(USER_LEVEL)('a site admin sees a %s login of a user on its site', (role) => {
    expect(accountInScope(actor('site_admin'), { role, enterpriseId: 'e1' }, 's1')).toBe(true);
  });

  it.each(NOT_USER_LEVEL)('a site admin never sees a %s account, even "on" its own site', (role) => {
    expect(accountInScope(actor('site_admin'), { role, enterpriseId: 'e1' }, 's1')).toBe(false);
    expect(accountInScope(actor('site_admin'), { role, enterpriseId: null }, 's1')).toBe(false);
  });

  it('follows a site admin with several sites', () => {
    const admin = actor('site_admin', { siteIds: ['s1', 's2'] });
    expect(
      ['s1', 's2', 's3'].map((site) => accountInScope(admin, { role: 'agent', enterpriseId: 'e1' }, site)),
    ).toStrictEqual([true, true, false]);
  });

  it('lets a partner without customers see nothing', () => {
    const partner = actor('partner_admin', { enterpriseIds: [] });
    expect(ROLES.filter((role) => accountInScope(partner, { role, enterpriseId: 'e1' }, 's1'))).toStrictEqual(
      [],
    );
  });
});

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const ID2 = '9b2d4c1a-7e5f-4a3b-8c6d-1e2f3a4b5c6d';

const fields = fieldMessages;

describe('accountInputSchema', () => {
  it('lower-cases the e-mail address and trims the name', () => {
    expect(
      accountInputSchema.parse({
        email: 'J.de.Vries@Bedrijf.NL',
        name: '  Jan de Vries ',
        role: 'end_user',
        userId: ID,
      }),
    ).toStrictEqual({ email: 'j.de.vries@bedrijf.nl', name: 'Jan de Vries', role: 'end_user', userId: ID });
  });

  it('accepts nulls for the links and a list of sites', () => {
    expect(
      accountInputSchema.parse({
        email: 'a@b.nl',
        name: 'A',
        role: 'site_admin',
        partnerId: null,
        enterpriseId: ID,
        userId: null,
        siteIds: [ID, ID2],
      }),
    ).toStrictEqual({
      email: 'a@b.nl',
      name: 'A',
      role: 'site_admin',
      partnerId: null,
      enterpriseId: ID,
      userId: null,
      siteIds: [ID, ID2],
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['nothing', {}, { email: 'is required', name: 'is required', role: 'is required' }],
    [
      'a bad e-mail address',
      { email: 'jan', name: 'Jan', role: 'end_user' },
      { email: 'must be an e-mail address' },
    ],
    ['a blank name', { email: 'a@b.nl', name: '   ', role: 'end_user' }, { name: 'is required' }],
    [
      'a long name',
      { email: 'a@b.nl', name: 'x'.repeat(201), role: 'end_user' },
      { name: 'must be at most 200 characters' },
    ],
    [
      'an unknown role',
      { email: 'a@b.nl', name: 'A', role: 'root' },
      { role: `must be one of ${ROLES.join(', ')}` },
    ],
    [
      'a site that is no UUID',
      { email: 'a@b.nl', name: 'A', role: 'site_admin', siteIds: ['s1'] },
      { 'siteIds.0': 'must be a UUID' },
    ],
    [
      'an enterprise that is no UUID',
      { email: 'a@b.nl', name: 'A', role: 'enterprise_admin', enterpriseId: 'e1' },
      { enterpriseId: 'must be a UUID' },
    ],
    [
      'an unknown field',
      { email: 'a@b.nl', name: 'A', role: 'end_user', password: 'x' },
      { password: 'is not a known field' },
    ],
    [
      'a status (only a patch sets it)',
      { email: 'a@b.nl', name: 'A', role: 'end_user', status: 'active' },
      { status: 'is not a known field' },
    ],
  ])('refuses %s', (_label, input, expected) => {
    expect(fields(accountInputSchema, input)).toStrictEqual(expected);
  });

  it('takes at most 500 sites', () => {
    const base = { email: 'a@b.nl', name: 'A', role: 'site_admin' };
    expect(fields(accountInputSchema, { ...base, siteIds: Array(500).fill(ID) })).toBeNull();
    expect(fields(accountInputSchema, { ...base, siteIds: Array(501).fill(ID) })).toStrictEqual({
      siteIds: 'must have at most 500 items',
    });
  });
});

describe('accountPatchSchema', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [{}, {}],
    [{ status: 'disabled' }, { status: 'disabled' }],
    [
      { status: 'active', role: 'agent' },
      { status: 'active', role: 'agent' },
    ],
    [{ email: 'NEW@Example.com' }, { email: 'new@example.com' }],
    [{ siteIds: [] }, { siteIds: [] }],
  ])('accepts %j', (input, output) => {
    expect(accountPatchSchema.parse(input)).toStrictEqual(output);
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{ status: 'locked' }, { status: 'must be one of active, disabled' }],
    // The links of an account are set at creation; a patch cannot move it.
    [{ enterpriseId: ID }, { enterpriseId: 'is not a known field' }],
    [{ partnerId: ID }, { partnerId: 'is not a known field' }],
    [{ userId: ID }, { userId: 'is not a known field' }],
    [{ name: '' }, { name: 'is required' }],
  ])('refuses %j', (input, expected) => {
    expect(fields(accountPatchSchema, input)).toStrictEqual(expected);
  });
});

describe('ACCOUNT_STATUSES and accountSchema', () => {
  it('knows two statuses', () => {
    expect(ACCOUNT_STATUSES).toStrictEqual(['active', 'disabled']);
  });

  it('parses an account as it leaves the server', () => {
    const dto = {
      id: ID,
      email: 'a@b.nl',
      name: 'A',
      role: 'enterprise_admin',
      partnerId: null,
      partnerName: null,
      enterpriseId: ID2,
      enterpriseName: 'Voorbeeld BV',
      userId: null,
      siteIds: [],
      status: 'active',
      totpEnabled: false,
      lockedUntil: null,
      mustChangePassword: true,
      passwordChangedAt: '2026-05-04T09:00:00.000Z',
      lastLoginAt: null,
      trained: false,
      createdAt: '2026-05-04T09:00:00.000Z',
      updatedAt: '2026-05-04T09:00:00.000Z',
    };
    expect(accountSchema.parse(dto)).toStrictEqual(dto);
    expect(accountSchema.safeParse({ ...dto, passwordChangedAt: '4 May 2026' }).success).toBe(false);
  });
});
