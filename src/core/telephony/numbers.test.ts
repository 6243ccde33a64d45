import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import {
  blockNumbers,
  dutchNumberByLibphonenumber,
  dutchNumberSchema,
  extensionProblem,
  formatNational,
  numberSearchDigits,
  parsePhoneNumber,
  plainDutchNumber,
  readDutchNumber,
} from './numbers';
import { KINDS_FOR_ROLE, type PROFILE_NUMBER_ROLES, profileHasRole } from './profile-numbers';

describe('parsePhoneNumber: any usual notation', () => {
  it.each<[string, string, string, string]>([
    ['020 794 0000', '+31207940000', 'geographic', '020 794 0000'],
    ['020-7940000', '+31207940000', 'geographic', '020 794 0000'],
    ['(020) 794 00 00', '+31207940000', 'geographic', '020 794 0000'],
    ['+31 20 794 0000', '+31207940000', 'geographic', '020 794 0000'],
    ['+31 (0)20 794 0000', '+31207940000', 'geographic', '020 794 0000'],
    ['0031207940000', '+31207940000', 'geographic', '020 794 0000'],
    ['030 123 4567', '+31301234567', 'geographic', '030 123 4567'],
    ['043 350 0000', '+31433500000', 'geographic', '043 350 0000'],
    ['06 12345678', '+31612345678', 'mobile', '06 12345678'],
    ['+31 6 1234 5678', '+31612345678', 'mobile', '06 12345678'],
    ['0800 0123', '+318000123', 'freephone', '0800 0123'],
    ['0900 123 4567', '+319001234567', 'premium', '0900 1234567'],
    ['085 123 4567', '+31851234567', 'non_geographic', '085 123 4567'],
    ['088 123 4567', '+31881234567', 'non_geographic', '088 123 4567'],
    ['+44 20 7946 0000', '+442079460000', 'geographic', '020 7946 0000'],
  ])('%s → %s (%s)', (input, e164, kind, national) => {
    expect(parsePhoneNumber(input)).toMatchObject({ e164, kind, national });
  });

  it.each([
    '',
    '   ',
    '112',
    '020 794',
    '0201234',
    'abc',
    '020 794 0000 ext 5',
    '+31 20 794 0000 0000',
    '1'.repeat(50),
    '06-1234',
  ])('refuses %j', (input) => {
    expect(parsePhoneNumber(input)).toBeNull();
  });

  it('shows a stored number in national form', () => {
    expect(formatNational('+31207940000')).toBe('020 794 0000');
    expect(formatNational('not a number')).toBe('not a number');
  });
});

describe('plainDutchNumber: the reading libphonenumber-js would give', () => {
  // A fixed sequence (Park–Miller), so a failure names the same inputs every run.
  let seed = 20_261_203;
  const random = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  /** Digits with a space or hyphen here and there, as people type them. */
  const spaced = (digits: string) =>
    [...digits].map((d, i) => (i > 0 && random() < 0.3 ? pick([' ', '-']) : '') + d).join('');

  it('agrees on plain notations of every three-digit prefix and every length', () => {
    let plain = 0;
    for (let prefix = 100; prefix < 1000; prefix += 1) {
      for (let length = 4; length <= 13; length += 1) {
        let national = String(prefix);
        while (national.length < length) national += String(Math.floor(random() * 10));
        national = national.slice(0, length);
        const prefixes = ['0', '+31', '0031', '+31 ', '0031 ', '0 ', '+ 31'];
        for (const input of [`0${national}`, `${pick(prefixes)}${spaced(national)}`]) {
          const expected = dutchNumberByLibphonenumber(input);
          expect(readDutchNumber(input), input).toEqual(expected);
          if (plainDutchNumber(input.trim()) !== undefined) plain += 1;
        }
      }
    }
    // The fast reading is the one taken for these notations (not the parser behind it).
    expect(plain).toBeGreaterThan(15_000);
  });

  it('agrees on the numbers of the demo and bench plans', () => {
    for (let i = 0; i < 2000; i += 1) {
      const n = String(7_940_000 + i);
      for (const input of [
        `020 ${n.slice(0, 3)} ${n.slice(3)}`,
        `+3120${n}`,
        `030 700 ${String(i).padStart(4, '0')}`,
      ]) {
        expect(plainDutchNumber(input), input).toEqual(dutchNumberByLibphonenumber(input));
      }
    }
  });

  it.each([
    '+31 020 794 0000',
    '+31 (0)20 794 0000',
    '(020) 794 00 00',
    '020.794.0000',
    '020  794 0000',
    '+44 20 7946 0000',
    '0044 20 7946 0000',
    '207940000',
    '000 31 20',
  ])('leaves %j to the parser, which reads it the same', (input) => {
    expect(plainDutchNumber(input)).toBeUndefined();
    expect(readDutchNumber(input)).toEqual(dutchNumberByLibphonenumber(input));
  });

  it('reads kinds as the parser does', () => {
    expect(readDutchNumber('020 794 0000')).toEqual({ e164: '+31207940000', kind: 'geographic' });
    expect(readDutchNumber('06 12345678')).toEqual({ e164: '+31612345678', kind: 'mobile' });
    expect(readDutchNumber('0800 0123')).toEqual({ e164: '+318000123', kind: 'freephone' });
    expect(readDutchNumber('0900 123 4567')).toEqual({ e164: '+319001234567', kind: 'premium' });
    expect(readDutchNumber('085 123 4567')).toEqual({ e164: '+31851234567', kind: 'non_geographic' });
    // A pager number (066) is valid to libphonenumber but of no kind the plan has.
    expect(readDutchNumber('066 123 4567')).toBeNull();
    expect(readDutchNumber('020 794')).toBeNull();
  });
});

describe('dutchNumberSchema', () => {
  it('gives E.164, and refuses a foreign or invalid number with phone_number', () => {
    expect(dutchNumberSchema.parse('020 794 0000')).toBe('+31207940000');
    expect(issuesOf(dutchNumberSchema, '+44 20 7946 0000')?.map((i) => i.code)).toEqual(['phone_number']);
    expect(issuesOf(dutchNumberSchema, '020 794')?.map((i) => i.code)).toEqual(['phone_number']);
  });
});

describe('blockNumbers', () => {
  it('gives the guide’s demo block of 100 Amsterdam numbers', () => {
    const block = blockNumbers('+31 20 794 0000', 100);
    expect(
      'numbers' in block && [block.numbers.length, block.numbers[0], block.numbers[99], block.kind],
    ).toEqual([100, '+31207940000', '+31207940099', 'geographic']);
  });

  it.each<[string, number, string]>([
    // The last of the block would be 021 000 0000: no Amsterdam number, and no number at all.
    ['+31 20 999 9999', 2, 'block_mixed'],
    ['0800 0123', 10_000, 'block_mixed'],
    ['020 794', 10, 'phone_number'],
    ['+44 20 7946 0000', 10, 'phone_number'],
  ])('refuses %s × %i: %s', (first, size, problem) => {
    expect(blockNumbers(first, size)).toEqual({ problem });
  });

  it('gives a single mobile number as a block of 1', () => {
    expect(blockNumbers('06 12345678', 1)).toEqual({ numbers: ['+31612345678'], kind: 'mobile' });
  });
});

describe('numberSearchDigits', () => {
  it.each<[string, string[]]>([
    ['794 00', ['79400']],
    ['020 794', ['020794', '3120794']],
    ['+31 20', ['3120']],
    ['0031 20 794', ['0031 20 794'.replace(/\D/g, ''), '3120794']],
    ['00 44', ['0044', '44']],
    ['abc', []],
  ])('%j → %j', (fragment, digits) => {
    expect(numberSearchDigits(fragment)).toEqual(digits);
  });
});

describe('extensionProblem', () => {
  it.each<[string, number, string | null]>([
    ['201', 3, null],
    ['2001', 4, null],
    ['99', 2, null],
    ['20', 3, 'extension_length'],
    ['2011', 3, 'extension_length'],
    ['2a1', 3, 'extension_format'],
    ['', 3, 'extension_format'],
    ['012', 3, 'extension_reserved'],
    ['112', 3, 'extension_reserved'],
    ['1120', 4, 'extension_reserved'],
    ['11', 2, 'extension_reserved'],
    ['1', 1, 'extension_reserved'],
    ['113', 3, null],
  ])('%j of length %i: %s', (extension, length, problem) => {
    expect(extensionProblem(extension, length)).toBe(problem);
  });
});

describe('the numbers of each profile (guide §3.3)', () => {
  it.each<[keyof typeof PROFILE_NUMBER_ROLES, boolean, boolean]>([
    ['vast', true, false],
    ['combi', true, true],
    ['flex', true, false],
    ['mobiel', false, true],
  ])('%s: fixed %s, mobile %s', (profile, fixed, mobile) => {
    expect([profileHasRole(profile, 'fixed'), profileHasRole(profile, 'mobile')]).toEqual([fixed, mobile]);
  });

  it('never takes a mobile number as a fixed one or the other way round', () => {
    expect(KINDS_FOR_ROLE.fixed).not.toContain('mobile');
    expect(KINDS_FOR_ROLE.mobile).toEqual(['mobile']);
  });
});
