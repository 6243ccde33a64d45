import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import {
  DEVICE_KINDS,
  deviceInputSchema,
  deviceProblems,
  formatMac,
  generatePassword,
  IDENTIFIER_OF_KIND,
  luhnValid,
  parseIccid,
  parseMac,
} from './devices';

describe('parseMac', () => {
  it.each([
    ['00:11:22:aa:bb:cc', '001122aabbcc'],
    ['00-11-22-AA-BB-CC', '001122aabbcc'],
    ['0011.22aa.bbcc', '001122aabbcc'],
    ['001122AABBCC', '001122aabbcc'],
    ['  80:5E:C0:12:34:56 ', '805ec0123456'],
    ['02:00:00:00:00:01', '020000000001'],
  ])('reads %s as %s', (input, mac) => {
    expect(parseMac(input)).toEqual({ mac });
  });

  it.each([
    ['ff:ff:ff:ff:ff:ff', 'mac_broadcast'],
    ['FFFFFFFFFFFF', 'mac_broadcast'],
    ['01:00:5e:00:00:01', 'mac_multicast'],
    ['33:33:00:00:00:01', 'mac_multicast'],
    ['00:00:00:00:00:00', 'mac_zero'],
    ['00:11:22:aa:bb', 'mac_format'],
    ['00:11:22:aa:bb:cc:dd', 'mac_format'],
    ['00:11-22:aa:bb:cc', 'mac_format'],
    ['00:11:22:aa:bb:cg', 'mac_format'],
    ['0011.22aa.bbc', 'mac_format'],
    ['001122AABBC', 'mac_format'],
    ['0:11:22:aa:bb:cc', 'mac_format'],
    ['', 'mac_format'],
    ['00 11 22 aa bb cc', 'mac_format'],
  ])('refuses %s (%s)', (input, problem) => {
    expect(parseMac(input)).toEqual({ problem });
  });

  it('is shown upper case with colons', () => {
    expect(formatMac('001122aabbcc')).toBe('00:11:22:AA:BB:CC');
  });
});

describe('parseIccid', () => {
  it.each([
    ['8931000000000000008', '8931000000000000008'],
    ['89314403012345678905', '89314403012345678905'],
    ['8931 4400 0000 0000 0005', '89314400000000000005'],
  ])('reads %s', (input, iccid) => {
    expect(parseIccid(input)).toEqual({ iccid });
  });

  it.each([
    ['8931000000000000009', 'iccid_checksum'],
    ['89314403012345678901', 'iccid_checksum'],
    ['1931000000000000008', 'iccid_prefix'],
    ['893100000000000000', 'iccid_format'],
    ['893144030123456789050', 'iccid_format'],
    ['8931-0000-0000-0000-008', 'iccid_format'],
    ['89310000000000000a8', 'iccid_format'],
    ['', 'iccid_format'],
  ])('refuses %s (%s)', (input, problem) => {
    expect(parseIccid(input)).toEqual({ problem });
  });

  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['0', true],
    ['', false],
    ['12a', false],
  ])('Luhn of %s is %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});

describe('deviceProblems', () => {
  const mac = '001122aabbcc';
  const iccid = '8931000000000000008';
  it.each([
    ['desk_phone', mac, null, 1, 2, {}],
    ['desk_phone', null, null, 1, 2, { mac: 'mac_required' }],
    ['desk_phone', mac, iccid, 1, 2, { iccid: 'iccid_not_for_kind' }],
    ['desk_phone', mac, null, 3, 2, { lines: 'device_lines_count' }],
    ['desk_phone', mac, null, 0, 2, { lines: 'device_lines_count' }],
    ['ata', mac, null, 2, 2, {}],
    ['sim', null, iccid, 1, 1, {}],
    ['sim', mac, null, 1, 1, { mac: 'mac_not_for_kind', iccid: 'iccid_required' }],
    ['softphone', null, null, 1, 1, {}],
    ['softphone', mac, iccid, 1, 1, { mac: 'mac_not_for_kind', iccid: 'iccid_not_for_kind' }],
  ] as const)('%s mac=%s iccid=%s lines=%d of %d', (kind, m, i, lines, maxLines, expected) => {
    expect(deviceProblems({ kind, mac: m, iccid: i, lines, maxLines })).toEqual(expected);
  });

  it('knows the identifier of every kind', () => {
    expect(DEVICE_KINDS.map((k) => IDENTIFIER_OF_KIND[k])).toEqual([
      'mac',
      'mac',
      'mac',
      'mac',
      'mac',
      'none',
      'iccid',
    ]);
  });
});

describe('generatePassword', () => {
  it('makes 24 base62 characters from random bytes, never the same twice', () => {
    const randomBytes = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword((n) => randomBytes(n));
      expect(password).toMatch(/^[A-Za-z0-9]{24}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });

  it('draws again for bytes that would bias the alphabet', () => {
    const bytes = [255, 248, 0, 61, 62, 247];
    const password = generatePassword((n) => Uint8Array.from({ length: n }, (_, i) => bytes[i % 6] ?? 0), 4);
    expect(password).toBe('A9A9');
  });
});

describe('deviceInputSchema', () => {
  const base = {
    siteId: '00000000-0000-4000-8000-000000000001',
    modelId: '00000000-0000-4000-8000-000000000002',
    ownership: 'rented',
    ownershipDate: '2026-01-15',
  };
  it('normalises the identifiers', () => {
    const parsed = deviceInputSchema.parse({ ...base, mac: '00-11-22-AA-BB-CC', iccid: null });
    expect(parsed.mac).toBe('001122aabbcc');
    expect(deviceInputSchema.parse({ ...base, iccid: '8931 0000 0000 0000 008' }).iccid).toBe(
      '8931000000000000008',
    );
  });

  it.each([
    [{ mac: 'ff:ff:ff:ff:ff:ff' }, 'mac', 'mac_broadcast'],
    [{ iccid: '8931000000000000009' }, 'iccid', 'iccid_checksum'],
    [{ ownership: 'leased' }, 'ownership', 'choice'],
    [{ ownershipDate: '15-01-2026' }, 'ownershipDate', 'date'],
  ])('refuses %j with %s %s', (change, path, code) => {
    const found = issuesOf(deviceInputSchema, { ...base, ...change });
    expect(found?.map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });
});
