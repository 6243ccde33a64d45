import { z } from 'zod';
import { idSchema } from '../ids';

const json = z.json();

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  /** Our id of the request (the X-Request-Id of its answer). */
  requestId: z.string().nullable(),
  /** The caller's own X-Request-Id, when it sent one. */
  correlationId: z.string().nullable(),
  actor: z.object({ id: idSchema, email: z.string().nullable(), role: z.string().nullable() }).nullable(),
  /** The API token the actor used, when it acted with one. */
  tokenId: idSchema.nullable(),
  partnerId: idSchema.nullable(),
  enterpriseId: idSchema.nullable(),
  siteId: idSchema.nullable(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  /** Field by field: what it was and what it became (absent on one side for a create or delete). */
  changes: z.record(z.string(), z.object({ from: json.optional(), to: json.optional() })),
});
export type AuditEventDto = z.infer<typeof auditEventSchema>;

/** The name of an entity an event refers to, as the reader may see it. */
export const auditNameSchema = z.object({
  name: z.string(),
  /** A second line: an account's or user's e-mail, a site's city. */
  detail: z.string().nullable(),
  /** The entity is gone: its name is the last one the reader's part of the log holds. */
  deleted: z.boolean(),
});
export type AuditNameDto = z.infer<typeof auditNameSchema>;

/** id → name, for the ids of one page of events that the reader may see. */
export const auditNamesSchema = z.record(z.string(), auditNameSchema);
export type AuditNamesDto = z.infer<typeof auditNamesSchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
  names: auditNamesSchema,
});
export type AuditPageDto = z.infer<typeof auditPageSchema>;
