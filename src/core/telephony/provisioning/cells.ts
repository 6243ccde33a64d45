/**
 * Cells of the provisioning form as files carry them (guide §2.3): what a CSV file looks like
 * (a byte-order mark, `,` or the Dutch Excel `;`), which cells are formulas, and how an exported
 * cell is kept from being run as one by a spreadsheet.
 */

/** Leading characters a spreadsheet may read as the start of a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * An exported cell that a spreadsheet would read as a formula (`=cmd|' /C calc'!A0`, `+1`, `@SUM`,
 * a leading tab or CR) gets a leading `'`, which spreadsheets show as text; an import takes that
 * `'` off again (see `readCell`), so an export imports as it was.
 */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) || cell.startsWith("'") ? `'${cell}` : cell;
}

/** A phone number in one of its usual notations may start with + (and a fragment with -). */
const NUMBER_LIKE = /^[+-]?[\d\s()+\-./]*$/;

/**
 * What an imported cell holds: trimmed, with the `'` of `neutralise` taken off. A formula (a cell
 * starting with `=` or `@`, or `+`/`-` that is not a number, or a tab or CR) is refused: the form
 * holds values, and a cell like `=cmd|…` is an attack on whoever opens the file next.
 */
export function readCell(raw: string): { value: string } | { problem: 'cell_formula' } {
  if (raw.startsWith("'")) return { value: raw.slice(1).trim() };
  if (/^[=@\t\r]/.test(raw)) return { problem: 'cell_formula' };
  if (/^[+-]/.test(raw) && !NUMBER_LIKE.test(raw)) return { problem: 'cell_formula' };
  return { value: raw.trim() };
}

/** The byte-order mark Excel writes before UTF-8 text. */
export const BOM = '\uFEFF';

/**
 * The separator of a CSV text: `;` when the header line has more semicolons than commas (Dutch
 * Excel's default), otherwise `,`. Only the first line (outside quotes) is looked at.
 */
export function sniffSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Whether bytes can be a CSV text at all: UTF-8 without NUL or other control characters (a tab,
 * CR and LF aside). Returns the text, or null for anything else (a binary, garbage).
 */
export function decodeCsv(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this is what it looks for
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return null;
  return text.startsWith(BOM) ? text.slice(1) : text;
}
