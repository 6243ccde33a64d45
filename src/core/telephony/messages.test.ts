import { describe, expect, it } from 'vitest';
import { ISSUE_TEXTS } from '../messages';
import { TELEPHONY_ISSUE_PARTS } from './messages';

describe("telephony's issue texts", () => {
  it('give every code to one part only (a code in two would silently take one of their texts)', () => {
    const owners = new Map<string, string[]>();
    for (const [part, texts] of Object.entries(TELEPHONY_ISSUE_PARTS)) {
      for (const code of Object.keys(texts)) owners.set(code, [...(owners.get(code) ?? []), part]);
    }
    expect([...owners].filter(([, parts]) => parts.length > 1)).toEqual([]);
  });

  it('keep every part in the gathered texts', () => {
    for (const texts of Object.values(TELEPHONY_ISSUE_PARTS)) {
      for (const [code, text] of Object.entries(texts)) {
        expect(ISSUE_TEXTS[code as keyof typeof ISSUE_TEXTS], code).toEqual(text);
      }
    }
  });
});
