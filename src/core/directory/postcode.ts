/**
 * Dutch postcodes: four digits (not starting with 0) and two letters, written "1234 AB".
 * The letter pairs SA, SD and SS are not issued.
 */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;
const NOT_ISSUED = new Set(['SA', 'SD', 'SS']);

export function normalisePostcode(input: string): string | null {
  // Matched before upper-casing, so that no other script's letter turns into A–Z.
  const match = POSTCODE.exec(input.trim());
  if (!match) return null;
  const digits = match[1] as string;
  const letters = (match[2] as string).toUpperCase();
  if (NOT_ISSUED.has(letters)) return null;
  return `${digits} ${letters}`;
}
