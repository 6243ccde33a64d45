import { defineContextPermissions } from '../access/permission-kinds';

/** Reading the audit log; every scope reads its own part (nobody writes it but the server). */
export const AUDIT_PERMISSIONS = defineContextPermissions({
  context: 'audit',
  kinds: { 'audit.read': 'read' },
  grants: {
    provider_agent: ['audit.read'],
    partner_admin: ['audit.read'],
    enterprise_admin: ['audit.read'],
    site_admin: ['audit.read'],
  },
});
