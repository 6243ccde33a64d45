import { defineContextPermissions } from '../access/permission-kinds';

/** The directory's permissions: partners, enterprises, their sites, users and portal accounts. */
export const DIRECTORY_PERMISSIONS = defineContextPermissions({
  context: 'directory',
  kinds: {
    'partners.read': 'read',
    'partners.write': 'write',
    'enterprises.read': 'read',
    'enterprises.write': 'write',
    'sites.read': 'read',
    'sites.write': 'write',
    'users.read': 'read',
    'users.write': 'write',
    'accounts.read': 'read',
    'accounts.write': 'write',
  },
  grants: {
    provider_agent: ['partners.read', 'enterprises.read', 'sites.read', 'users.read', 'accounts.read'],
    partner_admin: [
      'enterprises.read',
      'sites.read',
      'sites.write',
      'users.read',
      'users.write',
      'accounts.read',
      'accounts.write',
    ],
    enterprise_admin: [
      'enterprises.read',
      'sites.read',
      'sites.write',
      'users.read',
      'users.write',
      'accounts.read',
      'accounts.write',
    ],
    // A site admin administers the users (and their accounts) of its sites; the sites themselves
    // (address, line, channels) are contractual and changed by the enterprise admin or provider.
    site_admin: [
      'enterprises.read',
      'sites.read',
      'users.read',
      'users.write',
      'accounts.read',
      'accounts.write',
    ],
  },
});
