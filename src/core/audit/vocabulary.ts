import type { Json } from './diff';

/**
 * What the audit log's events are, as the API filters them and the portal shows them: the kind
 * of an event, and which of its ids name other entities.
 */

/** Sign-ins, sign-outs and refused attempts: access, not a change of anything. */
export const ACCESS_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'locked',
  'reauthentication_failed',
] as const;

/**
 * `changes`: what someone changed (every event with an actor that is not access); `access`:
 * sign-ins and refused attempts; `system`: what the server did itself (no actor: the bootstrap,
 * the demo seed); `all`: everything.
 */
export const AUDIT_KINDS = ['all', 'changes', 'access', 'system'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export type AuditEventKind = Exclude<AuditKind, 'all'>;

const access: ReadonlySet<string> = new Set(ACCESS_ACTIONS);

export const isAccessAction = (action: string): boolean => access.has(action);

/** The kind of one event: the same rule as the API's `kind` filter. */
export const auditKindOf = (event: { action: string; actor: unknown }): AuditEventKind =>
  isAccessAction(event.action) ? 'access' : event.actor === null ? 'system' : 'changes';

/** The kinds of entity whose names the audit page gives for their ids. */
export const NAMED_TYPES = [
  'site',
  'user',
  'enterprise',
  'partner',
  'account',
  'provider',
  'api_token',
] as const;
export type NamedType = (typeof NAMED_TYPES)[number];

export const isNamedType = (type: string): type is NamedType =>
  (NAMED_TYPES as readonly string[]).includes(type);

/**
 * Entity types that are one side of another entity, kept under its id (a user's numbers, an
 * enterprise's telephony settings): the log names them by that entity.
 */
export const ASPECT_OF: Readonly<Record<string, NamedType>> = {
  user_numbers: 'user',
  user_features: 'user',
  telephony_settings: 'enterprise',
  call_restrictions: 'enterprise',
  user_call_restrictions: 'user',
  agent_state: 'user',
  call_settings: 'enterprise',
};

/** The kind of entity whose name an event's entity id has, if the log names it. */
export const namedTypeOf = (entityType: string): NamedType | undefined =>
  isNamedType(entityType)
    ? entityType
    : Object.hasOwn(ASPECT_OF, entityType)
      ? ASPECT_OF[entityType]
      : undefined;

/** Fields of snapshots and details whose values are ids of other entities (one, or a list). */
export const REFERENCE_FIELDS: Readonly<Record<string, NamedType>> = {
  siteId: 'site',
  siteIds: 'site',
  userId: 'user',
  enterpriseId: 'enterprise',
  partnerId: 'partner',
  providerId: 'provider',
  accountId: 'account',
  recordedBy: 'account',
  // Only users hold numbers so far; hunt groups, attendants and queues (Telephony II) will need
  // the assignee's type beside its id.
  assigneeId: 'user',
  // The users a device's lines register as.
  lineUserIds: 'user',
  // A user's busy-lamp-field list: the users it watches.
  blf: 'user',
};

export const referenceTypeOf = (field: string): NamedType | undefined =>
  Object.hasOwn(REFERENCE_FIELDS, field) ? REFERENCE_FIELDS[field] : undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids a reference field's value holds: a UUID, or a list of them; anything else none. */
export function referencedIds(value: Json | undefined): string[] {
  if (typeof value === 'string') return UUID.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && UUID.test(v));
  return [];
}
