import type { Actor } from './actor';
import type { Role } from './roles';

/**
 * Test fixture: an actor with the scope each role gets from the server — provider all, partner its
 * customers (e1, e2), others their own (e1); a site admin sites s1 and s2.
 */
export function testActor(role: Role, extra: Partial<Actor> = {}): Actor {
  const provider = role === 'provider_admin' || role === 'provider_agent';
  return {
    accountId: `acc-${role}`,
    email: `${role}@example.nl`,
    name: role,
    role,
    partnerId: role === 'partner_admin' ? 'p1' : null,
    enterpriseId: provider || role === 'partner_admin' ? null : 'e1',
    userId: null,
    enterpriseIds: provider ? 'all' : role === 'partner_admin' ? ['e1', 'e2'] : ['e1'],
    siteIds:
      role === 'site_admin'
        ? ['s1', 's2']
        : provider || role === 'partner_admin' || role === 'enterprise_admin'
          ? 'all'
          : [],
    trained: true,
    passwordChangeRequired: false,
    twoFactorEnrolmentRequired: false,
    via: 'session',
    access: 'read_write',
    ...extra,
  };
}
