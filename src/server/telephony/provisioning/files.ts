import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../core/errors';
import { BOM, decodeCsv, neutralise, sniffSeparator } from '../../../core/telephony/provisioning/cells';
import {
  MAX_DATA_ROWS,
  type RowError,
  rowError,
  SHEET_NAMES,
  type SheetName,
} from '../../../core/telephony/provisioning/sheets';

/**
 * Files of the provisioning form: CSV (one sheet a file; `,` or `;`, with or without a BOM) and
 * XLSX (every sheet in one workbook, each worksheet named after its sheet). Reading is bounded:
 * the route takes at most 20 MiB, a workbook may unpack to at most 200 MiB, a sheet may have at
 * most 50,000 rows, and anything that is not what it says it is is a 4xx, never a crash.
 */
export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const MAX_UNPACKED = 200 * 1024 * 1024;

export type Tables = Partial<Record<SheetName, string[][]>>;

const refuse = (reason: 'import_not_csv' | 'import_not_xlsx' | 'import_empty') =>
  new DomainError('bad_request', { reason });

function tooMany(table: { length: number }): void {
  if (table.length > MAX_DATA_ROWS + 1)
    throw new DomainError('unprocessable', {
      reason: { code: 'import_too_many_rows', params: { max: MAX_DATA_ROWS } },
    });
  if (table.length === 0) throw refuse('import_empty');
}

/** A CSV file as a table of cells; a syntax error (an open quote) is a row error of its line. */
export function readCsv(bytes: Buffer, sheet: SheetName): { table: string[][] } | { errors: RowError[] } {
  if (bytes.length === 0) throw refuse('import_empty');
  const text = decodeCsv(bytes);
  if (text === null) throw refuse('import_not_csv');
  if (text.trim() === '') throw refuse('import_empty');
  try {
    const table = parse(text, {
      delimiter: sniffSeparator(text),
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: 1024 * 1024,
      to_line: MAX_DATA_ROWS + 2,
    }) as string[][];
    tooMany(table);
    return { table };
  } catch (err) {
    if (err instanceof DomainError) throw err;
    const line =
      typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 1;
    const tooLong = (err as { code?: unknown }).code === 'CSV_MAX_RECORD_SIZE';
    return { errors: [rowError(sheet, line, '', tooLong ? 'csv_record_too_long' : 'csv_syntax')] };
  }
}

/** The total unpacked size a ZIP's central directory declares (null when it is no ZIP). */
export function unpackedSize(bytes: Buffer): number | null {
  const min = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= min; i -= 1) {
    if (bytes.readUInt32LE(i) !== 0x06054b50) continue;
    const entries = bytes.readUInt16LE(i + 10);
    let at = bytes.readUInt32LE(i + 16);
    let total = 0;
    for (let e = 0; e < entries; e += 1) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
      total += bytes.readUInt32LE(at + 24);
      at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return total;
  }
  return null;
}

/**
 * exceljs, loaded on the first workbook: the largest module tree the server has (about a fifth of
 * the module loading in a profile of a start) and only XLSX imports and exports need it.
 */
let excel: Promise<typeof ExcelJS> | undefined;
const loadExcel = (): Promise<typeof ExcelJS> => {
  excel ??= import('exceljs').then((m) => m.default);
  return excel;
};

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) return `=${'formula' in value ? value.formula : ''}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : '';
  if ('error' in value) return String(value.error);
  return '';
}

/** The workbook's sheets (worksheets named sites, users, numbers; other worksheets are ignored). */
export async function readXlsx(bytes: Buffer): Promise<Tables> {
  if (bytes.length === 0) throw refuse('import_empty');
  const size = unpackedSize(bytes);
  if (size === null) throw refuse('import_not_xlsx');
  if (size > MAX_UNPACKED)
    throw new DomainError('payload_too_large', { params: { limit: '200 MiB unpacked' } });
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw refuse('import_not_xlsx');
  }
  const tables: Tables = {};
  for (const ws of workbook.worksheets) {
    const name = SHEET_NAMES.find((n) => n === ws.name.trim().toLowerCase());
    if (name === undefined) continue;
    if (ws.rowCount > MAX_DATA_ROWS + 1) tooMany({ length: ws.rowCount });
    const table: string[][] = [];
    let width = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
      if (rowNumber === 1) width = cells.length;
      // Trailing empty cells are no cells: a spreadsheet does not store them.
      while (cells.length > width && cells.at(-1) === '') cells.pop();
      while (cells.length < width) cells.push('');
      table[rowNumber - 1] = cells;
    });
    for (let i = 0; i < table.length; i += 1) table[i] ??= [];
    tables[name] = table;
  }
  if (Object.keys(tables).length === 0) throw new DomainError('unprocessable', { reason: 'import_no_sheet' });
  return tables;
}

/** A sheet as CSV: UTF-8 with a BOM (so Excel reads it right), `,`, CRLF, formulas neutralised. */
export function writeCsv(table: readonly (readonly string[])[]): string {
  return (
    BOM +
    stringify(
      table.map((r) => r.map(neutralise)),
      { record_delimiter: 'windows' },
    )
  );
}

/** Sheets as one workbook, every cell text (neutralised the same way as in CSV). */
export async function writeXlsx(
  sheets: readonly { name: SheetName; table: readonly (readonly string[])[] }[],
) {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Centrale';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const { name, table } of sheets) {
    const ws = workbook.addWorksheet(name);
    for (const row of table) ws.addRow(row.map(neutralise));
    ws.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
