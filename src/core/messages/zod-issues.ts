import type { z } from 'zod';
import { fieldsOf, type Issue, makeIssue } from '../errors';
import { type IssueCode, isIssueCode, type Params } from './index';

/**
 * Turns zod issues into the API's issues (stable code, parameters, English message). Used by the
 * server for every schema failure at the edge, by the portal for its forms (the same schemas) and
 * by tests. A schema may name an issue code as its error (`{ error: 'postcode' }`); otherwise the
 * code follows from zod's own issue kind.
 */
export type ZodIssueLike = { code: string; path: readonly PropertyKey[]; message: string };

/** The issue kind's own fields (minimum, maximum, origin, format, keys, values, params...). */
type Details = Record<string, unknown>;

const number = (value: unknown): number | undefined =>
  typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;

function paramsOf(zodIssue: ZodIssueLike): Params {
  const issue = zodIssue as Details;
  const params: Params = {};
  const min = number(issue.minimum);
  const max = number(issue.maximum);
  if (min !== undefined) params.min = min;
  if (max !== undefined) params.max = max;
  if (Array.isArray(issue.values)) params.options = issue.values.map(String).join(', ');
  if (issue.params && typeof issue.params === 'object') {
    for (const [key, value] of Object.entries(issue.params as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
  }
  return params;
}

const SIZES: Record<string, [small: IssueCode, big: IssueCode]> = {
  string: ['too_short', 'too_long'],
  number: ['too_small', 'too_large'],
  int: ['too_small', 'too_large'],
  bigint: ['too_small', 'too_large'],
  date: ['too_small', 'too_large'],
  array: ['too_few', 'too_many'],
  set: ['too_few', 'too_many'],
};

const TYPES: Record<string, IssueCode> = {
  string: 'not_text',
  number: 'not_a_number',
  int: 'not_an_integer',
  bigint: 'not_an_integer',
  boolean: 'not_a_boolean',
  array: 'not_a_list',
  object: 'not_an_object',
  record: 'not_an_object',
  date: 'datetime',
};

const FORMATS: Record<string, IssueCode> = {
  email: 'email',
  uuid: 'uuid',
  guid: 'uuid',
  datetime: 'datetime',
  date: 'date',
};

/** The value at a path of the input, or undefined when the path does not reach one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeOf(zodIssue: ZodIssueLike): IssueCode {
  const issue = zodIssue as Details & ZodIssueLike;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return 'required';
      return TYPES[String(issue.expected)] ?? 'invalid';
    case 'too_small': {
      const sizes = SIZES[String(issue.origin)];
      if (issue.origin === 'string' && number(issue.minimum) === 1) return 'required';
      return sizes?.[0] ?? 'invalid';
    }
    case 'too_big':
      return SIZES[String(issue.origin)]?.[1] ?? 'invalid';
    case 'invalid_format':
      return FORMATS[String(issue.format)] ?? 'invalid';
    case 'invalid_value':
      return 'choice';
    default:
      return 'invalid';
  }
}

export function fromZodIssues(
  issues: readonly ZodIssueLike[],
  options: {
    /** The input that failed: a missing value is then reported as `required` whatever its type. */
    input?: unknown;
  } = {},
): Issue[] {
  const out: Issue[] = [];
  const hasInput = 'input' in options;
  for (const issue of issues) {
    const path = issue.path.map(String);
    const missing =
      hasInput &&
      issue.code !== 'unrecognized_keys' &&
      path.length > 0 &&
      valueAt(options.input, issue.path) === undefined;
    const keys = (issue as Details).keys;
    if (issue.code === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const key of keys) out.push(makeIssue([...path, String(key)].join('.'), 'unknown_field'));
      continue;
    }
    const code = isIssueCode(issue.message) ? issue.message : missing ? 'required' : codeOf(issue);
    out.push(makeIssue(path.join('.'), { code, params: paramsOf(issue) }));
  }
  return out;
}

/** The issues of `input` against `schema`, or null when it passes (the portal's forms, tests). */
export function issuesOf(schema: z.ZodType, input: unknown): Issue[] | null {
  const result = schema.safeParse(input);
  return result.success ? null : fromZodIssues(result.error.issues, { input });
}

/** `{ path: message }` as the API's `error.fields` says it (a root issue as "_"), or null. */
export function fieldMessages(schema: z.ZodType, input: unknown): Record<string, string> | null {
  const issues = issuesOf(schema, input);
  return issues === null ? null : (fieldsOf(issues, '_') ?? {});
}
