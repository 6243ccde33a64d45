import { describe, expect, it } from 'vitest';
import { LANGUAGES, placeholdersOf } from '../messages/texts';
import { explainCode, ROUTING_TEXTS } from './messages';

describe('the routing texts', () => {
  it.each(Object.entries(ROUTING_TEXTS))(
    '%s has Dutch and English text with the same placeholders',
    (code, texts) => {
      for (const language of LANGUAGES) expect(texts[language].trim(), `${code} ${language}`).not.toBe('');
      expect(placeholdersOf(texts.nl), code).toStrictEqual(placeholdersOf(texts.en));
      expect(texts.nl, `${code}: the Dutch text is a copy of the English`).not.toBe(texts.en);
    },
  );

  it('an unknown code is answered as itself', () => {
    expect(explainCode('no_such_code', {}, 'nl')).toBe('no_such_code');
  });

  it('a bilingual param is taken in the language asked for', () => {
    const name = { nl: 'Tweede Kerstdag', en: 'Boxing Day' };
    expect(explainCode('queue_holiday', { queue: 'Service', name }, 'nl')).toBe(
      'wachtrij Service: feestdag Tweede Kerstdag',
    );
    expect(explainCode('queue_holiday', { queue: 'Service', name }, 'en')).toBe(
      'queue Service: public holiday Boxing Day',
    );
  });
});
