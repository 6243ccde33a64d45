import { describe, expect, it } from 'vitest';
import { changedColumns, columnsOf, parseSheet, toTable } from './sheets';

const USERS = ['name', 'email', 'site', 'profile', 'extension', 'number', 'mobile'];
const codes = (r: ReturnType<typeof parseSheet>) => r.errors.map((e) => [e.row, e.column, e.code]);

describe('parseSheet (users)', () => {
  it('reads names, profiles by their portal name and numbers in any notation', () => {
    const r = parseSheet('users', [
      USERS,
      ['Jan Jansen', 'Jan@Example.nl', 'Amsterdam', 'combi', '201', '020-794 0000', '06 1234 5678'],
      ['Piet', 'piet@example.nl', '', 'Vast', '', '0031 20 794 0001', ''],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        row: 2,
        values: {
          name: 'Jan Jansen',
          email: 'jan@example.nl',
          site: 'Amsterdam',
          profile: 'combi',
          extension: '201',
          number: '+31207940000',
          mobile: '+31612345678',
        },
      },
      {
        row: 3,
        values: {
          name: 'Piet',
          email: 'piet@example.nl',
          site: null,
          profile: 'vast',
          extension: null,
          number: '+31207940001',
          mobile: null,
        },
      },
    ]);
  });

  it('takes the columns in any order and case', () => {
    const r = parseSheet('users', [
      ['EMAIL', 'name', 'profile', 'site', 'mobile', 'number', 'extension'],
      ['a@example.nl', 'A', 'Mobiel', '', '0612345678', '', ''],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.values.mobile).toBe('+31612345678');
  });

  it.each([
    ['an unknown column', [...USERS, 'shoe_size'], [[1, 'shoe_size', 'column_unknown']]],
    ['a missing column', USERS.slice(0, 6), [[1, 'mobile', 'column_missing']]],
    ['a column twice', [...USERS, 'name'], [[1, 'name', 'column_twice']]],
    ['no header at all', [], USERS.map((c) => [1, c, 'column_missing'])],
  ])('refuses %s in the header (row 1)', (_, header, expected) => {
    expect(codes(parseSheet('users', [header]))).toEqual(expected);
  });

  it('reports every bad cell of every row, with spreadsheet row numbers', () => {
    const r = parseSheet('users', [
      USERS,
      ['', 'not-an-email', 'Amsterdam', 'Gold', '2x1', '12345', "=cmd|' /C calc'!A0"],
      ['Ok', 'ok@example.nl', '', 'Vast', '', '', ''],
      [],
      ['Short', 'short@example.nl'],
      ['Dup', 'OK@example.nl', '', 'Vast', '', '', ''],
    ]);
    expect(codes(r)).toEqual([
      [2, 'name', 'required'],
      [2, 'email', 'email'],
      [2, 'profile', 'profile_unknown'],
      [2, 'extension', 'extension_format'],
      [2, 'number', 'phone_number'],
      [2, 'mobile', 'cell_formula'],
      [5, '', 'row_width'],
      [6, 'email', 'duplicate_in_file'],
    ]);
    expect(r.errors.at(-1)?.message).toBe('is also in row 3 of this file');
  });

  it('counts a number used as fixed in one row and mobile in another as a duplicate', () => {
    const r = parseSheet('users', [
      USERS,
      ['A', 'a@example.nl', '', 'Combi', '201', '', '0612345678'],
      ['B', 'b@example.nl', '', 'Combi', '201', '06-12345678', ''],
    ]);
    expect(codes(r)).toEqual([
      [3, 'extension', 'duplicate_in_file'],
      [3, 'number', 'duplicate_in_file'],
    ]);
  });
});

describe('parseSheet (sites, numbers)', () => {
  it('reads a site and checks its postcode, line type and channels', () => {
    const header = columnsOf('sites');
    const r = parseSheet('sites', [
      header,
      ['Utrecht', 'Stationsplein 1', 'Utrecht', '3511ed', 'fibre', '30', 'g711'],
      ['Den Haag', 'Spui 1', 'Den Haag', '99', 'carrier pigeon', '0', 'g711'],
      ['utrecht', 'x', 'y', '3511 ED', 'dsl', '2', 'g729'],
    ]);
    expect(r.rows[0]?.values).toMatchObject({ postcode: '3511 ED', voice_channels: 30 });
    expect(codes(r)).toEqual([
      [3, 'postcode', 'postcode'],
      [3, 'line_type', 'choice'],
      [3, 'voice_channels', 'too_small'],
      [4, 'name', 'duplicate_in_file'],
    ]);
  });

  it('reads a number with its state', () => {
    const r = parseSheet('numbers', [
      columnsOf('numbers'),
      ['020 794 0000', 'Reserved', 'Amsterdam', '', 'for reception'],
      ['020 794 0001', 'sold', '', '', ''],
    ]);
    expect(r.rows[0]?.values).toEqual({
      number: '+31207940000',
      state: 'reserved',
      site: 'Amsterdam',
      assignee: null,
      note: 'for reception',
    });
    expect(codes(r)).toEqual([[3, 'state', 'state_unknown']]);
  });
});

describe('the plan and the export', () => {
  it('names the changed columns', () => {
    expect(changedColumns({ name: 'A', site: null }, { name: 'B', site: null })).toEqual(['name']);
    expect(changedColumns({ name: 'A' }, { name: 'A' })).toEqual([]);
  });
  it('writes a table in the sheet’s column order, header first', () => {
    expect(toTable('numbers', [{ number: '020 794 0000', state: 'free', site: null }])).toEqual([
      ['number', 'state', 'site', 'assignee', 'note'],
      ['020 794 0000', 'free', '', '', ''],
    ]);
  });
});
