import { z } from 'zod';
import { PROFILE_NAMES, PROFILES, type Profile } from '../../directory/profiles';
import {
  codecSchema,
  emailSchema,
  lineTypeSchema,
  nameSchema,
  postcodeSchema,
} from '../../directory/schemas';
import { type Issue, type IssueSpec, makeIssue } from '../../errors';
import { fromZodIssues } from '../../messages/zod-issues';
import { iccidSchema, macSchema, type Ownership } from '../devices';
import { type CallerIdMode, MAX_AFTER_SECONDS, MIN_AFTER_SECONDS } from '../features';
import { dutchNumberSchema, NUMBER_STATES, type NumberState } from '../numbers';
import { readCell } from './cells';

/**
 * The sheets of the provisioning form (guide §2.3), one entry each: its columns in the order of
 * the file, how each cell is read and checked, which columns must be unique within a file. The
 * server applies a sheet's rows (its `apply` function per sheet) and exports its rows in the same
 * columns. Adding a sheet (devices) is one entry here and one apply/export function there.
 */
export const SHEET_NAMES = ['sites', 'users', 'numbers', 'devices'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];
export const sheetNameSchema = z.enum(SHEET_NAMES);

/** One wrong cell (or row, or header: row 1) of an import, as spreadsheets number rows. */
export type RowError = {
  sheet: SheetName;
  row: number;
  column: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
};

export const MAX_CELL_LENGTH = 1000;
export const MAX_DATA_ROWS = 50_000;
export const MAX_COLUMNS = 50;

const checked = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .refine((v) => v !== '', { error: 'required' })
    .pipe(schema);
const optional = <T extends z.ZodType>(schema: T) =>
  z.string().transform((v, ctx): z.output<T> | null => {
    if (v === '') return null;
    const parsed = schema.safeParse(v);
    if (parsed.success) return parsed.data as z.output<T>;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
const text = (max: number) => z.string().max(max);
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: 'integer' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A profile by its name as the portal shows it (Vast, Combi, Flex, Mobiel), in any case. */
export const profileCellSchema = z.string().transform((v, ctx): Profile => {
  const found = PROFILES.find(
    (p) => p === v.toLowerCase() || PROFILE_NAMES[p].toLowerCase() === v.toLowerCase(),
  );
  if (found === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'profile_unknown',
      params: { options: Object.values(PROFILE_NAMES).join(', ') },
    });
    return z.NEVER;
  }
  return found;
});

const stateCellSchema = z.string().transform((v, ctx): NumberState => {
  const found = NUMBER_STATES.find((s) => s === v.toLowerCase());
  if (found === undefined) {
    ctx.addIssue({ code: 'custom', message: 'state_unknown', params: { options: NUMBER_STATES.join(', ') } });
    return z.NEVER;
  }
  return found;
});

/** An extension as typed; its length and reserved prefixes depend on the enterprise (server). */
const extensionCellSchema = z.string().regex(/^\d{1,10}$/, { error: 'extension_format' });

type Columns = Record<string, z.ZodType<unknown, string>>;

export type SheetDef<C extends Columns = Columns> = {
  name: SheetName;
  columns: C;
  /** Groups of columns whose values are unique in a file (and so in the enterprise): one key space each. */
  unique: readonly (readonly (keyof C & string)[])[];
  /**
   * Columns a file may leave out (those added later, so older files still import): a row of such
   * a file has no value for them (undefined), and what they set stays as it is.
   */
  optional?: readonly (keyof C & string)[];
};

const sheet = <C extends Columns, const O extends readonly (keyof C & string)[] = readonly []>(
  def: Omit<SheetDef<C>, 'optional'> & { optional?: O },
): SheetDef<C> & { optional: O } => ({ ...def, optional: def.optional ?? ([] as unknown as O) });

export const SITES_SHEET = sheet({
  name: 'sites',
  columns: {
    name: checked(nameSchema),
    street: checked(text(200)),
    city: checked(text(100)),
    postcode: checked(postcodeSchema),
    line_type: checked(lineTypeSchema),
    voice_channels: checked(wholeNumber(1, 10_000)),
    codec: checked(codecSchema),
  },
  unique: [['name']],
});

/** Yes or no, as people write it in either language; empty is no. */
const YES = ['ja', 'yes', 'true', '1', 'aan', 'on'];
const NO = ['', 'nee', 'no', 'false', '0', 'uit', 'off'];
const switchCellSchema = z.string().transform((v, ctx): boolean => {
  const value = v.trim().toLowerCase();
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  ctx.addIssue({
    code: 'custom',
    message: 'switch_unknown',
    params: { options: 'ja, nee, yes, no, on, off, 1, 0' },
  });
  return z.NEVER;
});

/** How a user's calls show: its own number, the enterprise's main number, or no number. */
export const CALLER_ID_CELLS: Readonly<Record<string, CallerIdMode>> = {
  own: 'own_number',
  main: 'main_number',
  anonymous: 'anonymous',
  eigen: 'own_number',
  hoofdnummer: 'main_number',
  anoniem: 'anonymous',
};
export const callerIdCell = (mode: CallerIdMode): string =>
  mode === 'own_number' ? 'own' : mode === 'main_number' ? 'main' : 'anonymous';
const callerIdCellSchema = z.string().transform((v, ctx): CallerIdMode => {
  // Empty is the default: the user's own number.
  const found = v.trim() === '' ? 'own_number' : CALLER_ID_CELLS[v.trim().toLowerCase()];
  if (found === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'caller_id_unknown',
      params: { options: 'own, main, anonymous' },
    });
    return z.NEVER;
  }
  return found;
});

/** A forwarding's destination (checked against the enterprise on the server); empty is off. */
const destinationCellSchema = z.string().trim().max(40);

/** Seconds before no-answer forwarding; empty is the default (20). */
const secondsCellSchema = z.string().transform((v, ctx): number | null => {
  if (v.trim() === '') return null;
  const n = /^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
  if (!(n >= MIN_AFTER_SECONDS && n <= MAX_AFTER_SECONDS)) {
    ctx.addIssue({
      code: 'custom',
      message: 'seconds_range',
      params: { min: MIN_AFTER_SECONDS, max: MAX_AFTER_SECONDS },
    });
    return z.NEVER;
  }
  return n;
});

/** The users sheet's feature columns, in the file's order; a file without them leaves features be. */
export const USER_FEATURE_COLUMNS = [
  'dnd',
  'forward_always',
  'forward_busy',
  'forward_no_answer',
  'forward_no_answer_seconds',
  'forward_unreachable',
  'voicemail',
  'caller_id',
] as const;

export const USERS_SHEET = sheet({
  name: 'users',
  columns: {
    name: checked(nameSchema),
    email: checked(emailSchema),
    site: optional(text(200)),
    profile: checked(profileCellSchema),
    extension: optional(extensionCellSchema),
    number: optional(dutchNumberSchema),
    mobile: optional(dutchNumberSchema),
    dnd: switchCellSchema,
    forward_always: destinationCellSchema,
    forward_busy: destinationCellSchema,
    forward_no_answer: destinationCellSchema,
    forward_no_answer_seconds: secondsCellSchema,
    forward_unreachable: destinationCellSchema,
    voicemail: switchCellSchema,
    caller_id: callerIdCellSchema,
  },
  unique: [['email'], ['extension'], ['number', 'mobile']],
  optional: USER_FEATURE_COLUMNS,
});

export const NUMBERS_SHEET = sheet({
  name: 'numbers',
  columns: {
    number: checked(dutchNumberSchema),
    state: checked(stateCellSchema),
    site: optional(text(200)),
    assignee: optional(emailSchema),
    note: optional(text(500)),
  },
  unique: [['number']],
});

/** Ownership as the form writes it (rented, bought) or as Dutch customers do (huur, koop). */
const OWNERSHIP_CELLS: Readonly<Record<string, Ownership>> = {
  rented: 'rented',
  bought: 'bought',
  huur: 'rented',
  koop: 'bought',
};
const ownershipCellSchema = z.string().transform((v, ctx): Ownership => {
  const found = OWNERSHIP_CELLS[v.trim().toLowerCase()];
  if (found === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'ownership_unknown',
      params: { options: Object.keys(OWNERSHIP_CELLS).join(', ') },
    });
    return z.NEVER;
  }
  return found;
});

/**
 * Devices (guide §2.3 "toestellen"): a catalogue model by "vendor model", known by its MAC or its
 * SIM's ICCID (a softphone by its label and user), with its number of lines; all of its lines
 * are its user's (or the device's own when it has none).
 */
export const DEVICES_SHEET = sheet({
  name: 'devices',
  columns: {
    site: checked(text(200)),
    model: checked(text(200)),
    mac: optional(macSchema),
    iccid: optional(iccidSchema),
    label: optional(text(100)),
    user: optional(emailSchema),
    ownership: checked(ownershipCellSchema),
    ownership_date: checked(z.iso.date({ error: 'date_format' })),
    lines: checked(wholeNumber(1, 16)),
  },
  unique: [['mac'], ['iccid']],
});

/** The registry: in the order a workbook's sheets are applied (sites before the users on them). */
export const SHEETS = {
  sites: SITES_SHEET,
  users: USERS_SHEET,
  numbers: NUMBERS_SHEET,
  devices: DEVICES_SHEET,
} as const;
export type Sheets = typeof SHEETS;
type OptionalOf<N extends SheetName> = Sheets[N]['optional'][number];
export type SheetRow<N extends SheetName> = {
  [K in Exclude<keyof Sheets[N]['columns'], OptionalOf<N>>]: z.output<Sheets[N]['columns'][K]>;
} & {
  [K in Extract<keyof Sheets[N]['columns'], OptionalOf<N>>]?: z.output<Sheets[N]['columns'][K]>;
};

export const columnsOf = (name: SheetName): string[] => Object.keys(SHEETS[name].columns);

/** A parsed data row with its row number as a spreadsheet shows it (the header is row 1). */
export type ParsedRow<N extends SheetName> = { row: number; values: SheetRow<N> };

const issueMessage = (spec: IssueSpec): Pick<RowError, 'code' | 'params' | 'message'> => {
  const issue: Issue = makeIssue('', spec);
  return { code: issue.code, params: issue.params, message: issue.message };
};

export const rowError = (sheet: SheetName, row: number, column: string, spec: IssueSpec): RowError => ({
  sheet,
  row,
  column,
  ...issueMessage(spec),
});

const keyOf = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value).toLowerCase();

/**
 * Reads a sheet's table (header first) into typed rows, or every error in it: unknown, missing or
 * doubled columns (row 1), rows of the wrong width, cells that are formulas or fail their
 * column's rule, values that must be unique appearing twice in the file (each later row names
 * the first). Blank rows are skipped; columns may come in any order.
 */
export function parseSheet<N extends SheetName>(
  name: N,
  table: readonly (readonly string[])[],
): { rows: ParsedRow<N>[]; errors: RowError[] } {
  const def = SHEETS[name] as unknown as SheetDef;
  const columns = Object.keys(def.columns);
  const errors: RowError[] = [];
  if ((table[0]?.length ?? 0) > MAX_COLUMNS) {
    return {
      rows: [],
      errors: [rowError(name, 1, '', { code: 'too_many_columns', params: { max: MAX_COLUMNS } })],
    };
  }
  const header = (table[0] ?? []).map((h, i) =>
    (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim().toLowerCase(),
  );
  const seen = new Set<string>();
  header.forEach((h) => {
    if (!columns.includes(h)) {
      errors.push(
        rowError(name, 1, h, {
          code: 'column_unknown',
          params: { sheet: name, columns: columns.join(', ') },
        }),
      );
    } else if (seen.has(h)) errors.push(rowError(name, 1, h, 'column_twice'));
    seen.add(h);
  });
  for (const c of columns) {
    if (!seen.has(c) && !(def.optional ?? []).includes(c))
      errors.push(rowError(name, 1, c, { code: 'column_missing', params: { sheet: name } }));
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows: ParsedRow<N>[] = [];
  const firstSeen = def.unique.map(() => new Map<string, number>());
  for (let i = 1; i < table.length; i += 1) {
    const cells = table[i] ?? [];
    const rowNumber = i + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length !== header.length) {
      errors.push(
        rowError(name, rowNumber, '', {
          code: 'row_width',
          params: { count: cells.length, expected: header.length },
        }),
      );
      continue;
    }
    const values: Record<string, unknown> = {};
    let ok = true;
    header.forEach((column, index) => {
      const raw = cells[index] ?? '';
      if (raw.length > MAX_CELL_LENGTH) {
        errors.push(
          rowError(name, rowNumber, column, { code: 'cell_too_long', params: { max: MAX_CELL_LENGTH } }),
        );
        ok = false;
        return;
      }
      const cell = readCell(raw);
      if ('problem' in cell) {
        errors.push(rowError(name, rowNumber, column, cell.problem));
        ok = false;
        return;
      }
      const schema = def.columns[column];
      const parsed = schema?.safeParse(cell.value);
      if (parsed === undefined) return;
      if (parsed.success) values[column] = parsed.data;
      else {
        ok = false;
        for (const issue of fromZodIssues(parsed.error.issues)) {
          errors.push({
            sheet: name,
            row: rowNumber,
            column,
            code: issue.code,
            params: issue.params,
            message: issue.message,
          });
        }
      }
    });
    if (!ok) continue;
    def.unique.forEach((group, g) => {
      const seenKeys = firstSeen[g];
      if (seenKeys === undefined) return;
      for (const column of group) {
        const key = keyOf(values[column]);
        if (key === null) continue;
        const first = seenKeys.get(key);
        if (first !== undefined) {
          errors.push(
            rowError(name, rowNumber, column, { code: 'duplicate_in_file', params: { row: first } }),
          );
          ok = false;
        } else seenKeys.set(key, rowNumber);
      }
    });
    if (ok) rows.push({ row: rowNumber, values: values as SheetRow<N> });
  }
  return { rows, errors };
}

/** What an import does to one row of its file. */
export const PLAN_ACTIONS = ['create', 'update', 'unchanged'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const planRowSchema = z.object({
  sheet: sheetNameSchema,
  row: z.number().int(),
  key: z.string().describe('What the row is about: the site name, e-mail address or number'),
  action: z.enum(PLAN_ACTIONS),
  changes: z.array(z.string()).describe('The columns whose values change'),
});
export type PlanRow = z.infer<typeof planRowSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  /**
   * Lines of new devices (and lines added to devices) that got SIP credentials. Their passwords
   * are kept as digests only and never exported: set one with "new SIP password" on the devices page.
   */
  newSipLines: z.number().int(),
  counts: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
  rows: z.array(planRowSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const rowErrorSchema = z.object({
  sheet: sheetNameSchema,
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

/** The columns of one row whose values differ (compared as the file writes them). */
export function changedColumns(
  before: Readonly<Record<string, string | null>>,
  after: Readonly<Record<string, string | null>>,
): string[] {
  return Object.keys(after).filter((k) => (before[k] ?? null) !== (after[k] ?? null));
}

/** A sheet as a table of text cells, header first, in the sheet's column order. */
export function toTable(
  name: SheetName,
  records: readonly Readonly<Record<string, string | null>>[],
): string[][] {
  const columns = columnsOf(name);
  return [columns, ...records.map((r) => columns.map((c) => r[c] ?? ''))];
}
