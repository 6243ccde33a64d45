import { z } from 'zod';
import { cursorSchema, limitSchema } from '../../core/pagination';

/** The error shape of DESIGN §3, for the API description. */
export const issueSchema = z
  .object({
    path: z
      .string()
      .describe(
        'Where: a field path with dots ("forwarding.busy.destination"), "" for the request as a whole',
      ),
    code: z.string().describe('What, as a stable code that has Dutch and English text'),
    params: z.record(z.string(), z.union([z.string(), z.number()])).describe("The code's parameters"),
    message: z.string().describe('The English text'),
  })
  .meta({ id: 'Issue' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('The kind of refusal, stable (validation_failed, not_found, conflict...)'),
      message: z.string().describe('English, for people'),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe('Field path → English message; kept for older clients, `issues` says more'),
      issues: z.array(issueSchema).describe('Each thing wrong, the reason for the whole request first'),
      rows: z
        .array(
          z.object({
            sheet: z.string(),
            row: z.number().int(),
            column: z.string(),
            code: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
            message: z.string(),
          }),
        )
        .optional()
        .describe('An import with errors (import_invalid): every wrong row, the header being row 1'),
    }),
  })
  .meta({ id: 'Error' });

/** Error responses every protected route may give; listed so the OpenAPI document shows them. */
export const protectedErrors = {
  400: errorSchema.describe('Malformed input: the fields say what is wrong'),
  401: errorSchema.describe('Not logged in, or the session ended'),
  403: errorSchema.describe('The role, the training gate or a pending password change does not allow it'),
  404: errorSchema.describe('Not found, or outside your scope'),
} as const;

export const writeErrors = {
  ...protectedErrors,
  409: errorSchema.describe('Conflicts with existing data'),
  422: errorSchema.describe('Well-formed but against a rule'),
} as const;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** `?limit&cursor` of every list, plus the list's own filters. */
export const pageQuery = <T extends z.ZodRawShape>(filters: T) =>
  z.strictObject({ limit: limitSchema, cursor: cursorSchema, ...filters });

export const idParams = <K extends string>(name: K) =>
  z.strictObject({ [name]: z.uuid({ error: 'must be a UUID' }) } as { [P in K]: z.ZodUUID });

/** Optional free-text filter of lists. */
export const searchQuery = z.string().trim().max(200, { error: 'must be at most 200 characters' }).optional();
