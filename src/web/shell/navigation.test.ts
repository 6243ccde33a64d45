import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../core/access/permissions';
import type { Role } from '../../core/access/roles';
import type { Viewer } from '../access/permissions';
import { navigationFor } from '../contexts';
import { activeNavKey, enterpriseFromPath } from './navigation';

const viewer = (role: Role, enterpriseId: string | null): Viewer => ({
  role,
  permissions: permissionsOf(role),
  trainingRequired: false,
  access: 'read_write',
  enterpriseId,
  enterpriseIds: role.startsWith('provider') ? null : ['e1'],
  siteIds: role === 'site_admin' ? ['s1'] : null,
});

const keys = (role: Role, own: string | null, current: string | null) =>
  navigationFor(viewer(role, own), current).map((item) => item.key);

describe('navigationFor', () => {
  it('gives the provider admin everything, with the enterprise section once one is chosen', () => {
    expect(keys('provider_admin', null, null)).toEqual([
      'home',
      'partners',
      'enterprises',
      'allAccounts',
      'allTrainings',
      'deviceCatalogue',
      'allAudit',
      'profiles',
      'policies',
      'deskTickets',
      'deskQueues',
      'repairs',
      'changeCatalogue',
      'tariffs',
      'contactMatrix',
      'businessCalendar',
      'slaPolicies',
      'outbox',
      'profile',
    ]);
    expect(keys('provider_admin', null, 'e1')).toContain('sites');
  });

  it("lists accounts, trainings and the audit log once: the chosen customer's replace those of all", () => {
    expect(keys('provider_admin', null, 'e1')).toEqual([
      'home',
      'partners',
      'enterprises',
      'deviceCatalogue',
      'profiles',
      'policies',
      'overview',
      'sites',
      'users',
      'numbers',
      'callRestrictions',
      'devices',
      'callSettings',
      'provisioning',
      'accounts',
      'schedules',
      'huntGroups',
      'pickupGroups',
      'queues',
      'autoAttendants',
      'incomingRoutes',
      'announcedWorks',
      'trainings',
      'unjustifiedReport',
      'audit',
      'deskTickets',
      'deskQueues',
      'repairs',
      'changeCatalogue',
      'tariffs',
      'contactMatrix',
      'businessCalendar',
      'slaPolicies',
      'outbox',
      'profile',
    ]);
    expect(keys('provider_agent', null, 'e1')).not.toContain('allAudit');
    // The agent reads the desk's configuration (the administrators edit it).
    expect(keys('provider_agent', null, null)).toContain('businessCalendar');
    expect(keys('partner_admin', null, 'e1')).not.toContain('changeCatalogue');
    expect(keys('enterprise_admin', 'e1', 'e1')).not.toContain('businessCalendar');
  });

  it('gives a partner its customers but no provider pages', () => {
    expect(keys('partner_admin', null, 'e1')).toEqual([
      'home',
      'yourEnterprises',
      'overview',
      'sites',
      'users',
      'numbers',
      'callRestrictions',
      'devices',
      'callSettings',
      'provisioning',
      'accounts',
      'schedules',
      'huntGroups',
      'pickupGroups',
      'queues',
      'autoAttendants',
      'incomingRoutes',
      'announcedWorks',
      'trainings',
      'unjustifiedReport',
      'audit',
      'reportIncident',
      'requestChange',
      'myTickets',
      'repairs',
      'contact',
      'profile',
    ]);
  });

  it('gives an enterprise admin its own enterprise and no switcher entry', () => {
    const nav = navigationFor(viewer('enterprise_admin', 'e1'), 'e1');
    expect(nav.map((i) => i.key)).not.toContain('enterprises');
    expect(nav.find((i) => i.key === 'sites')?.to).toBe('/enterprises/e1/sites');
  });

  it('gives an end user only home, its phone and profile', () => {
    expect(keys('end_user', 'e1', 'e1')).toEqual(['home', 'myPhone', 'profile']);
  });
});

describe('enterpriseFromPath', () => {
  it('reads the enterprise and section', () => {
    expect(enterpriseFromPath('/enterprises/e1/sites')).toEqual({ enterpriseId: 'e1', section: 'sites' });
    expect(enterpriseFromPath('/enterprises/e1')).toEqual({ enterpriseId: 'e1', section: '' });
    expect(enterpriseFromPath('/enterprises')).toBeNull();
    expect(enterpriseFromPath('/profile')).toBeNull();
  });
});

describe('activeNavKey', () => {
  it('picks the most specific entry', () => {
    const items = navigationFor(viewer('provider_admin', null), 'e1');
    expect(activeNavKey(items, '/enterprises/e1/sites')).toBe('sites');
    expect(activeNavKey(items, '/enterprises/e1')).toBe('overview');
    expect(activeNavKey(items, '/enterprises')).toBe('enterprises');
    expect(activeNavKey(items, '/')).toBe('home');
    expect(activeNavKey(items, '/nowhere')).toBeNull();
  });
});
