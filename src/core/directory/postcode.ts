/**
 * Dutch postcodes: four digits (not starting with 0) and two letters, written "1234 AB".
 * The letter pairs SA, SD and SS are not issued.
 */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;
const NOT_ISSUED = new Set(['SA', 'SD', 'SS']);

export function normalisePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, digits, letters] = match as unknown as [string, string, string];
  if (NOT_ISSUED.has(letters)) return null;
  return `${digits} ${letters}`;
}
