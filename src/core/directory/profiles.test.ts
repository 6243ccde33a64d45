import { describe, expect, it } from 'vitest';
import { PROFILES, profileSchema } from './profiles';

describe('profiles (guide §3.3)', () => {
  it('are Vast, Combi, Flex and Mobiel', () => {
    expect(PROFILES).toStrictEqual(['vast', 'combi', 'flex', 'mobiel']);
  });

  it.each(PROFILES)('accepts %s', (profile) => {
    expect(profileSchema.parse(profile)).toBe(profile);
  });

  it.each<unknown>(['Vast', 'MOBIEL', 'mobile', 'fixed', '', null])('refuses %j', (value) => {
    const result = profileSchema.safeParse(value);
    expect(result.success ? null : result.error.issues.map((issue) => issue.message)).toStrictEqual([
      'must be one of vast, combi, flex, mobiel',
    ]);
  });
});
