import { describe, expect, it } from 'vitest';
import { changesProfile, profileRequestProblem } from './profile-change';

const profileChange = { key: 'profile-change', asks: ['userId', 'profile'] };
const seededBefore = { key: 'profile-change', asks: ['userId'] };
const custom = { key: 'extra-profile', asks: ['userId', 'profile'] };
const hunt = { key: 'hunt-group-change', asks: [] };

describe('a profile change request', () => {
  it.each([
    [profileChange, true],
    [seededBefore, true],
    [custom, true],
    [hunt, false],
  ])('%o changes a profile: %s', (item, expected) => {
    expect(changesProfile(item)).toBe(expected);
  });

  it.each([
    [profileChange, 'flex', 'vast', null],
    [profileChange, 'vast', 'vast', 'profile_unchanged'],
    [profileChange, undefined, 'vast', 'catalogue_item_needs_profile'],
    [seededBefore, undefined, 'vast', 'catalogue_item_needs_profile'],
    [custom, 'combi', null, null],
    [hunt, undefined, null, null],
    [hunt, 'flex', 'vast', 'profile_not_asked'],
  ] as const)('%o asking %s of a user with %s: %s', (item, requested, current, expected) => {
    expect(profileRequestProblem(item, requested, current)).toBe(expected);
  });
});
