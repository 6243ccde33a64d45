import { describe, expect, it } from 'vitest';
import { unstorableTextFields } from './text-guard';

describe('unstorableTextFields', () => {
  it('names nothing in storable input', () => {
    expect(
      unstorableTextFields({ name: 'Ærø 🚀', n: 1, list: ['a', null, true], nested: { ok: '%00' } }),
    ).toEqual({});
    expect(unstorableTextFields(undefined)).toEqual({});
  });

  it('names each offending value on its dotted path', () => {
    expect(
      unstorableTextFields({
        email: 'a\u0000@b.nl',
        members: [{ name: 'ok' }, { name: 'ok' }, { name: 'ok' }, { name: '\ud800' }],
        deep: { er: { still: 'x\udc00' } },
      }),
    ).toEqual({
      email: 'nul_character',
      'members.3.name': 'lone_surrogate',
      'deep.er.still': 'lone_surrogate',
    });
  });

  it('names a bare string as _', () => {
    expect(unstorableTextFields('\u0000')).toEqual({ _: 'nul_character' });
  });

  it('names an offending key, escaped', () => {
    expect(unstorableTextFields({ 'a\u0000': 1 })).toEqual({ 'a\\u0000': 'nul_character' });
  });

  it('walks nesting deeper than the call stack', () => {
    let value: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) value = [value];
    const fields = unstorableTextFields(value);
    expect(Object.values(fields)).toEqual(['nul_character']);
  });

  it('stops after 20 fields', () => {
    const fields = unstorableTextFields(Array.from({ length: 1000 }, () => '\u0000'));
    expect(Object.keys(fields)).toHaveLength(20);
    expect(fields['0']).toBe('nul_character');
  });
});
