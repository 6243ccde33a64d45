import { describe, expect, it } from 'vitest';
import { escapeUnstorable, unstorableTextProblem } from './text';

const NUL_MESSAGE = 'nul_character';
const SURROGATE_MESSAGE = 'lone_surrogate';

describe('unstorableTextProblem', () => {
  it.each<[string, string | null]>([
    ['', null],
    ['plain', null],
    ['名前 Ærø \u202e', null],
    ['a surrogate pair 🚀 and 𝄞', null],
    ['\u0000', NUL_MESSAGE],
    ['end\u0000', NUL_MESSAGE],
    ['\ud800', SURROGATE_MESSAGE],
    ['a\udc00b', SURROGATE_MESSAGE],
    ['\udc00\ud800', SURROGATE_MESSAGE],
    ['🚀'.slice(0, 1), SURROGATE_MESSAGE],
    ['🚀'.slice(1), SURROGATE_MESSAGE],
    ['%00', null],
  ])('%j: %s', (text, problem) => {
    expect(unstorableTextProblem(text)).toBe(problem);
  });
});

describe('escapeUnstorable', () => {
  it('escapes NUL and lone surrogates, and keeps pairs', () => {
    expect(escapeUnstorable('a\u0000b\ud800c🚀')).toBe('a\\u0000b\\ud800c🚀');
  });
});
