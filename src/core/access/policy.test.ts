import { describe, expect, it } from 'vitest';
import { errorCodeText } from '../messages';
import type { Actor, Target } from './actor';
import { testActor } from './actor.fixture';
import { GRANTS, PERMISSIONS, type Permission } from './permissions';
import {
  canSeeEnterprise,
  type Denial,
  decide,
  inScope,
  isTrainingGated,
  siteFilter,
  TRAINING_GATED_ROLES,
} from './policy';
import { ROLES, type Role } from './roles';

const actor = testActor;

const code = (denial: Denial | null): Denial | null => denial;

describe('TRAINING_GATED_ROLES', () => {
  it('are the enterprise admin and the partner admin (guide §2.2)', () => {
    expect(TRAINING_GATED_ROLES).toStrictEqual(['enterprise_admin', 'partner_admin']);
  });
});

describe('isTrainingGated', () => {
  it.each<[Role, boolean, boolean]>([
    ['enterprise_admin', false, true],
    ['enterprise_admin', true, false],
    ['partner_admin', false, true],
    ['partner_admin', true, false],
    ['provider_admin', false, false],
    ['provider_agent', false, false],
    ['site_admin', false, false],
    ['end_user', false, false],
    ['agent', false, false],
    ['supervisor', false, false],
    ['receptionist', false, false],
  ])('%s with trained=%s is gated: %s', (role, trained, gated) => {
    expect(isTrainingGated({ role, trained })).toBe(gated);
  });
});

describe('decide: role grants', () => {
  it.each<[Role, Permission, Denial | null]>([
    ['provider_admin', 'partners.write', null],
    ['provider_admin', 'security-policies.write', null],
    ['provider_agent', 'partners.read', null],
    ['provider_agent', 'partners.write', 'forbidden'],
    ['provider_agent', 'trainings.write', null],
    ['provider_agent', 'accounts.write', 'forbidden'],
    ['partner_admin', 'partners.read', 'forbidden'],
    ['partner_admin', 'sites.write', null],
    ['partner_admin', 'enterprises.write', 'forbidden'],
    ['enterprise_admin', 'sites.write', null],
    ['enterprise_admin', 'accounts.write', null],
    ['enterprise_admin', 'trainings.write', 'forbidden'],
    ['enterprise_admin', 'security-policies.read', 'forbidden'],
    ['site_admin', 'sites.read', null],
    ['site_admin', 'sites.write', 'forbidden'],
    ['site_admin', 'users.write', null],
    ['site_admin', 'accounts.write', null],
    ['end_user', 'users.read', 'forbidden'],
    ['receptionist', 'enterprises.read', 'forbidden'],
  ])('%s asking %s: %s', (role, permission, expected) => {
    expect(code(decide(actor(role), permission))).toBe(expected);
  });

  it('allows exactly what GRANTS lists, for every role and permission', () => {
    for (const role of ROLES) {
      const allowed = PERMISSIONS.filter((permission) => decide(actor(role), permission) === null);
      expect({ role, allowed }).toStrictEqual({
        role,
        allowed: PERMISSIONS.filter((p) => GRANTS[role].includes(p)),
      });
    }
  });
});

describe('decide: the training gate (guide §2.2)', () => {
  it.each<[Role, Permission, Denial | null]>([
    ['enterprise_admin', 'sites.read', null],
    ['enterprise_admin', 'users.read', null],
    ['enterprise_admin', 'audit.read', null],
    ['enterprise_admin', 'sites.write', 'training_required'],
    ['enterprise_admin', 'users.write', 'training_required'],
    ['enterprise_admin', 'accounts.write', 'training_required'],
    ['partner_admin', 'enterprises.read', null],
    ['partner_admin', 'sites.write', 'training_required'],
    ['partner_admin', 'accounts.write', 'training_required'],
    // Not gated: these roles never take the Telecom Manager training.
    ['site_admin', 'users.write', null],
    ['provider_admin', 'partners.write', null],
    ['provider_agent', 'trainings.write', null],
    // An ungranted write stays forbidden, not "training required".
    ['enterprise_admin', 'partners.write', 'forbidden'],
  ])('untrained %s asking %s: %s', (role, permission, expected) => {
    expect(code(decide(actor(role, { trained: false }), permission))).toBe(expected);
  });

  it('lifts once the training is recorded', () => {
    expect(decide(actor('enterprise_admin', { trained: true }), 'sites.write')).toBeNull();
    expect(decide(actor('partner_admin', { trained: true }), 'users.write')).toBeNull();
  });

  it('says why, in both languages', () => {
    expect(decide(actor('enterprise_admin', { trained: false }), 'users.write')).toBe('training_required');
    expect(errorCodeText('training_required')).toMatch(/Telecom Manager training is recorded/);
    expect(errorCodeText('training_required', {}, 'nl')).toMatch(/Telecom Manager-training/);
  });
});

describe('decide: read-only API tokens', () => {
  it.each<[Role, Permission, Denial | null]>([
    ['provider_admin', 'partners.read', null],
    ['provider_admin', 'partners.write', 'read_only_token'],
    ['provider_admin', 'security-policies.write', 'read_only_token'],
    ['enterprise_admin', 'sites.read', null],
    ['enterprise_admin', 'sites.write', 'read_only_token'],
    ['site_admin', 'users.write', 'read_only_token'],
    ['provider_agent', 'trainings.write', 'read_only_token'],
    // Outside the grant it is forbidden whatever the token.
    ['site_admin', 'sites.write', 'forbidden'],
  ])('%s with a read token asking %s: %s', (role, permission, expected) => {
    expect(code(decide(actor(role, { via: 'token', access: 'read' }), permission))).toBe(expected);
  });

  it('refuses writes to read-only access however the actor came in', () => {
    expect(code(decide(actor('provider_admin', { via: 'session', access: 'read' }), 'partners.write'))).toBe(
      'read_only_token',
    );
  });

  it('lets a read-write token write', () => {
    expect(
      decide(actor('provider_admin', { via: 'token', access: 'read_write' }), 'partners.write'),
    ).toBeNull();
  });

  it('names the token in its message', () => {
    expect(decide(actor('provider_admin', { via: 'token', access: 'read' }), 'partners.write')).toBe(
      'read_only_token',
    );
    expect(errorCodeText('read_only_token')).toBe('This API token may only read.');
  });
});

describe('decide: precedence', () => {
  const everything: Partial<Actor> = {
    passwordChangeRequired: true,
    twoFactorEnrolmentRequired: true,
    trained: false,
    access: 'read',
    via: 'token',
  };

  it.each<[string, Role, Partial<Actor>, Permission, Denial | null]>([
    [
      'a required password change before all else',
      'enterprise_admin',
      everything,
      'sites.write',
      'password_change_required',
    ],
    [
      'a required password change even for a read',
      'enterprise_admin',
      { passwordChangeRequired: true },
      'sites.read',
      'password_change_required',
    ],
    [
      'a required password change even without the grant',
      'end_user',
      { passwordChangeRequired: true },
      'sites.read',
      'password_change_required',
    ],
    [
      'two-factor enrolment next',
      'enterprise_admin',
      { ...everything, passwordChangeRequired: false },
      'sites.write',
      'two_factor_enrolment_required',
    ],
    [
      'two-factor enrolment even for a read',
      'provider_admin',
      { twoFactorEnrolmentRequired: true },
      'audit.read',
      'two_factor_enrolment_required',
    ],
    [
      'two-factor enrolment even without the grant',
      'site_admin',
      { twoFactorEnrolmentRequired: true },
      'sites.write',
      'two_factor_enrolment_required',
    ],
    [
      'then the grant',
      'site_admin',
      { ...everything, passwordChangeRequired: false, twoFactorEnrolmentRequired: false },
      'sites.write',
      'forbidden',
    ],
    [
      'then the read-only token before the training gate',
      'enterprise_admin',
      { ...everything, passwordChangeRequired: false, twoFactorEnrolmentRequired: false },
      'sites.write',
      'read_only_token',
    ],
    [
      'a read by a read-only, untrained actor passes',
      'enterprise_admin',
      { ...everything, passwordChangeRequired: false, twoFactorEnrolmentRequired: false },
      'sites.read',
      null,
    ],
  ])('%s', (_label, role, extra, permission, expected) => {
    expect(code(decide(actor(role, extra), permission))).toBe(expected);
  });

  it.each<[Partial<Actor>, Denial]>([
    [{ passwordChangeRequired: true }, 'password_change_required'],
    [{ twoFactorEnrolmentRequired: true }, 'two_factor_enrolment_required'],
  ])('explains %j', (extra, denial) => {
    expect(decide(actor('provider_admin', extra), 'partners.read')).toBe(denial);
  });

  it('explains a missing grant', () => {
    expect(decide(actor('end_user'), 'users.read')).toBe('forbidden');
  });
});

describe('canSeeEnterprise', () => {
  it.each<[string, Actor['enterpriseIds'], string, boolean]>([
    ['provider sees any', 'all', 'e9', true],
    ['partner sees a customer', ['e1', 'e2'], 'e2', true],
    ['partner does not see another', ['e1', 'e2'], 'e3', false],
    ['enterprise account sees its own', ['e1'], 'e1', true],
    ['enterprise account does not see another', ['e1'], 'e2', false],
    ['a partner without customers sees none', [], 'e1', false],
  ])('%s', (_label, enterpriseIds, enterpriseId, expected) => {
    expect(canSeeEnterprise(actor('partner_admin', { enterpriseIds }), enterpriseId)).toBe(expected);
  });
});

describe('inScope', () => {
  it.each<[Role, Target, boolean]>([
    // Provider: everything, including provider-level things.
    ['provider_admin', { enterpriseId: null }, true],
    ['provider_agent', { enterpriseId: 'e7' }, true],
    ['provider_admin', { enterpriseId: 'e7', siteId: 's7' }, true],
    // Partner: the enterprises of its list, every site in them.
    ['partner_admin', { enterpriseId: null }, false],
    ['partner_admin', { enterpriseId: 'e1' }, true],
    ['partner_admin', { enterpriseId: 'e2', siteId: 's9' }, true],
    ['partner_admin', { enterpriseId: 'e3' }, false],
    ['partner_admin', { enterpriseId: 'e3', siteId: 's1' }, false],
    // Enterprise admin: its enterprise, every site.
    ['enterprise_admin', { enterpriseId: 'e1' }, true],
    ['enterprise_admin', { enterpriseId: 'e1', siteId: 's9' }, true],
    ['enterprise_admin', { enterpriseId: 'e1', siteId: null }, true],
    ['enterprise_admin', { enterpriseId: 'e2' }, false],
    ['enterprise_admin', { enterpriseId: null }, false],
    // Site admin (sites s1, s2 of e1): only things on its sites.
    ['site_admin', { enterpriseId: 'e1', siteId: 's1' }, true],
    ['site_admin', { enterpriseId: 'e1', siteId: 's2' }, true],
    ['site_admin', { enterpriseId: 'e1', siteId: 's3' }, false],
    ['site_admin', { enterpriseId: 'e1', siteId: null }, false],
    ['site_admin', { enterpriseId: 'e1' }, false],
    ['site_admin', { enterpriseId: 'e2', siteId: 's1' }, false],
    ['site_admin', { enterpriseId: null }, false],
    // End user: no sites to administer.
    ['end_user', { enterpriseId: 'e1', siteId: 's1' }, false],
    ['end_user', { enterpriseId: 'e1' }, false],
  ])('%s, target %j: %s', (role, target, expected) => {
    expect(inScope(actor(role), target)).toBe(expected);
  });
});

describe('siteFilter', () => {
  it.each<[Role, readonly string[] | null]>([
    ['provider_admin', null],
    ['partner_admin', null],
    ['enterprise_admin', null],
    ['site_admin', ['s1', 's2']],
    ['end_user', []],
  ])('%s filters on %j', (role, expected) => {
    expect(siteFilter(actor(role))).toStrictEqual(expected);
  });
});
