import fc from 'fast-check';
import { $ZodType } from 'zod/v4/core';
import { encodeCursor } from '../../core/pagination';

/**
 * fast-check arbitraries derived from a route's zod schemas, for the bad-input fuzz test: values
 * a client that read the API description would send (near-valid), and the same with hostile
 * values at random places (wrong types, NUL, lone surrogates, huge numbers, forged cursors,
 * dates PostgreSQL cannot hold, prototype keys, deep nesting...).
 */

/** Text sent exactly as written: raw JSON in a body (`1e400`, `-0`), raw characters in a URL (`%zz`). */
export class Raw {
  constructor(readonly text: string) {}
}

/** Values the generated input draws on, so that near-valid input meets real records. */
export type Pools = {
  /** Every id; `idsOf[field]` the ids that fit a field (`siteId`: sites), when there are some. */
  uuids: readonly string[];
  idsOf: Readonly<Record<string, readonly string[]>>;
  emails: readonly string[];
  passwords: readonly string[];
  names: readonly string[];
};

type Def = { type: string; [key: string]: unknown };
type Check = { check: string; [key: string]: unknown };

const defOf = (schema: $ZodType): Def => schema._zod.def as unknown as Def;
const checksOf = (schema: $ZodType): Check[] =>
  ((defOf(schema).checks ?? []) as $ZodType[]).map((c) => c._zod.def as unknown as Check);
const asSchema = (value: unknown, what: string): $ZodType => {
  if (value instanceof $ZodType) return value;
  throw new Error(`expected a zod schema for ${what}`);
};

const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const SOME_UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const DEEP = 5000;

/** Cursors no list ever wrote: wrong types, ids that are no UUID, keys PostgreSQL cannot hold. */
export const FORGED_CURSORS: readonly string[] = [
  b64url('["a","not-a-uuid"]'),
  b64url('[1e308,"1"]'),
  b64url('[1.5,"1.5"]'),
  b64url('[-0,"0"]'),
  b64url('[9007199254740993,"9007199254740993"]'),
  b64url(`[1,"${SOME_UUID}"]`),
  b64url(`[null,"${SOME_UUID}"]`),
  b64url(`["a\\u0000","${SOME_UUID}"]`),
  b64url(`["\\ud800","${SOME_UUID}"]`),
  b64url(`["0000-01-01T00:00:00.000Z","${SOME_UUID}"]`),
  b64url(`["99999-12-31T00:00:00.000Z","${SOME_UUID}"]`),
  b64url(`[{"a":1},"${SOME_UUID}"]`),
  b64url(`["${'x'.repeat(2000)}","${SOME_UUID}"]`),
  b64url('["a"]'),
  b64url('null'),
  'bm90LWEtY3Vyc29y',
  '!!!',
  '%00',
  'x'.repeat(5000),
];

const HOSTILE_DATES = [
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+01:00',
  '1899-12-31T23:59:59Z',
  '99999-12-31',
  '99999-12-31T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '2026-02-30',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00',
];

/** Strings nobody should send, each of which has made some server answer 500. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '%00',
  '%zz',
  '%',
  '\\',
  "'",
  '"',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '名前 Ærø 🚀 \u202e',
  '\u200b',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e400',
  '-0',
  '0x10',
  '9007199254740993',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
  'é'.repeat(300),
  ...HOSTILE_DATES,
  ...FORGED_CURSORS.slice(0, 6),
];

const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Any-typed values nobody should send where something else is expected. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    [],
    {},
    [null],
    { a: 1 },
    Object.fromEntries([['__proto__', { admin: true }]]),
    { constructor: { prototype: { admin: true } } },
    new Raw('-0'),
    new Raw('1e400'),
    new Raw('-1e400'),
    new Raw(deepArray(DEEP)),
    new Raw(`{"a":${deepArray(DEEP)}}`),
    new Raw('"\\u0000"'),
    new Raw('"\\ud800"'),
    new Raw('%zz'),
    new Raw('%00'),
    new Raw('%ED%A0%80'),
    new Raw('%C0%80'),
  ),
);

const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'colour', '', 'a\u0000', '\ud800'];

type Mode = { pools: Pools; hostile: boolean };

/** Near-valid values of the schema; with `hostile`, some nodes are replaced by hostile ones. */
export function arbitraryOf(
  schema: unknown,
  pools: Pools,
  options: { hostile: boolean },
): fc.Arbitrary<unknown> {
  return node(asSchema(schema, 'the input'), '', { pools, hostile: options.hostile });
}

function node(schema: $ZodType, key: string, mode: Mode): fc.Arbitrary<unknown> {
  const valid = nearValid(schema, key, mode);
  if (!mode.hostile) return valid;
  return fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: hostileValue, weight: 1 });
}

function nearValid(schema: $ZodType, key: string, mode: Mode): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (name: string) => asSchema(def[name], `${def.type} of ${key}`);
  switch (def.type) {
    case 'object':
      return objectOf(def, mode);
    case 'string':
      return stringOf(schema, def, key, mode);
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'array': {
      const checks = checksOf(schema);
      const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
      const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? min + 4);
      return fc.array(node(inner('element'), key, mode), {
        minLength: min,
        maxLength: Math.min(max, min + 4),
      });
    }
    case 'tuple':
      return fc.tuple(...(def.items as $ZodType[]).map((item) => node(item, key, mode)));
    case 'record':
      return fc.dictionary(
        nearValid(inner('keyType'), key, { ...mode, hostile: false }) as fc.Arbitrary<string>,
        node(inner('valueType'), key, mode),
        { maxKeys: 3 },
      );
    case 'union':
      return fc.oneof(...(def.options as $ZodType[]).map((option) => nearValid(option, key, mode)));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(node(inner('innerType'), key, mode), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(node(inner('innerType'), key, mode), { nil: null, freq: 4 });
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return nearValid(inner('innerType'), key, mode);
    case 'pipe':
      // What a client sends is the pipe's input (a transform has its own input schema).
      return nearValid(inner('in'), key, mode);
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new Error(`no arbitrary for the zod type ${def.type} (${key || 'the input'}): add it`);
  }
}

function objectOf(def: Def, mode: Mode): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, $ZodType>;
  const keys = Object.keys(shape);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) model[key] = node(shape[key] as $ZodType, key, mode);
  const required = keys.filter((key) => (shape[key] as $ZodType)._zod.optin !== 'optional');
  const valid = fc.record(model, { requiredKeys: required }).map((value) =>
    // An optional field drawn as undefined is left out, as JSON would.
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)),
  );
  if (!mode.hostile) return valid;
  return fc.oneof(
    { arbitrary: valid, weight: 8 },
    // A required field left out, or a field nobody knows (prototype keys among them).
    {
      arbitrary: fc.tuple(valid, fc.constantFrom(...(keys.length ? keys : ['x']))).map(([value, drop]) => {
        const { [drop]: _dropped, ...rest } = value as Record<string, unknown>;
        return rest;
      }),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...UNKNOWN_KEYS), hostileValue)
        .map(([value, extra, v]) => Object.fromEntries([...Object.entries(value as object), [extra, v]])),
      weight: 1,
    },
  );
}

function stringOf(schema: $ZodType, def: Def, key: string, mode: Mode): fc.Arbitrary<unknown> {
  const { pools } = mode;
  const checks = checksOf(schema);
  const minLength = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
  const maxLength = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 60);
  const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  switch (def.format) {
    case 'uuid':
    case 'guid':
      return fc.oneof(
        {
          arbitrary: fc.constantFrom(...(pools.idsOf[key]?.length ? (pools.idsOf[key] ?? []) : pools.uuids)),
          weight: 6,
        },
        { arbitrary: fc.constantFrom(...pools.uuids), weight: 1 },
        fc.uuid(),
      );
    case 'email':
      return fc.oneof(
        { arbitrary: fc.constantFrom(...pools.emails), weight: 3 },
        fc.emailAddress().filter((e) => e.length <= maxLength),
      );
    case 'datetime':
      return fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case undefined:
      break;
    default:
      throw new Error(`no arbitrary for the string format ${String(def.format)} (${key}): add it`);
  }
  // Keys of a pattern (a catalogue item's, a tariff's) drawn mostly from the real ones.
  const known = pools.idsOf[key];
  if (pattern instanceof RegExp && known?.length)
    return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, fc.stringMatching(pattern));
  if (pattern instanceof RegExp) return fc.stringMatching(pattern);
  // Names of fields whose rules live in a transform, or whose useful values are few.
  if (key === 'cursor') {
    return fc.oneof(
      fc.constantFrom(...FORGED_CURSORS),
      fc
        .tuple(fc.constantFrom(...pools.names), fc.constantFrom(...pools.uuids))
        .map(([name, id]) => encodeCursor({ key: name.toLowerCase(), id })),
    );
  }
  // Only a confirmation `password` gets the real ones: a `currentPassword` never does, so that the
  // run cannot change the password of the accounts it acts as.
  if (key === 'password') return fc.oneof(fc.constantFrom(...pools.passwords), fc.string({ maxLength: 40 }));
  if (key === 'email')
    return fc.oneof({ arbitrary: fc.constantFrom(...pools.emails), weight: 3 }, fc.emailAddress());
  // Telephony destinations: an extension, a number in some notation, voicemail, or nothing.
  if (key === 'destination' || key === 'numbers' || key === 'destinations') {
    return fc.oneof(
      {
        arbitrary: fc.constantFrom('', 'voicemail', '020 794 0000', '+31 6 2345 6789', '0031302001000'),
        weight: 4,
      },
      fc.string({ maxLength: Math.min(maxLength, 40) }),
    );
  }
  if (key === 'pin') return fc.oneof(fc.constantFrom('4826', '1234', '0000'), fc.string({ maxLength: 8 }));
  if (key === 'postcode') return fc.constantFrom('1012 AB', '3511AA', '4811 aa', '0123 AB', '1012');
  if (key === 'q' || key === 'name') {
    return fc.oneof(
      fc.constantFrom(...pools.names),
      fc.string({ minLength, maxLength: Math.min(maxLength, 40) }),
    );
  }
  return fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, 60) });
}

function numberOf(schema: $ZodType): fc.Arbitrary<unknown> {
  const checks = checksOf(schema);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  // z.int() carries its format on the type, z.number().int() as a check.
  const formats = [
    defOf(schema).format,
    ...checks.filter((c) => c.check === 'number_format').map((c) => c.format),
  ];
  const integer = formats.some((f) => f === 'safeint' || f === 'int32' || f === 'uint32');
  const min = lower ? Number(lower.value) + (lower.inclusive ? 0 : 1) : -1000;
  const max = upper ? Number(upper.value) - (upper.inclusive ? 0 : 1) : 1000;
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

// ---- writing the generated values into a request ----

/** A value as JSON text; Raw values are written as they are, `__proto__` keys as own keys. */
export function toJsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : toJsonText(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const parts = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${toJsonText((value as Record<string, unknown>)[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * encodeURIComponent, but a lone surrogate (which it refuses) is written as the three bytes a
 * careless encoder would send for it (WTF-8: U+D800 as %ED%A0%80).
 */
export function encodeUrlText(text: string): string {
  return text
    .split(LONE_SURROGATE)
    .map(encodeURIComponent)
    .reduce((out, part, i) => {
      const unit = text.match(LONE_SURROGATE)?.[i - 1]?.charCodeAt(0);
      if (unit === undefined) return out + part;
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      return `${out}${bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')}${part}`;
    }, '');
}

/** A value as one part of a URL: encoded text, or Raw characters (`%zz`) as they are. */
export function toUrlPart(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (typeof value === 'string') return encodeUrlText(value);
  if (value === undefined) return '';
  return encodeUrlText(typeof value === 'object' ? toJsonText(value) : String(value));
}

/** A query object as `?a=1&b=x&b=y` (arrays repeat the key); anything else as a bare query. */
export function toQueryString(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'object' || value === null || value instanceof Raw || Array.isArray(value)) {
    return `?${toUrlPart(value)}`;
  }
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) parts.push(`${encodeUrlText(key)}=${toUrlPart(one)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The route's URL with its `:params` filled from the generated params object. */
export function toPath(url: string, params: unknown): string {
  const values = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  return url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? toUrlPart(values[segment.slice(1)]) : segment))
    .join('/');
}
