import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { securityPolicySchema } from '../access/password-policy';
import { apiTokenInputSchema, totpEnableSchema } from '../access/self';
import { siteInputSchema, userInputSchema } from '../directory/schemas';
import { limitSchema } from '../pagination';
import { fromZodIssues } from './zod-issues';

const validSite = {
  name: 'Den Haag',
  street: 'Spui 70',
  city: 'Den Haag',
  postcode: '2511 BT',
  lineType: 'fibre',
  voiceChannels: 12,
  codec: 'g711',
};

/** [path, code, params] of each issue when `input` fails `schema`. */
function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return fromZodIssues(result.error.issues, { input }).map((i) => [i.path, i.code, i.params]);
}

describe('fromZodIssues with the shared schemas', () => {
  it.each<[string, z.ZodType, unknown, unknown[]]>([
    ['a blank name', siteInputSchema, { ...validSite, name: '   ' }, [['name', 'required', { min: 1 }]]],
    ['a missing name', siteInputSchema, { ...validSite, name: undefined }, [['name', 'required', {}]]],
    [
      'a missing enum value',
      siteInputSchema,
      { ...validSite, codec: undefined },
      [['codec', 'required', { options: 'g711, g729' }]],
    ],
    [
      'a name too long',
      siteInputSchema,
      { ...validSite, name: 'x'.repeat(201) },
      [['name', 'too_long', { max: 200 }]],
    ],
    ['text of the wrong type', siteInputSchema, { ...validSite, street: 7 }, [['street', 'not_text', {}]]],
    [
      'a bad postcode',
      siteInputSchema,
      { ...validSite, postcode: '0123 AB' },
      [['postcode', 'postcode', {}]],
    ],
    [
      'an unknown enum value',
      siteInputSchema,
      { ...validSite, codec: 'opus' },
      [['codec', 'choice', { options: 'g711, g729' }]],
    ],
    [
      'a fraction',
      siteInputSchema,
      { ...validSite, voiceChannels: 1.5 },
      [['voiceChannels', 'not_an_integer', {}]],
    ],
    [
      'too few channels',
      siteInputSchema,
      { ...validSite, voiceChannels: 0 },
      [['voiceChannels', 'too_small', { min: 1 }]],
    ],
    [
      'too many channels',
      siteInputSchema,
      { ...validSite, voiceChannels: 10_001 },
      [['voiceChannels', 'too_large', { max: 10_000 }]],
    ],
    [
      'an unknown field',
      siteInputSchema,
      { ...validSite, colour: 'blue' },
      [['colour', 'unknown_field', {}]],
    ],
    [
      'not an e-mail',
      userInputSchema,
      { name: 'A', profile: 'vast', email: 'nope' },
      [['email', 'email', {}]],
    ],
    ['not a UUID', userInputSchema, { name: 'A', profile: 'vast', siteId: 'x' }, [['siteId', 'uuid', {}]]],
    ['a TOTP code of letters', totpEnableSchema, { code: 'abcdef' }, [['code', 'totp_code_format', {}]]],
    [
      'a token living too long',
      apiTokenInputSchema,
      { name: 'ci', access: 'read', password: 'x', expiresInDays: 4000 },
      [['expiresInDays', 'too_large', { max: 3650 }]],
    ],
    [
      'a policy below its minimum',
      securityPolicySchema,
      {
        minLength: 4,
        requiredClasses: 3,
        maxAgeDays: 0,
        historyCount: 0,
        lockoutThreshold: 5,
        lockoutMinutes: 15,
        twoFactorRequired: false,
      },
      [['minLength', 'too_small', { min: 8 }]],
    ],
    [
      'a limit that is no number',
      z.object({ limit: limitSchema }),
      { limit: 'ten' },
      [['limit', 'not_a_number', {}]],
    ],
    ['a whole body of the wrong type', siteInputSchema, [], [['', 'not_an_object', {}]]],
  ])('%s', (_label, schema, input, expected) => {
    expect(issues(schema, input)).toStrictEqual(expected);
  });

  it('keeps nested paths, dotted, on the right field', () => {
    const schema = z.strictObject({
      forwarding: z.strictObject({ busy: z.strictObject({ destination: z.string().min(1) }) }),
      members: z.array(z.strictObject({ weight: z.int().min(1) })),
    });
    expect(
      issues(schema, { forwarding: { busy: { destination: '' } }, members: [{ weight: 1 }, { weight: 0 }] }),
    ).toStrictEqual([
      ['forwarding.busy.destination', 'required', { min: 1 }],
      ['members.1.weight', 'too_small', { min: 1 }],
    ]);
  });

  it('gives an issue per unknown key, under its parent', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.string() }) });
    expect(issues(schema, { a: { b: 'x', c: 1, d: 2 } })).toStrictEqual([
      ['a.c', 'unknown_field', {}],
      ['a.d', 'unknown_field', {}],
    ]);
  });

  it('writes the English message from the catalogue', () => {
    const result = siteInputSchema.safeParse({ ...validSite, name: 'x'.repeat(201) });
    expect(fromZodIssues(result.error?.issues ?? [])[0]?.message).toBe('must be at most 200 characters');
  });

  it('falls back to "invalid" for kinds it has no word for', () => {
    const schema = z.union([z.literal('a'), z.number()]);
    expect(issues(z.object({ v: schema }), { v: true })).toStrictEqual([['v', 'invalid', {}]]);
  });
});
