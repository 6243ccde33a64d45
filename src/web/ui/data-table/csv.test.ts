import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell, csvFileName } from './csv';

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(20)).toBe('20');
  });

  it('defuses spreadsheet formulas in text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+31201234567')).toBe("'+31201234567");
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('buildCsv', () => {
  it('writes a BOM, the header and CRLF lines', () => {
    expect(
      buildCsv(
        ['Name', 'City'],
        [
          ['A', 'Utrecht'],
          ['B, C', null],
        ],
      ),
    ).toBe('\uFEFFName,City\r\nA,Utrecht\r\n"B, C",\r\n');
  });
});

describe('csvFileName', () => {
  it('is a safe name with the date', () => {
    expect(csvFileName('Gebruikers van Voorbeeld BV', new Date('2026-11-27T10:00:00Z'))).toBe(
      'gebruikers-van-voorbeeld-bv-2026-11-27.csv',
    );
  });
});
