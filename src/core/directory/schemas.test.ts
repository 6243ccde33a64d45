import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldMessages } from '../messages/zod-issues';
import {
  CODECS,
  codecSchema,
  emailSchema,
  enterpriseInputSchema,
  enterprisePatchSchema,
  LINE_TYPES,
  lineTypeSchema,
  nameSchema,
  partnerInputSchema,
  partnerPatchSchema,
  postcodeSchema,
  siteInputSchema,
  sitePatchSchema,
  siteSchema,
  USER_SORTS,
  userInputSchema,
  userPatchSchema,
} from './schemas';

const fields = fieldMessages;

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const LINE_MESSAGE = 'must be one of dsl, fibre, ethernet, coax, third_party';
const POSTCODE_MESSAGE = 'must be a Dutch postcode such as 1012 AB';

describe('nameSchema', () => {
  it.each<[unknown, string | Record<string, string>]>([
    ['Bakkerij de Vries', 'Bakkerij de Vries'],
    ['  Ærø Telecom  ', 'Ærø Telecom'],
    ['x'.repeat(200), 'x'.repeat(200)],
    ['', { _: 'is required' }],
    ['   ', { _: 'is required' }],
    ['x'.repeat(201), { _: 'must be at most 200 characters' }],
    [42, { _: 'must be text' }],
    [null, { _: 'must be text' }],
  ])('%j', (input, expected) => {
    const result = nameSchema.safeParse(input);
    expect(result.success ? result.data : fields(nameSchema, input)).toStrictEqual(expected);
  });
});

describe('emailSchema', () => {
  it.each<[string, string]>([
    ['jan@example.nl', 'jan@example.nl'],
    ['Jan.de.Vries@Bedrijf.NL', 'jan.de.vries@bedrijf.nl'],
    ['TM+portal@EXAMPLE.COM', 'tm+portal@example.com'],
  ])('accepts %j as %j (lower-cased)', (input, expected) => {
    expect(emailSchema.parse(input)).toBe(expected);
  });

  it.each<[unknown, string]>([
    ['jan', 'must be an e-mail address'],
    ['jan@', 'must be an e-mail address'],
    ['@example.nl', 'must be an e-mail address'],
    ['jan@example', 'must be an e-mail address'],
    ['jan de vries@example.nl', 'must be an e-mail address'],
    [' jan@example.nl', 'must be an e-mail address'],
    ['', 'must be an e-mail address'],
    [42, 'must be text'],
    [
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.nl`,
      'must be at most 254 characters',
    ],
  ])('refuses %j: %s', (input, message) => {
    expect(fields(emailSchema, input)).toStrictEqual({ _: message });
  });
});

describe('postcodeSchema', () => {
  it.each<[string, string]>([
    ['1012ab', '1012 AB'],
    ['1012 AB', '1012 AB'],
    [' 3511 ex ', '3511 EX'],
  ])('normalises %j to %j', (input, expected) => {
    expect(postcodeSchema.parse(input)).toBe(expected);
  });

  it.each<[unknown, string]>([
    ['0123 AB', POSTCODE_MESSAGE],
    ['1234 SA', POSTCODE_MESSAGE],
    ['1234 SD', POSTCODE_MESSAGE],
    ['1234 SS', POSTCODE_MESSAGE],
    ['12345', POSTCODE_MESSAGE],
    ['', POSTCODE_MESSAGE],
    [1012, 'must be text'],
    [null, 'must be text'],
  ])('refuses %j: %s', (input, message) => {
    expect(fields(postcodeSchema, input)).toStrictEqual({ _: message });
  });
});

describe('line types and codecs', () => {
  it('has the line types of §3.2.1 (DSL, fibre, ethernet, coax, third party)', () => {
    expect(LINE_TYPES).toStrictEqual(['dsl', 'fibre', 'ethernet', 'coax', 'third_party']);
    expect(CODECS).toStrictEqual(['g711', 'g729']);
  });

  it.each(['dsl', 'fibre', 'coax'])('accepts line type %s', (lineType) => {
    expect(lineTypeSchema.parse(lineType)).toBe(lineType);
  });

  it.each<unknown>(['DSL', 'fiber', 'glasvezel', 'adsl', '', null])('refuses line type %j', (value) => {
    expect(fields(lineTypeSchema, value)).toStrictEqual({ _: LINE_MESSAGE });
  });

  it.each<unknown>(['G711', 'g722', 'opus', null])('refuses codec %j', (value) => {
    expect(fields(codecSchema, value)).toStrictEqual({ _: 'must be one of g711, g729' });
  });
});

describe('siteInputSchema', () => {
  const site = {
    name: 'Hoofdkantoor',
    street: 'Damrak 1',
    city: 'Amsterdam',
    postcode: '1012 LG',
    lineType: 'fibre',
    voiceChannels: 30,
    codec: 'g711',
  };

  it('accepts a site and normalises its postcode and text', () => {
    expect(
      siteInputSchema.parse({
        ...site,
        name: ' Hoofdkantoor ',
        postcode: '1012lg',
        lineType: 'dsl',
        codec: 'g729',
      }),
    ).toStrictEqual({ ...site, postcode: '1012 LG', lineType: 'dsl', codec: 'g729' });
  });

  it.each<[string, unknown, Record<string, string> | null]>([
    ['at least 1', 1, null],
    ['at most 10000', 10_000, null],
    ['0', 0, { voiceChannels: 'must be at least 1' }],
    ['negative', -4, { voiceChannels: 'must be at least 1' }],
    ['10001', 10_001, { voiceChannels: 'must be at most 10000' }],
    ['a fraction', 2.5, { voiceChannels: 'must be a whole number' }],
    ['text', '30', { voiceChannels: 'must be a number' }],
    ['NaN', Number.NaN, { voiceChannels: 'must be a number' }],
    ['Infinity', Number.POSITIVE_INFINITY, { voiceChannels: 'must be a number' }],
    ['missing', undefined, { voiceChannels: 'is required' }],
  ])('voiceChannels %s', (_label, voiceChannels, expected) => {
    expect(fields(siteInputSchema, { ...site, voiceChannels })).toStrictEqual(expected);
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    [
      'everything missing',
      {},
      {
        name: 'is required',
        street: 'is required',
        city: 'is required',
        postcode: 'is required',
        lineType: 'is required',
        voiceChannels: 'is required',
        codec: 'is required',
      },
    ],
    ['a postcode starting with 0', { postcode: '0123 AB' }, { postcode: POSTCODE_MESSAGE }],
    ['a not-issued postcode', { postcode: '1234 SA' }, { postcode: POSTCODE_MESSAGE }],
    ['a blank street', { street: '  ' }, { street: 'is required' }],
    ['a long city', { city: 'c'.repeat(101) }, { city: 'must be at most 100 characters' }],
    ['an unknown line type', { lineType: 'satellite' }, { lineType: LINE_MESSAGE }],
    ['an unknown field', { enterpriseId: ID }, { enterpriseId: 'is not a known field' }],
    [
      'two unknown fields',
      { id: ID, userCount: 3 },
      { id: 'is not a known field', userCount: 'is not a known field' },
    ],
  ])('refuses %s', (_label, change, expected) => {
    const input = Object.keys(change).length === 0 ? {} : { ...site, ...change };
    expect(fields(siteInputSchema, input)).toStrictEqual(expected);
  });

  it('accepts a city of exactly 100 characters and a street of 200', () => {
    expect(fields(siteInputSchema, { ...site, city: 'c'.repeat(100), street: 's'.repeat(200) })).toBeNull();
  });
});

describe('sitePatchSchema', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [{}, {}],
    [{ voiceChannels: 40 }, { voiceChannels: 40 }],
    [{ postcode: '3511ex' }, { postcode: '3511 EX' }],
  ])('accepts %j', (input, output) => {
    expect(sitePatchSchema.parse(input)).toStrictEqual(output);
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{ voiceChannels: 0 }, { voiceChannels: 'must be at least 1' }],
    [{ postcode: '1234 SS' }, { postcode: POSTCODE_MESSAGE }],
    [{ name: null }, { name: 'must be text' }],
    [{ enterpriseId: ID }, { enterpriseId: 'is not a known field' }],
  ])('refuses %j (still strict)', (input, expected) => {
    expect(fields(sitePatchSchema, input)).toStrictEqual(expected);
  });
});

describe('partner and enterprise schemas', () => {
  it.each<[z.ZodType, Record<string, unknown>, Record<string, unknown>]>([
    [partnerInputSchema, { name: ' Partner BV ' }, { name: 'Partner BV' }],
    [
      partnerInputSchema,
      { name: 'P', contactEmail: 'Info@Partner.NL' },
      { name: 'P', contactEmail: 'info@partner.nl' },
    ],
    [partnerInputSchema, { name: 'P', contactEmail: null }, { name: 'P', contactEmail: null }],
    [partnerPatchSchema, {}, {}],
    [
      enterpriseInputSchema,
      { name: 'E', customerNumber: ' 12345 ', partnerId: ID },
      { name: 'E', customerNumber: '12345', partnerId: ID },
    ],
    [
      enterpriseInputSchema,
      { name: 'E', customerNumber: null, partnerId: null },
      { name: 'E', customerNumber: null, partnerId: null },
    ],
    [enterprisePatchSchema, { partnerId: null }, { partnerId: null }],
  ])('accepts %j', (schema, input, output) => {
    expect(schema.parse(input)).toStrictEqual(output);
  });

  it.each<[z.ZodType, Record<string, unknown>, Record<string, string>]>([
    [partnerInputSchema, {}, { name: 'is required' }],
    [partnerInputSchema, { name: 'P', contactEmail: 'info' }, { contactEmail: 'must be an e-mail address' }],
    [partnerPatchSchema, { enterpriseCount: 3 }, { enterpriseCount: 'is not a known field' }],
    [enterpriseInputSchema, { name: 'E', customerNumber: '' }, { customerNumber: 'is required' }],
    [
      enterpriseInputSchema,
      { name: 'E', customerNumber: 'x'.repeat(41) },
      { customerNumber: 'must be at most 40 characters' },
    ],
    [enterpriseInputSchema, { name: 'E', partnerId: 'p1' }, { partnerId: 'must be a UUID' }],
    [enterprisePatchSchema, { siteCount: 1 }, { siteCount: 'is not a known field' }],
  ])('refuses %j', (schema, input, expected) => {
    expect(fields(schema, input)).toStrictEqual(expected);
  });
});

describe('user schemas', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [
      { name: 'Jan', profile: 'vast' },
      { name: 'Jan', profile: 'vast' },
    ],
    [
      { name: 'Jan', profile: 'mobiel', email: 'Jan@Bedrijf.NL', siteId: ID },
      { name: 'Jan', profile: 'mobiel', email: 'jan@bedrijf.nl', siteId: ID },
    ],
    [
      { name: 'Jan', profile: 'combi', email: null, siteId: null },
      { name: 'Jan', profile: 'combi', email: null, siteId: null },
    ],
  ])('accepts %j', (input, output) => {
    expect(userInputSchema.parse(input)).toStrictEqual(output);
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{ name: 'Jan' }, { profile: 'is required' }],
    [{ name: 'Jan', profile: 'Flex' }, { profile: 'must be one of vast, combi, flex, mobiel' }],
    [{ name: 'Jan', profile: 'vast', siteId: 's1' }, { siteId: 'must be a UUID' }],
    [{ name: 'Jan', profile: 'vast', enterpriseId: ID }, { enterpriseId: 'is not a known field' }],
  ])('refuses %j', (input, expected) => {
    expect(fields(userInputSchema, input)).toStrictEqual(expected);
  });

  it('patches any subset, strictly', () => {
    expect(userPatchSchema.parse({ profile: 'flex' })).toStrictEqual({ profile: 'flex' });
    expect(fields(userPatchSchema, { password: 'x' })).toStrictEqual({ password: 'is not a known field' });
  });

  it('sorts users by name, e-mail or creation', () => {
    expect(USER_SORTS).toStrictEqual(['name', 'email', 'createdAt']);
  });
});

describe('siteSchema', () => {
  it('parses a site as it leaves the server', () => {
    const dto = {
      id: ID,
      enterpriseId: ID,
      name: 'Hoofdkantoor',
      street: 'Damrak 1',
      city: 'Amsterdam',
      postcode: '1012 LG',
      lineType: 'coax',
      voiceChannels: 8,
      codec: 'g729',
      userCount: 0,
      createdAt: '2026-05-04T09:00:00.000Z',
      updatedAt: '2026-05-04T09:00:00.000Z',
    };
    expect(siteSchema.parse(dto)).toStrictEqual(dto);
    expect(siteSchema.safeParse({ ...dto, createdAt: 'yesterday' }).success).toBe(false);
  });
});
