import { defineContextPermissions } from './permission-kinds';

/** Access's own permissions: the security policy of each role (password rules, lockout, 2FA). */
export const ACCESS_PERMISSIONS = defineContextPermissions({
  context: 'access',
  kinds: {
    'security-policies.read': 'read',
    'security-policies.write': 'write',
  },
  grants: {
    provider_agent: ['security-policies.read'],
  },
});
