import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX, FEATURES, type Feature, matrixOf } from './feature-matrix';
import {
  checkUserFeatures,
  DEFAULT_SETTINGS,
  type FeatureContext,
  featuresInUse,
  parseDestination,
  pinProblem,
  type UserFeaturesInput,
  userFeaturesInputSchema,
} from './features';

const context = (over: Partial<FeatureContext> = {}): FeatureContext => ({
  profile: 'combi',
  included: FEATURES,
  extensionLength: 3,
  userId: 'u1',
  ownExtension: '201',
  ownFixed: '+31207940001',
  ownMobile: '+31612345678',
  knownExtensions: new Set(['202', '201']),
  enterpriseUsers: new Set(['u2', 'u3']),
  maxBlf: 2,
  ...over,
});

const input = (over: Partial<UserFeaturesInput> = {}): UserFeaturesInput => ({
  ...structuredClone(DEFAULT_SETTINGS),
  voicemail: { ...DEFAULT_SETTINGS.voicemail, enabled: true },
  blf: [],
  ...over,
});

const forwardTo = (destination: string, kind: 'always' | 'busy' | 'noAnswer' = 'always') => {
  const i = input();
  i.forwarding[kind] = { enabled: true, destination };
  return i;
};

const fieldsOf = (i: UserFeaturesInput, c = context()) => {
  const r = checkUserFeatures(i, c);
  return r.ok
    ? {}
    : Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, typeof v === 'string' ? v : v.code]));
};

describe('destinations', () => {
  it.each([
    ['voicemail', 3, { ok: { kind: 'voicemail' } }],
    ['VoiceMail', 3, { ok: { kind: 'voicemail' } }],
    ['202', 3, { ok: { kind: 'extension', extension: '202' } }],
    ['2021', 3, { problem: 'extension_length' }],
    ['112', 3, { problem: 'extension_reserved' }],
    ['020-794 0000', 3, { ok: { kind: 'number', e164: '+31207940000' } }],
    ['0031 20 794 0000', 3, { ok: { kind: 'number', e164: '+31207940000' } }],
    ['+32 2 555 12 12', 3, { ok: { kind: 'number', e164: '+3225551212' } }],
    ['06 1234 5678', 3, { ok: { kind: 'number', e164: '+31612345678' } }],
    ['bel me', 3, { problem: 'destination_format' }],
    ['0201', 3, { problem: 'destination_format' }],
  ] as const)('%s with extensions of %i digits', (text, length, expected) => {
    expect(parseDestination(text, length)).toEqual(expected);
  });
});

describe('voicemail PIN', () => {
  it.each([
    ['4826', null, null],
    ['48261937', null, null],
    ['123', null, 'pin_format'],
    ['123456789', null, 'pin_format'],
    ['12a4', null, 'pin_format'],
    ['1111', null, 'pin_repeated'],
    ['1234', null, 'pin_sequential'],
    ['9876', null, 'pin_sequential'],
    ['8901', null, 'pin_sequential'],
    ['2010', '2010', 'pin_extension'],
    ['2010', '201', null],
  ] as const)('%s (extension %s): %s', (pin, extension, expected) => {
    expect(pinProblem(pin, extension)).toBe(expected);
  });
});

describe('the default matrix', () => {
  it.each([
    ['vast', 'simultaneous_ring', false],
    ['vast', 'busy_lamp_field', true],
    ['combi', 'simultaneous_ring', true],
    ['flex', 'mobile_client', true],
    ['mobiel', 'busy_lamp_field', false],
    ['mobiel', 'desktop_client', false],
    ['mobiel', 'forward_busy', true],
    ['mobiel', 'voicemail', true],
  ] as const)('%s includes %s: %s', (profile, feature, included) => {
    expect(DEFAULT_MATRIX[profile].includes(feature)).toBe(included);
  });

  it('is what is not stored', () => {
    const m = matrixOf([
      { profile: 'vast', feature: 'simultaneous_ring', included: true },
      { profile: 'combi', feature: 'voicemail', included: false },
    ]);
    expect(m.vast).toContain('simultaneous_ring');
    expect(m.combi).not.toContain('voicemail');
    expect(m.flex).toEqual([...FEATURES]);
  });
});

describe('a user’s features', () => {
  it.each([
    ['an extension', forwardTo('202'), {}],
    ['a number in any notation', forwardTo('0031 20 794 0099'), {}],
    ['voicemail', forwardTo('voicemail', 'noAnswer'), {}],
    ['its own extension', forwardTo('201'), { 'forwarding.always.destination': 'forward_to_self' }],
    ['its own number', forwardTo('020 794 0001'), { 'forwarding.always.destination': 'forward_to_self' }],
    [
      'its own mobile',
      forwardTo('06 12345678', 'busy'),
      { 'forwarding.busy.destination': 'forward_to_self' },
    ],
    ['an unknown extension', forwardTo('299'), { 'forwarding.always.destination': 'extension_unknown' }],
    ['a short extension', forwardTo('29'), { 'forwarding.always.destination': 'extension_length' }],
    ['nonsense', forwardTo('hello'), { 'forwarding.always.destination': 'destination_format' }],
    ['nothing', forwardTo(''), { 'forwarding.always.destination': 'required' }],
  ])('forward to %s', (_name, i, expected) => {
    expect(fieldsOf(i)).toEqual(expected);
  });

  it('refuses voicemail as destination while voicemail is off', () => {
    const i = forwardTo('voicemail');
    i.voicemail.enabled = false;
    expect(fieldsOf(i)).toEqual({ 'forwarding.always.destination': 'voicemail_off' });
  });

  it('refuses what the profile does not include, naming the profile, and accepts it switched off', () => {
    const i = input({ simultaneousRing: { enabled: true, numbers: ['0612345678'], notWhileOnCall: false } });
    const r = checkUserFeatures(i, context({ profile: 'vast', included: DEFAULT_MATRIX.vast }));
    expect(r.ok ? null : r.fields['simultaneousRing.enabled']).toEqual({
      code: 'feature_not_in_profile',
      params: { profile: 'Vast', feature: 'simultaneous_ring' },
    });
    expect(checkUserFeatures(input(), context({ profile: 'vast', included: DEFAULT_MATRIX.vast })).ok).toBe(
      true,
    );
  });

  it('rings the own mobile along, not the own desk number, each once', () => {
    const ring = (numbers: string[]) =>
      fieldsOf(input({ simultaneousRing: { enabled: true, numbers, notWhileOnCall: true } }));
    expect(ring(['06 1234 5678'])).toEqual({});
    expect(ring(['020 794 0001'])).toEqual({ 'simultaneousRing.numbers.0': 'forward_to_self' });
    expect(ring(['0612345678', '+31612345678'])).toEqual({ 'simultaneousRing.numbers.1': 'duplicate_entry' });
    expect(ring(['202'])).toEqual({ 'simultaneousRing.numbers.0': 'destination_number_only' });
    expect(ring([])).toEqual({ 'simultaneousRing.numbers': 'required' });
  });

  it.each([
    [['u2', 'u3'], {}],
    [['u1'], { 'blf.0': 'blf_self' }],
    [['u2', 'u2'], { 'blf.1': 'duplicate_entry' }],
    [['u9'], { 'blf.0': 'blf_unknown_user' }],
    [['u2', 'u3', 'u4'], { blf: 'blf_too_many', 'blf.2': 'blf_unknown_user' }],
  ])('checks the BLF list %j', (blf, expected) => {
    expect(fieldsOf(input({ blf }))).toEqual(expected);
  });

  it('normalises destinations and keeps the seconds', () => {
    const i = forwardTo('020-794 0099', 'noAnswer');
    i.forwarding.noAnswer.afterSeconds = 30;
    const r = checkUserFeatures(i, context());
    expect(r.ok && r.settings.forwarding.noAnswer).toEqual({
      enabled: true,
      destination: '+31207940099',
      afterSeconds: 30,
    });
  });

  it('bounds the seconds and refuses unknown fields at the edge', () => {
    const i = forwardTo('202', 'noAnswer');
    expect(
      userFeaturesInputSchema.safeParse({
        ...i,
        forwarding: { ...i.forwarding, noAnswer: { ...i.forwarding.noAnswer, afterSeconds: 4 } },
      }).success,
    ).toBe(false);
    expect(
      userFeaturesInputSchema.safeParse({
        ...i,
        forwarding: { ...i.forwarding, busy: { enabled: false, destination: '', afterSeconds: 20 } },
      }).success,
    ).toBe(false);
    expect(userFeaturesInputSchema.safeParse(i).success).toBe(true);
  });

  it('says which features are in use', () => {
    const i = forwardTo('202');
    i.dnd = true;
    const r = checkUserFeatures(i, context());
    const used: Feature[] = r.ok ? featuresInUse(r.settings, 1) : [];
    expect(used).toEqual(['do_not_disturb', 'forward_always', 'voicemail', 'busy_lamp_field']);
  });
});
