/**
 * Text that PostgreSQL can store and every client can read back: no NUL (U+0000; a `text` value
 * cannot hold it) and no unpaired UTF-16 surrogate (not a character at all: the drivers would
 * silently store U+FFFD instead).
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** What is wrong with the text as an issue code, or null when it can be stored as it is. */
export function unstorableTextProblem(text: string): 'nul_character' | 'lone_surrogate' | null {
  if (text.includes(NUL)) return 'nul_character';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return null;
}

/** The text with each unstorable code unit written as a `\uXXXX` escape (to name it safely). */
export const escapeUnstorable = (text: string): string =>
  text
    .replaceAll(NUL, '\\u0000')
    .replace(LONE_SURROGATES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
