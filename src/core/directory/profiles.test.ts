import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import { PROFILES, profileSchema } from './profiles';

describe('profiles (guide §3.3)', () => {
  it('are Vast, Combi, Flex and Mobiel', () => {
    expect(PROFILES).toStrictEqual(['vast', 'combi', 'flex', 'mobiel']);
  });

  it.each(PROFILES)('accepts %s', (profile) => {
    expect(profileSchema.parse(profile)).toBe(profile);
  });

  it.each<unknown>(['Vast', 'MOBIEL', 'mobile', 'fixed', '', null])('refuses %j', (value) => {
    expect(issuesOf(profileSchema, value)?.map((issue) => issue.message) ?? null).toStrictEqual([
      'must be one of vast, combi, flex, mobiel',
    ]);
  });
});
