/**
 * CSV as spreadsheets read it (RFC 4180): comma separated, CRLF line ends, quotes doubled, a BOM
 * so that Excel reads UTF-8. Cells that a spreadsheet would run as a formula are defused.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name such as `sites-2026-11-27.csv`. */
export function csvFileName(base: string, now: Date): string {
  const safe =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `${safe}-${now.toISOString().slice(0, 10)}.csv`;
}
