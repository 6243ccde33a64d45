/** The entity types and actions the audit log records (for the filters and their labels). */
export const ENTITY_TYPES = [
  'account',
  'api_token',
  'enterprise',
  'partner',
  'provider',
  'security_policy',
  'site',
  'training_record',
  'user',
] as const;

export const ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'login_failed',
  'logout',
  'locked',
  'unlock',
  'password_change',
  'password_reset',
  'two_factor_setup_started',
  'two_factor_enabled',
  'two_factor_disabled',
  'two_factor_reset',
  'recovery_codes_regenerated',
  'revoke',
] as const;

/** A label key when the word is known, so a new server word still shows (as itself). */
export const labelKey = (kind: 'entityTypes' | 'actions', value: string): string => `audit.${kind}.${value}`;
