import { defineContextPermissions } from '../access/permission-kinds';

/** Trainings followed: the service desk records them (they lift the training gate), admins read. */
export const KNOWLEDGE_PERMISSIONS = defineContextPermissions({
  context: 'knowledge',
  kinds: { 'trainings.read': 'read', 'trainings.write': 'write' },
  grants: {
    provider_agent: ['trainings.read', 'trainings.write'],
    partner_admin: ['trainings.read'],
    enterprise_admin: ['trainings.read'],
    site_admin: ['trainings.read'],
  },
});
