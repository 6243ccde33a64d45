import { describe, expect, it } from 'vitest';
import { initialLanguage, isLanguage } from './language';

describe('initialLanguage', () => {
  it('is Dutch unless English was chosen', () => {
    expect(initialLanguage(null)).toBe('nl');
    expect(initialLanguage('fr')).toBe('nl');
    expect(initialLanguage('en')).toBe('en');
    expect(isLanguage('nl')).toBe(true);
  });
});
