import { describe, expect, it } from 'vitest';
import { ACCESS_ISSUES } from '../access/messages';
import { DIRECTORY_ISSUES } from '../directory/messages';
import { KNOWLEDGE_ISSUES } from '../knowledge/messages';
import { TELEPHONY_ISSUES } from '../telephony/messages';
import { COMMON_ISSUES } from './common';
import { ERROR_CODE_TEXTS, formatMessage, ISSUE_TEXTS, LANGUAGES, placeholdersOf, type Texts } from './index';

const catalogues: Record<string, Record<string, Texts>> = {
  common: COMMON_ISSUES,
  access: ACCESS_ISSUES,
  directory: DIRECTORY_ISSUES,
  knowledge: KNOWLEDGE_ISSUES,
  telephony: TELEPHONY_ISSUES,
};

describe('the texts of every code', () => {
  const all = { ...ERROR_CODE_TEXTS, ...ISSUE_TEXTS };
  it.each(Object.entries({ ...ERROR_CODE_TEXTS, ...ISSUE_TEXTS }))(
    '%s has Dutch and English text with the same placeholders',
    (code, texts) => {
      for (const language of LANGUAGES) expect(texts[language].trim(), `${code} ${language}`).not.toBe('');
      expect(placeholdersOf(texts.nl), code).toStrictEqual(placeholdersOf(texts.en));
      expect(texts.nl, `${code}: the Dutch text is a copy of the English`).not.toBe(texts.en);
    },
  );

  it('has no code in two catalogues (a later one would silently replace the earlier)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const code of Object.keys(catalogue)) {
        const earlier = seen.get(code);
        if (earlier) clashes.push(`${code}: ${earlier} and ${name}`);
        seen.set(code, name);
      }
    }
    expect(clashes).toStrictEqual([]);
    expect(Object.keys(all).length).toBeGreaterThan(0);
  });

  it('uses codes that are stable identifiers', () => {
    for (const code of [...Object.keys(ERROR_CODE_TEXTS), ...Object.keys(ISSUE_TEXTS)])
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('formatMessage', () => {
  it.each<[string, Record<string, string | number>, string]>([
    ['must be at most {max} characters', { max: 200 }, 'must be at most 200 characters'],
    ['{users} user(s) and {siteAdmins} admin(s)', { users: 20, siteAdmins: 0 }, '20 user(s) and 0 admin(s)'],
    ['no placeholders', { extra: 1 }, 'no placeholders'],
    ['an unknown {placeholder} stays', {}, 'an unknown {placeholder} stays'],
    ['{a}{a}', { a: 'x' }, 'xx'],
    ['{toString} is not inherited', {}, '{toString} is not inherited'],
  ])('%s', (template, params, expected) => {
    expect(formatMessage(template, params)).toBe(expected);
  });
});
