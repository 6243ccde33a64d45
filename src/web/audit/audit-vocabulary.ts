import { ACCESS_ACTIONS } from '../../core/audit/vocabulary';

/** The actions that change something (the page's default), then the sign-ins (core's ACCESS_ACTIONS). */
export const CHANGE_ACTIONS = [
  'create',
  'update',
  'delete',
  'unlock',
  'password_change',
  'password_reset',
  'tokens_revoked',
  'two_factor_setup_started',
  'two_factor_enabled',
  'two_factor_disabled',
  'two_factor_reset',
  'recovery_codes_regenerated',
  'revoke',
] as const;

export { ACCESS_ACTIONS };

/** A label key when the word is known, so a new server word still shows (as itself). */
export const labelKey = (kind: 'entityTypes' | 'actions', value: string): string => `audit.${kind}.${value}`;

/**
 * Fields whose values are words of an enumeration, and where their texts are: the portal's own
 * texts of those words (directory, access, knowledge), and the log's for what only it says.
 */
export const VALUE_TEXTS: Readonly<Record<string, string>> = {
  // `<entity type>.<field>` for a field whose words are its entity's own (a number's state).
  'number.state': 'numberPlan.states',
  'number.assigneeType': 'numberPlan.assigneeTypes',
  'number.assigneeRole': 'numberPlan.roles',
  'number_block.kind': 'numberPlan.kinds',
  'device_model.kind': 'deviceKinds',
  'device.ownership': 'ownerships',
  'queue.distribution': 'queueDistributions',
  'queue.ringPattern': 'queueRingPatterns',
  'queue.overflowAction': 'queueActions',
  'queue.strandedAction': 'queueActions',
  'queue_agent.role': 'queueRoles',
  'agent_state.state': 'agentStates',
  'agent_state.reason': 'agentReasons',
  lineType: 'lineTypes',
  codec: 'codecs',
  profile: 'profiles',
  role: 'roles',
  status: 'accounts.statuses',
  access: 'tokens.accessLevels',
  training: 'trainings.names',
  reason: 'audit.values.reason',
  field: 'audit.values.field',
};

/** Fields holding a moment (shown as date and time) or a day. */
export const INSTANT_FIELDS: ReadonlySet<string> = new Set([
  'until',
  'expiresAt',
  'createdAt',
  'passwordChangedAt',
  'lastLoginAt',
]);
/** Fields holding a phone number in E.164, shown in the national notation. */
export const PHONE_FIELDS: ReadonlySet<string> = new Set(['number', 'first']);
export const DAY_FIELDS: ReadonlySet<string> = new Set(['completedOn', 'ownershipDate']);

/**
 * Fields the list of changes leaves out (the details show them): the entity's own id and
 * creation time repeat the event, and there is one provider.
 */
export const QUIET_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'providerId']);
