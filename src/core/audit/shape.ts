/**
 * What the audit log keeps of an entity: its type, the fields a snapshot names (an allow-list:
 * nothing else enters the log) and where the entity lives, so that each scope reads its own part.
 * Each resource declares its shape beside its presenter; `recordChange` (server/audit/record.ts)
 * is the one way a change is written.
 */
export type AuditLocation = {
  entityId: string | null;
  partnerId?: string | null;
  enterpriseId?: string | null;
  siteId?: string | null;
};

/** A field of the row, or a dotted path into one of its object fields. */
export type AuditField<Row> = (keyof Row & string) | `${keyof Row & string}.${string}`;

export type AuditShape<Row> = {
  entityType: string;
  fields: readonly AuditField<Row>[];
  locate: (row: Row) => AuditLocation;
};

/** `auditShape<SiteRow>()({ entityType: 'site', fields: [...], locate })`, typed on the row. */
export const auditShape =
  <Row>() =>
  (shape: AuditShape<Row>): AuditShape<Row> =>
    shape;

/** Details of an event that is not a change of an entity's fields (a login, a password change). */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;
