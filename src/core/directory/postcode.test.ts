import { describe, expect, it } from 'vitest';
import { normalisePostcode } from './postcode';

describe('normalisePostcode', () => {
  it.each<[string, string]>([
    ['1012 AB', '1012 AB'],
    ['1012AB', '1012 AB'],
    ['1012ab', '1012 AB'],
    ['1012 ab', '1012 AB'],
    ['1012 aB', '1012 AB'],
    ['  1012 AB  ', '1012 AB'],
    ['\t3511EX\n', '3511 EX'],
    ['1000 AA', '1000 AA'],
    ['9999 ZZ', '9999 ZZ'],
    // Only SA, SD and SS are not issued; other S-pairs are.
    ['2511 SB', '2511 SB'],
    ['2511 SC', '2511 SC'],
    ['2511 SE', '2511 SE'],
    ['2511 AS', '2511 AS'],
    ['2511 DS', '2511 DS'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ['0123 AB', 'starts with 0'],
    ['0000 AA', 'starts with 0'],
    ['1234 SA', 'SA is not issued'],
    ['1234 sd', 'SD is not issued'],
    ['1234SS', 'SS is not issued'],
    ['123 AB', 'three digits'],
    ['12345 AB', 'five digits'],
    ['1012 A', 'one letter'],
    ['1012 ABC', 'three letters'],
    ['1012  AB', 'two spaces'],
    ['1012-AB', 'a hyphen'],
    ['1012\tAB', 'a tab between'],
    ['AB 1012', 'letters first'],
    ['1012 A1', 'a digit for a letter'],
    ['1012 ÄB', 'a letter with a diacritic'],
    ['１０１２ AB', 'full-width digits'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['B-1000', 'a Belgian postcode'],
    ['10115', 'a German postcode'],
  ])('refuses %j (%s)', (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });

  it('refuses the not-issued pairs whatever the spacing or case', () => {
    const variants = ['SA', 'SD', 'SS'].flatMap((pair) => [
      `1234 ${pair}`,
      `1234${pair.toLowerCase()}`,
      ` 1234 ${pair} `,
    ]);
    expect(variants.map(normalisePostcode)).toStrictEqual(variants.map(() => null));
  });

  // Some non-ASCII letters upper-case to ASCII (the ligature 'ﬀ' to "FF", the dotless 'ı' to
  // "I"): the check runs before upper-casing, so they are refused.
  it.each<[string]>([['1012 ﬀ'], ['1012 ıa']])('refuses %j, which holds no two ASCII letters', (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});
