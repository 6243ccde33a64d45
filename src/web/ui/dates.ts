import { DateTime } from 'luxon';
import type { Language } from '../i18n/language';

/**
 * How the portal writes a day in each language: Dutch dd-mm-jjjj, English dd/mm/yyyy (never the
 * browser's mm/dd/yyyy). The value behind it is always the ISO day, YYYY-MM-DD.
 */
export const DAY_FORMATS: Record<Language, { display: string; placeholder: string }> = {
  nl: { display: 'DD-MM-YYYY', placeholder: 'dd-mm-jjjj' },
  en: { display: 'DD/MM/YYYY', placeholder: 'dd/mm/yyyy' },
};

const DAY_FIRST = /^(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

/**
 * A typed day as the ISO day, or null when it is no real date: day first (27-11-2026,
 * 27/11/2026, 27.11.2026, 27112026), or ISO (2026-11-27) as pasted from elsewhere.
 */
export function parseDay(text: string): string | null {
  const input = text.trim();
  let parts: [string, string, string] | null = null;
  const iso = ISO.exec(input);
  if (iso) parts = [iso[3] ?? '', iso[2] ?? '', iso[1] ?? ''];
  const dayFirst = DAY_FIRST.exec(input) ?? DIGITS.exec(input);
  if (dayFirst) parts = [dayFirst[1] ?? '', dayFirst[2] ?? '', dayFirst[3] ?? ''];
  if (parts === null) return null;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  const value = DateTime.fromObject({ year, month, day });
  return value.isValid ? value.toISODate() : null;
}
