import type { TFunction } from 'i18next';
import type { Json } from '../../core/audit/diff';
import type { AuditEventDto, AuditNamesDto } from '../../core/audit/schemas';
import { auditKindOf, namedTypeOf, referencedIds, referenceTypeOf } from '../../core/audit/vocabulary';
import { formatNational } from '../../core/telephony/numbers';
import { formatDate, formatDateTime } from '../ui/format';
import {
  DAY_FIELDS,
  INSTANT_FIELDS,
  labelKey,
  PHONE_FIELDS,
  QUIET_FIELDS,
  VALUE_TEXTS,
} from './audit-vocabulary';

/**
 * The audit log in words: field labels, values and names in the portal's language, for the table,
 * the details and the CSV export alike (what the table shows is what the export says).
 */

/** An event with the names its page came with. */
export type AuditRow = AuditEventDto & { names: AuditNamesDto };

/** A value as shown: `muted` for what is not a value of the entity itself ("none", "not visible"). */
export type Shown = { text: string; muted?: boolean; title?: string };

export type ChangeLine = {
  field: string;
  label: string;
  /** What it was (absent for a create, a new field or an event's detail). */
  from?: Shown;
  /** What it became (absent for a delete or a removed field). */
  to?: Shown;
};

export const typeLabel = (t: TFunction, entityType: string): string =>
  t(labelKey('entityTypes', entityType), { defaultValue: entityType });

export const actionLabel = (t: TFunction, action: string): string =>
  t(labelKey('actions', action), { defaultValue: action });

/** The label of a field: the entity type's own, an event detail's, a common one, or the field itself. */
export const fieldLabel = (t: TFunction, entityType: string, field: string): string =>
  t([`audit.fields.${entityType}.${field}`, `audit.eventFields.${field}`, `audit.fields.common.${field}`], {
    defaultValue: field,
  });

/** The name of an id as the reader may see it: its name, "… (removed)", or "not visible". */
export function nameOf(t: TFunction, names: AuditNamesDto, id: string): Shown {
  const found = Object.hasOwn(names, id) ? names[id] : undefined;
  if (found === undefined) return { text: t('audit.notVisible'), muted: true, title: id };
  return { text: found.deleted ? t('audit.deletedName', { name: found.name }) : found.name, title: id };
}

function joinShown(t: TFunction, parts: Shown[]): Shown {
  if (parts.length === 0) return { text: t('audit.none'), muted: true };
  if (parts.length === 1) return parts[0] as Shown;
  return { text: parts.map((p) => p.text).join(', '), muted: parts.every((p) => p.muted) };
}

/** One value of a field, in words. */
export function valueText(
  t: TFunction,
  language: string,
  field: string,
  value: Json,
  names: AuditNamesDto,
  entityType = '',
): Shown {
  if (value === null || value === '') return { text: t('audit.none'), muted: true };
  if (referenceTypeOf(field) !== undefined && (typeof value === 'string' || Array.isArray(value))) {
    const ids = referencedIds(value);
    if (ids.length > 0 || (Array.isArray(value) && value.length === 0))
      return joinShown(
        t,
        ids.map((id) => nameOf(t, names, id)),
      );
  }
  if (typeof value === 'boolean') return { text: value ? t('audit.yes') : t('audit.no') };
  if (typeof value === 'string') {
    const own = `${entityType}.${field}`;
    const texts = Object.hasOwn(VALUE_TEXTS, own)
      ? VALUE_TEXTS[own]
      : Object.hasOwn(VALUE_TEXTS, field)
        ? VALUE_TEXTS[field]
        : undefined;
    if (texts !== undefined) return { text: t(`${texts}.${value}`, { defaultValue: value }) };
    if (INSTANT_FIELDS.has(field)) return { text: formatDateTime(value, language) };
    if (DAY_FIELDS.has(field)) return { text: formatDate(value, language) };
    if (PHONE_FIELDS.has(field)) return { text: formatNational(value), title: value };
    return { text: value };
  }
  if (typeof value === 'number') return { text: value.toLocaleString(language) };
  if (Array.isArray(value))
    return joinShown(
      t,
      value.map((v) => valueText(t, language, field, v, names, entityType)),
    );
  // A part of a nested object the shape keeps (`fixed.number`): its values, each by its own field.
  return joinShown(
    t,
    Object.entries(value).map(([key, v]) => valueText(t, language, key, v, names, entityType)),
  );
}

/**
 * The changes of an event, field by field, in words. A create shows what the entity got, a
 * delete what it had, an update what it was and what it became; an event's details show as
 * values. `all` keeps the quiet fields (ids, creation time) that the table leaves out.
 */
export function changeLines(t: TFunction, language: string, event: AuditRow, all = false): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [field, change] of Object.entries(event.changes)) {
    if (!all && QUIET_FIELDS.has(field)) continue;
    const show = (value: Json | undefined) =>
      value === undefined ? undefined : valueText(t, language, field, value, event.names, event.entityType);
    const line: ChangeLine = { field, label: fieldLabel(t, event.entityType, field) };
    const from = show(change.from);
    const to = show(change.to);
    if (from !== undefined) line.from = from;
    if (to !== undefined) line.to = to;
    lines.push(line);
  }
  return lines;
}

/** One line as text: "Locatie: Den Haag → Utrecht". */
export function lineText(line: ChangeLine): string {
  const parts = [line.from?.text, line.to?.text].filter((p) => p !== undefined);
  return `${line.label}: ${parts.join(' → ')}`;
}

/** The changes as one text, for the CSV export. */
export const changesText = (t: TFunction, language: string, event: AuditRow): string =>
  changeLines(t, language, event).map(lineText).join('; ');

const snapshotText = (event: AuditEventDto, field: string): string | null => {
  const change = event.changes[field];
  const value = change?.to ?? change?.from;
  return typeof value === 'string' ? value : null;
};

/** What the event is about, by name: "Den Haag", "Telecom Manager – Tom Telecom", a role. */
export function entityName(t: TFunction, event: AuditRow): Shown {
  if (event.entityType === 'security_policy' && event.entityId !== null)
    return { text: t(`roles.${event.entityId}`, { defaultValue: event.entityId }) };
  if (event.entityType === 'training_record') {
    const training = snapshotText(event, 'training');
    const accountId = snapshotText(event, 'accountId');
    const who =
      accountId !== null && Object.hasOwn(event.names, accountId)
        ? nameOf(t, event.names, accountId).text
        : (snapshotText(event, 'accountEmail') ?? '');
    const what = training === null ? '' : t(`trainings.names.${training}`, { defaultValue: training });
    return { text: [what, who].filter((p) => p !== '').join(' – ') };
  }
  if (event.entityId === null) {
    return event.entityType === 'account'
      ? { text: t('audit.unknownAccount'), muted: true }
      : { text: '', muted: true };
  }
  if (namedTypeOf(event.entityType) !== undefined && Object.hasOwn(event.names, event.entityId))
    return nameOf(t, event.names, event.entityId);
  // Not named by the server: the event's own snapshot may still say it (a number by itself).
  const number = snapshotText(event, 'number') ?? snapshotText(event, 'first');
  const own =
    snapshotText(event, 'name') ?? snapshotText(event, 'email') ?? (number && formatNational(number));
  if (own !== null) return { text: own, title: event.entityId };
  return nameOf(t, event.names, event.entityId);
}

/** The second line under the entity's name: an e-mail address or a city. */
export function entityDetail(event: AuditRow): string | null {
  if (event.entityId === null || !Object.hasOwn(event.names, event.entityId)) return null;
  return event.names[event.entityId]?.detail ?? null;
}

/** Who did it: its name and e-mail, "System", or "Not signed in" for a refused login. */
export function actorOf(
  t: TFunction,
  event: AuditRow,
): { name: string; email: string | null; muted: boolean } {
  if (event.actor === null) {
    const access = auditKindOf(event) === 'access';
    return { name: access ? t('audit.anonymous') : t('audit.system'), email: null, muted: true };
  }
  const named = Object.hasOwn(event.names, event.actor.id) ? event.names[event.actor.id] : undefined;
  const email = event.actor.email ?? named?.detail ?? null;
  if (named === undefined)
    return { name: email ?? t('audit.notVisible'), email: null, muted: email === null };
  return { name: named.name, email, muted: false };
}

/** The actor as one text, for sorting and the export: "Tom Telecom <tm@voorbeeld.example>". */
export function actorText(t: TFunction, event: AuditRow): string {
  const actor = actorOf(t, event);
  return actor.email ? `${actor.name} <${actor.email}>` : actor.name;
}
