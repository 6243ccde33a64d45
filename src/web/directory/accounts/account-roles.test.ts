import { describe, expect, it } from 'vitest';
import { creatableRoles } from './account-roles';

describe('creatableRoles', () => {
  it('lets the provider create enterprise admins in an enterprise and staff and partners outside', () => {
    expect(creatableRoles({ role: 'provider_admin' }, true)).toEqual([
      'enterprise_admin',
      'site_admin',
      'end_user',
      'agent',
      'supervisor',
      'receptionist',
    ]);
    expect(creatableRoles({ role: 'provider_admin' }, false)).toEqual([
      'provider_admin',
      'provider_agent',
      'partner_admin',
    ]);
  });

  it('keeps customers to site admins and user logins', () => {
    expect(creatableRoles({ role: 'enterprise_admin' }, true)).toEqual([
      'site_admin',
      'end_user',
      'agent',
      'supervisor',
      'receptionist',
    ]);
    expect(creatableRoles({ role: 'site_admin' }, true)).toEqual([
      'end_user',
      'agent',
      'supervisor',
      'receptionist',
    ]);
    expect(creatableRoles({ role: 'provider_agent' }, true)).toEqual([]);
  });
});
