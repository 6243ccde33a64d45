import { describe, expect, it } from 'vitest';
import { idSchema, isId } from './ids';
import { issuesOf } from './messages/zod-issues';

describe('idSchema and isId', () => {
  it.each<string>([
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    '9b2d4c1a-7e5f-4a3b-8c6d-1e2f3a4b5c6d',
    '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
    '01890a5d-ac96-774b-bcce-b302099a8057', // version 7
    '00000000-0000-0000-0000-000000000000', // nil
  ])('accepts %s', (id) => {
    expect(idSchema.parse(id)).toBe(id);
    expect(isId(id)).toBe(true);
  });

  it.each<unknown>([
    '3f2504e04f8941d39a0c0305e82c3301',
    '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}',
    '3f2504e0-4f89-41d3-9a0c-0305e82c330',
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301 ',
    '3f2504e0-4f89-91d3-9a0c-0305e82c3301', // no version 9
    '3f2504e0-4f89-41d3-7a0c-0305e82c3301', // wrong variant
    'g f2504e0-4f89-41d3-9a0c-0305e82c3301',
    'e1',
    '',
  ])('refuses %j', (value) => {
    expect(isId(value)).toBe(false);
    expect(issuesOf(idSchema, value)?.map((issue) => issue.code) ?? null).toStrictEqual(['uuid']);
  });

  it.each<[unknown, string]>([
    [42, 'not_text'],
    [null, 'not_text'],
    [undefined, 'required'],
  ])('refuses %j: %s', (value, code) => {
    expect(isId(value)).toBe(false);
    expect(issuesOf(idSchema, value)?.map((issue) => issue.code) ?? null).toStrictEqual([code]);
  });
});
