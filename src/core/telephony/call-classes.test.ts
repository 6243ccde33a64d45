import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import {
  CALL_CLASSES,
  type CallClass,
  type CallRestrictions,
  callCheckInputSchema,
  classifyDialled,
  DEFAULT_CALL_RESTRICTIONS,
  decideCall,
  dialledDigits,
  isAllowed,
  RESTRICTION_KEYS,
  RESTRICTIONS_OF_CLASS,
  userCallRestrictionsInputSchema,
} from './call-classes';

const options = { extensionLength: 3 };

describe('dialledDigits: any usual notation', () => {
  it.each<[string, string | null]>([
    ['020 794 0000', '0207940000'],
    ['(020) 7940000', '0207940000'],
    ['020-794.0000', '0207940000'],
    ['020/7940000', '0207940000'],
    ['+31 20 794 0000', '+31207940000'],
    ['+31 (0)20 794 0000', '+31207940000'],
    ['0031 (0)20 794 0000', '0031207940000'],
    ['  112 ', '112'],
    ['', null],
    ['   ', null],
    ['abc', null],
    ['020 794 0000 ext 12', null],
    ['*21*0612345678#', null],
    ['++31', null],
    ['31+20', null],
    ['0'.repeat(41), null],
    ['---', null],
  ])('%j → %j', (input, digits) => {
    expect(dialledDigits(input)).toBe(digits);
  });
});

describe('classifyDialled: the Dutch numbering plan', () => {
  it.each<[string, CallClass, string | null]>([
    // emergency: 112 only, in any notation
    ['112', 'emergency', '112'],
    [' 1-1-2 ', 'emergency', '112'],
    ['911', 'internal', '911'], // no Dutch number; here a 3-digit extension
    ['999', 'internal', '999'],
    // internal: an extension of the enterprise's length
    ['201', 'internal', '201'],
    ['20', 'unknown', null], // too short for a 3-digit plan
    ['2011', 'unknown', null],
    // national fixed, every notation
    ['020 794 0000', 'national_fixed', '+31207940000'],
    ['+31 20 794 0000', 'national_fixed', '+31207940000'],
    ['0031207940000', 'national_fixed', '+31207940000'],
    ['(020) 7940000', 'national_fixed', '+31207940000'],
    ['+31 (0)20 794 0000', 'national_fixed', '+31207940000'],
    ['020-794.00.00', 'national_fixed', '+31207940000'],
    ['030 123 4567', 'national_fixed', '+31301234567'],
    ['043 350 0000', 'national_fixed', '+31433500000'],
    ['0118 123456', 'national_fixed', '+31118123456'],
    ['070 123 4567', 'national_fixed', '+31701234567'],
    ['0201234', 'unknown', null], // too short
    ['0112 123456', 'unknown', null], // 0112 is no area code
    // mobile 061–065, 068
    ['06 12345678', 'mobile', '+31612345678'],
    ['+31 6 1234 5678', 'mobile', '+31612345678'],
    ['0031 6 5123 4567', 'mobile', '+31651234567'],
    ['06 81234567', 'mobile', '+31681234567'],
    ['0612345', 'unknown', null],
    // special ranges: paging, dial-up, VPN, M2M
    ['066 1234567', 'special', '+31661234567'],
    ['0676 123456', 'special', '+31676123456'],
    ['082 1234567', 'special', '+31821234567'],
    // freephone and harmonised European services
    ['0800 0123', 'service_free', '+318000123'],
    ['0800-1234567', 'service_free', '+318001234567'],
    ['116000', 'service_free', '116000'],
    ['116 111', 'service_free', '116111'],
    ['116123', 'service_free', '116123'],
    ['113', 'service_free', '113'],
    // company, personal and municipal numbers; the police at the national rate
    ['085 123 4567', 'service_shared', '+31851234567'],
    ['088 123 4567', 'service_shared', '+31881234567'],
    ['091 123 4567', 'service_shared', '+31911234567'],
    ['084 123 4567', 'service_shared', '+31841234567'],
    ['087 123 4567', 'service_shared', '+31871234567'],
    ['14 020', 'service_shared', '14020'],
    ['14010', 'service_shared', '14010'],
    ['140113', 'service_shared', '140113'],
    ['0900-8844', 'service_shared', '+319008844'],
    ['0900 88 44', 'service_shared', '+319008844'],
    // premium: 0900, 0906, 0909, directory enquiries
    ['0900 123 4567', 'premium', '+319001234567'],
    ['0900-1234', 'premium', '+319001234'],
    ['0906 123456', 'premium', '+31906123456'],
    ['0909 1234', 'premium', '+319091234'],
    ['+31 909 1234', 'premium', '+319091234'],
    ['1888', 'premium', '1888'],
    ['18 50', 'premium', '1850'],
    // international
    ['+44 20 7946 0000', 'international', '+442079460000'],
    ['0044 20 7946 0000', 'international', '+442079460000'],
    ['+32 2 123 45 67', 'international', '+3221234567'],
    ['00 49 30 1234567', 'international', '+49301234567'],
    ['+1 415 555 0100', 'international', '+14155550100'],
    ['+1415', 'unknown', null],
    // abroad at a premium: foreign premium rate, international premium, satellite networks
    ['+44 909 879 0000', 'international_premium', '+449098790000'],
    ['+979 123456789', 'international_premium', '+979123456789'],
    ['00870 773 123456', 'international_premium', '+870773123456'],
    ['+881 6 1234 5678', 'international_premium', '+881612345678'],
    ['+800 1234 5678', 'international', '+80012345678'],
    // carrier select is not offered
    ['1601 020 794 0000', 'unknown', null],
    ['00', 'unknown', null],
    ['+', 'unknown', null],
    // unknown
    ['0', 'unknown', null],
    ['069 1234567', 'unknown', null],
    ['0123', 'unknown', null],
    ['abc', 'unknown', null],
    ['', 'unknown', null],
    ['123456789', 'unknown', null],
  ])('%j → %s', (dialled, cls, number) => {
    expect(classifyDialled(dialled, options)).toEqual({ class: cls, number });
  });

  it('an extension follows the enterprise length, never 0… or 112…', () => {
    expect(classifyDialled('2001', { extensionLength: 4 }).class).toBe('internal');
    expect(classifyDialled('20', { extensionLength: 2 }).class).toBe('internal');
    expect(classifyDialled('201', { extensionLength: 4 }).class).toBe('unknown');
    expect(classifyDialled('1120', { extensionLength: 4 }).class).toBe('unknown');
    expect(classifyDialled('112', { extensionLength: 3 }).class).toBe('emergency');
  });

  it('an existing extension wins over a national short number of its form; 112 never loses', () => {
    const extensions = new Set(['1850', '1401', '1120']);
    expect(classifyDialled('1850', { extensionLength: 4, extensions }).class).toBe('internal');
    expect(classifyDialled('1888', { extensionLength: 4, extensions }).class).toBe('premium');
    expect(classifyDialled('112', { extensionLength: 3, extensions: new Set(['112']) }).class).toBe(
      'emergency',
    );
  });

  it("a number of the enterprise's own plan is internal", () => {
    const ownNumbers = new Set(['+31207940000', '+318000123']);
    expect(classifyDialled('020 794 0000', { ...options, ownNumbers })).toEqual({
      class: 'internal',
      number: '+31207940000',
    });
    expect(classifyDialled('0800 0123', { ...options, ownNumbers }).class).toBe('internal');
    expect(classifyDialled('020 794 0001', { ...options, ownNumbers }).class).toBe('national_fixed');
  });
});

const none: CallRestrictions = {
  internal: false,
  nationalFixed: false,
  mobile: false,
  international: false,
  premium: false,
  service: false,
};
const all: CallRestrictions = {
  ...none,
  internal: true,
  nationalFixed: true,
  mobile: true,
  international: true,
  premium: true,
  service: true,
};

describe('isAllowed: each class by its restriction keys', () => {
  it.each<[CallClass, string[]]>([
    ['emergency', []],
    ['internal', ['internal']],
    ['national_fixed', ['nationalFixed']],
    ['mobile', ['mobile']],
    ['service_free', ['service']],
    ['service_shared', ['service']],
    ['premium', ['premium']],
    ['special', ['premium']],
    ['international', ['international']],
    ['international_premium', ['international', 'premium']],
    ['unknown', []],
  ])('%s is decided by %j', (cls, keys) => {
    expect(RESTRICTIONS_OF_CLASS[cls]).toEqual(keys);
  });

  it('every class has a row above', () => {
    expect(Object.keys(RESTRICTIONS_OF_CLASS).sort()).toEqual([...CALL_CLASSES].sort());
  });

  it('112 is never barred, an unknown number never allowed', () => {
    expect(isAllowed(none, 'emergency')).toBe(true);
    expect(isAllowed(all, 'unknown')).toBe(false);
  });

  it.each(RESTRICTION_KEYS)('barring only %s bars exactly its classes', (key) => {
    const restrictions = { ...all, [key]: false };
    for (const cls of CALL_CLASSES) {
      const expected =
        cls === 'emergency' || (cls !== 'unknown' && !RESTRICTIONS_OF_CLASS[cls].includes(key));
      expect(isAllowed(restrictions, cls), cls).toBe(expected);
    }
  });

  it('the default bars premium (and the special ranges) only', () => {
    expect(DEFAULT_CALL_RESTRICTIONS).toEqual({ ...all, premium: false });
    const barred = CALL_CLASSES.filter((cls) => !isAllowed(DEFAULT_CALL_RESTRICTIONS, cls));
    expect(barred).toEqual(['premium', 'special', 'international_premium', 'unknown']);
  });

  it('abroad at a premium needs both international and premium', () => {
    expect(isAllowed({ ...all, premium: false }, 'international_premium')).toBe(false);
    expect(isAllowed({ ...all, international: false }, 'international_premium')).toBe(false);
    expect(isAllowed(all, 'international_premium')).toBe(true);
  });
});

describe('decideCall', () => {
  it.each<[string, CallRestrictions, boolean, string]>([
    ['112', none, true, 'emergency'],
    ['0900 123 4567', DEFAULT_CALL_RESTRICTIONS, false, 'barred'],
    ['0900 123 4567', all, true, 'allowed'],
    ['0900-8844', DEFAULT_CALL_RESTRICTIONS, true, 'allowed'],
    ['+44 20 7946 0000', { ...all, international: false }, false, 'barred'],
    ['06 12345678', DEFAULT_CALL_RESTRICTIONS, true, 'allowed'],
    ['0123', all, false, 'unknown_number'],
  ])('%j → allowed %s (%s)', (dialled, restrictions, allowed, reason) => {
    expect(decideCall(dialled, restrictions, options)).toMatchObject({ allowed, reason });
  });

  it('names the restrictions that decide and those that bar', () => {
    expect(decideCall('+44 909 879 0000', { ...all, premium: false }, options)).toMatchObject({
      restrictions: ['international', 'premium'],
      barredBy: ['premium'],
    });
    expect(decideCall('112', none, options)).toMatchObject({ restrictions: [], barredBy: [] });
  });
});

describe('schemas', () => {
  it('a check takes a dialled string of dial characters, at most 40', () => {
    expect(callCheckInputSchema.safeParse({ dialled: '020 794 0000' }).success).toBe(true);
    expect(issuesOf(callCheckInputSchema, { dialled: 'DROP TABLE' })).toEqual([
      expect.objectContaining({ path: 'dialled', code: 'dialled_number' }),
    ]);
    expect(callCheckInputSchema.safeParse({ dialled: '1'.repeat(41) }).success).toBe(false);
    expect(callCheckInputSchema.safeParse({ dialled: '112', extra: 1 }).success).toBe(false);
  });

  it('a user follows the default or has a full set of its own', () => {
    expect(userCallRestrictionsInputSchema.safeParse({ followsDefault: true }).success).toBe(true);
    expect(
      userCallRestrictionsInputSchema.safeParse({
        followsDefault: false,
        restrictions: DEFAULT_CALL_RESTRICTIONS,
      }).success,
    ).toBe(true);
    expect(userCallRestrictionsInputSchema.safeParse({ followsDefault: false }).success).toBe(false);
    expect(
      userCallRestrictionsInputSchema.safeParse({
        followsDefault: false,
        restrictions: { ...DEFAULT_CALL_RESTRICTIONS, premium: 'yes' },
      }).success,
    ).toBe(false);
    expect(
      userCallRestrictionsInputSchema.safeParse({
        followsDefault: false,
        restrictions: { ...DEFAULT_CALL_RESTRICTIONS, satellite: true },
      }).success,
    ).toBe(false);
    const { premium: _, ...partial } = DEFAULT_CALL_RESTRICTIONS;
    expect(
      userCallRestrictionsInputSchema.safeParse({ followsDefault: false, restrictions: partial }).success,
    ).toBe(false);
  });
});
