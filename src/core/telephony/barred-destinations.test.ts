import { describe, expect, it } from 'vitest';
import { barredDestinations, outsideNumbersOf } from './barred-destinations';
import { DEFAULT_CALL_RESTRICTIONS } from './call-classes';
import { DEFAULT_SETTINGS, type UserFeatureSettings } from './features';

const settings = (patch: (s: UserFeatureSettings) => void): UserFeatureSettings => {
  const s = structuredClone(DEFAULT_SETTINGS);
  patch(s);
  return s;
};
const options = { extensionLength: 3, ownNumbers: new Set(['+31207940001']) };
const noAbroad = { ...DEFAULT_CALL_RESTRICTIONS, international: false };

describe('barredDestinations', () => {
  const cases: [string, UserFeatureSettings, typeof DEFAULT_CALL_RESTRICTIONS, Record<string, unknown>][] = [
    ['nothing switched on', DEFAULT_SETTINGS, DEFAULT_CALL_RESTRICTIONS, {}],
    [
      'forwarding to a premium-rate number under the default',
      settings((s) => {
        s.forwarding.always = { enabled: true, destination: '+31909123456' };
      }),
      DEFAULT_CALL_RESTRICTIONS,
      {
        'forwarding.always.destination': {
          code: 'destination_barred',
          params: { class: 'premium', barredBy: 'premium' },
        },
      },
    ],
    [
      'the same forwarding switched off is no call',
      settings((s) => {
        s.forwarding.always = { enabled: false, destination: '+31909123456' };
      }),
      DEFAULT_CALL_RESTRICTIONS,
      {},
    ],
    [
      'a mobile and a fixed number are allowed by the default',
      settings((s) => {
        s.forwarding.busy = { enabled: true, destination: '+31612345678' };
        s.forwarding.unreachable = { enabled: true, destination: '+31301234567' };
      }),
      DEFAULT_CALL_RESTRICTIONS,
      {},
    ],
    [
      'abroad for a user barred from calling abroad, in simultaneous and sequential ring',
      settings((s) => {
        s.simultaneousRing = {
          enabled: true,
          numbers: ['+31612345678', '+4930123456'],
          notWhileOnCall: false,
        };
        s.sequentialRing = {
          enabled: true,
          destinations: ['201', '+3221234567'],
          secondsEach: 20,
        };
      }),
      noAbroad,
      {
        'simultaneousRing.numbers.1': {
          code: 'destination_barred',
          params: { class: 'international', barredBy: 'international' },
        },
        'sequentialRing.destinations.1': {
          code: 'destination_barred',
          params: { class: 'international', barredBy: 'international' },
        },
      },
    ],
    [
      "the enterprise's own number is an internal call even when national calls are barred",
      settings((s) => {
        s.forwarding.noAnswer = { enabled: true, destination: '+31207940001', afterSeconds: 20 };
        s.forwarding.busy = { enabled: true, destination: '+31207940002' };
      }),
      { ...DEFAULT_CALL_RESTRICTIONS, nationalFixed: false },
      {
        'forwarding.busy.destination': {
          code: 'destination_barred',
          params: { class: 'national_fixed', barredBy: 'nationalFixed' },
        },
      },
    ],
    [
      'voicemail and extensions never leave the enterprise',
      settings((s) => {
        s.forwarding.always = { enabled: true, destination: 'voicemail' };
        s.forwarding.busy = { enabled: true, destination: '202' };
      }),
      { ...DEFAULT_CALL_RESTRICTIONS, internal: false },
      {},
    ],
  ];
  it.each(cases)('%s', (_what, s, restrictions, expected) => {
    expect(barredDestinations(s, restrictions, options)).toEqual(expected);
  });
});

describe('outsideNumbersOf', () => {
  it('lists each outside number once, switched on or not', () => {
    const s = settings((x) => {
      x.forwarding.always = { enabled: false, destination: '+31612345678' };
      x.forwarding.busy = { enabled: true, destination: '201' };
      x.simultaneousRing.numbers = ['+31612345678', '+31301234567'];
    });
    expect(outsideNumbersOf(s)).toEqual(['+31612345678', '+31301234567']);
  });
});
