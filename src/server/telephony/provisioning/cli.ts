import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { DomainError } from '../../../core/errors';
import { type SheetName, sheetNameSchema } from '../../../core/telephony/provisioning/sheets';
import type { Db } from '../../db/client';
import { CSV_TYPE, XLSX_TYPE } from './files';
import * as service from './service';

/**
 * `centrale import` and `centrale export`: the provisioning form from the command line, with the
 * API's rules and answers. The operator at the machine acts with the provider's rights and is
 * audited as the system. Exit codes: 0 done, 2 wrong use (unknown enterprise, sheet or option),
 * 3 the file was refused (its errors on stderr, one a line), 1 anything else.
 */
export class CliRefusal extends Error {
  constructor(
    message: string,
    readonly exitCode: 2 | 3,
  ) {
    super(message);
  }
}

export type ImportOptions = {
  enterprise: string;
  sheet?: string | undefined;
  dryRun: boolean;
  file: string;
  json: boolean;
  /** The registrar's realm, for the SIP credentials of new device lines. */
  sipRealm: string;
};
export type ExportOptions = {
  enterprise: string;
  sheet?: string | undefined;
  format: string;
  out?: string | undefined;
  template: boolean;
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function sheetOf(value: string | undefined): SheetName | undefined {
  if (value === undefined) return undefined;
  const parsed = sheetNameSchema.safeParse(value);
  if (!parsed.success)
    throw new CliRefusal(`Unknown sheet "${value}": choose sites, users, numbers or devices.`, 2);
  return parsed.data;
}

async function enterpriseOf(db: Db, idOrName: string) {
  const found = await service.findEnterprise(db, idOrName);
  if (found === null) throw new CliRefusal(`No enterprise "${idOrName}" (give its id or its exact name).`, 2);
  return found;
}

const ctxOf = (db: Db) => ({ db, actor: null, requestId: `cli-${randomUUID()}`, now: new Date() });

function refusal(err: unknown): never {
  if (!(err instanceof DomainError)) throw err;
  const lines = [
    err.message,
    ...(err.rows ?? []).map((r) => `${r.sheet} row ${r.row}${r.column ? `, ${r.column}` : ''}: ${r.message}`),
  ];
  for (const i of err.issues) if (i.path !== '') lines.push(`${i.path}: ${i.message}`);
  throw new CliRefusal(lines.join('\n'), err.status < 500 ? 3 : 2);
}

/** Returns what to print on stdout. */
export async function runImport(db: Db, options: ImportOptions): Promise<string> {
  const sheet = sheetOf(options.sheet);
  const enterprise = await enterpriseOf(db, options.enterprise);
  const body = await readFile(options.file);
  const contentType = body.subarray(0, 4).equals(ZIP) ? XLSX_TYPE : CSV_TYPE;
  try {
    const result = await service.importFile({ ...ctxOf(db), sipRealm: options.sipRealm }, enterprise.id, {
      contentType,
      body,
      sheet,
      dryRun: options.dryRun,
    });
    if (options.json) return `${JSON.stringify(result, null, 2)}\n`;
    const { create, update, unchanged } = result.counts;
    const [created, updated] = options.dryRun ? ['to create', 'to update'] : ['created', 'updated'];
    const what = options.dryRun ? 'Dry run (nothing changed)' : 'Imported';
    const lines =
      result.newSipLines > 0
        ? ` ${result.newSipLines} new device line(s) got SIP credentials; set their passwords with "new SIP password" in the portal.`
        : '';
    return `${what} into ${enterprise.name}: ${create} ${created}, ${update} ${updated}, ${unchanged} unchanged.${lines}\n`;
  } catch (err) {
    refusal(err);
  }
}

/** Writes the file (or returns it for stdout when no --out is given). */
export async function runExport(db: Db, options: ExportOptions): Promise<string | Buffer> {
  const sheet = sheetOf(options.sheet);
  if (options.format !== 'csv' && options.format !== 'xlsx')
    throw new CliRefusal('--format is csv or xlsx.', 2);
  if (options.format === 'csv' && sheet === undefined)
    throw new CliRefusal('A CSV file is one sheet: give --sheet.', 2);
  const enterprise = await enterpriseOf(db, options.enterprise);
  const file = await service.exportSheet(ctxOf(db), enterprise.id, sheet, options.format, {
    template: options.template,
  });
  if (options.out === undefined) return file.body;
  await writeFile(options.out, file.body);
  return `Written ${options.out}.\n`;
}
