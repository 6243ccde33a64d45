import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../core/access/permissions';
import type { Role } from '../../core/access/roles';
import { choosesEnterprise, currentEnterpriseId, mayRead, mayWrite, type Viewer } from './permissions';

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  role,
  permissions: permissionsOf(role),
  trainingRequired: false,
  access: 'read_write',
  enterpriseId: role.startsWith('provider') || role === 'partner_admin' ? null : 'e1',
  enterpriseIds: role.startsWith('provider') ? null : ['e1'],
  siteIds: role === 'site_admin' ? ['s1'] : null,
  ...extra,
});

describe('mayWrite', () => {
  it('follows the grants', () => {
    expect(mayWrite(viewer('enterprise_admin'), 'sites.write')).toBe(true);
    expect(mayWrite(viewer('site_admin'), 'sites.write')).toBe(false);
    expect(mayRead(viewer('site_admin'), 'sites.read')).toBe(true);
    expect(mayWrite(viewer('provider_agent'), 'trainings.write')).toBe(true);
  });

  it('is held back by the training gate and by read-only access', () => {
    expect(mayWrite(viewer('enterprise_admin', { trainingRequired: true }), 'sites.write')).toBe(false);
    expect(mayRead(viewer('enterprise_admin', { trainingRequired: true }), 'sites.read')).toBe(true);
    expect(mayWrite(viewer('provider_admin', { access: 'read' }), 'partners.write')).toBe(false);
  });
});

describe('enterprise context', () => {
  it('lets provider and partner choose, others keep their own', () => {
    expect(choosesEnterprise(viewer('provider_agent'))).toBe(true);
    expect(choosesEnterprise(viewer('partner_admin'))).toBe(true);
    expect(choosesEnterprise(viewer('enterprise_admin'))).toBe(false);
    expect(choosesEnterprise(viewer('end_user'))).toBe(false);
    expect(currentEnterpriseId(viewer('enterprise_admin'), undefined)).toBe('e1');
    expect(currentEnterpriseId(viewer('partner_admin'), undefined)).toBeNull();
    expect(currentEnterpriseId(viewer('partner_admin'), 'e2')).toBe('e2');
  });
});
