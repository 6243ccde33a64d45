import { describe, expect, it } from 'vitest';
import { decodeCsv, neutralise, readCell, sniffSeparator } from './cells';

describe('neutralise', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+31 20 794 0000', "'+31 20 794 0000"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'quoted", "''quoted"],
    ['Amsterdam', 'Amsterdam'],
    ['', ''],
  ])('%j → %j', (cell, out) => expect(neutralise(cell)).toBe(out));

  it.each(['=1+1', '+31 20 794 0000', "'x", 'plain', '@x'])('imports back as it was: %j', (cell) =>
    expect(readCell(neutralise(cell))).toEqual({ value: cell.trim() }),
  );
});

describe('readCell', () => {
  it.each([
    ["=cmd|' /C calc'!A0", { problem: 'cell_formula' }],
    ['=1+1', { problem: 'cell_formula' }],
    ['@SUM(A1)', { problem: 'cell_formula' }],
    ['+cmd|x', { problem: 'cell_formula' }],
    ['-2+3*A1', { problem: 'cell_formula' }],
    ['\t1', { problem: 'cell_formula' }],
    ['+31 (0)20 794 0000', { value: '+31 (0)20 794 0000' }],
    ['  Jan  ', { value: 'Jan' }],
    ["'=1+1", { value: '=1+1' }],
  ])('%j → %j', (raw, out) => expect(readCell(raw)).toEqual(out));
});

describe('sniffSeparator', () => {
  it.each([
    ['name,email,site\n', ','],
    ['name;email;site\r\n', ';'],
    ['\uFEFFname;email\n', ';'],
    ['"a;b",c\n', ','],
    ['name\n', ','],
    ['a,b\nc;d;e;f', ','],
  ])('%j → %s', (text, sep) => expect(sniffSeparator(text)).toBe(sep));
});

describe('decodeCsv', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    [bytes('\uFEFFname\nJan'), 'name\nJan'],
    [bytes('a,b\r\n1,2\t'), 'a,b\r\n1,2\t'],
    [new Uint8Array([0xff, 0xfe, 0x00]), null],
    [bytes('a\u0000b'), null],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), null],
  ])('%#', (input, out) => expect(decodeCsv(input)).toBe(out));
});
