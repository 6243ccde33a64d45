import { describe, expect, it } from 'vitest';
import { issuesOf } from '../messages/zod-issues';
import {
  type CallingUser,
  callSettingsInputSchema,
  DEFAULT_QUEUE_MESSAGES,
  DEFAULT_TRANSFER,
  type PresentationSettings,
  type PresentedIdentity,
  positionTextProblem,
  presentedIdentity,
  queueMessagesSchema,
  spokenTextProblem,
  transferSchema,
} from './call-settings';

const AMS = 'a0000000-0000-4000-8000-000000000001';
const UTR = 'a0000000-0000-4000-8000-000000000002';
const ENT = '+31207940000';
const AMS_MAIN = '+31207940100';
const FIXED = '+31207940123';
const MOBILE = '+31612345678';

const settings: PresentationSettings = {
  displayName: 'Voorbeeld BV',
  mainNumber: ENT,
  sites: [
    { siteId: AMS, mainNumber: AMS_MAIN, displayName: 'Voorbeeld Amsterdam' },
    { siteId: UTR, mainNumber: null, displayName: 'Voorbeeld Utrecht' },
  ],
};
const noMain: PresentationSettings = { displayName: 'Leeg BV', mainNumber: null, sites: [] };

const user = (over: Partial<CallingUser>): CallingUser => ({
  name: 'Anna de Vries',
  profile: 'vast',
  siteId: AMS,
  callerId: 'own_number',
  fixedNumber: FIXED,
  mobileNumber: null,
  ...over,
});

const id = (number: string | null, name: string, numberSource: string) => ({ number, name, numberSource });
const shown = (identity: ReturnType<typeof id>): PresentedIdentity =>
  ({ presented: identity, withheld: false, network: identity }) as PresentedIdentity;
const hidden = (identity: ReturnType<typeof id>): PresentedIdentity =>
  ({ presented: null, withheld: true, network: identity }) as PresentedIdentity;

describe('presentedIdentity: which number and name leave with an outgoing call', () => {
  it.each<[string, CallingUser, PresentationSettings, PresentedIdentity]>([
    [
      'own number: the fixed number and the user’s name',
      user({}),
      settings,
      shown(id(FIXED, 'Anna de Vries', 'user')),
    ],
    [
      'own number of a Mobiel user: its mobile',
      user({ profile: 'mobiel', fixedNumber: null, mobileNumber: MOBILE }),
      settings,
      shown(id(MOBILE, 'Anna de Vries', 'user')),
    ],
    [
      'own number of a Combi user: the fixed one, not the mobile',
      user({ profile: 'combi', mobileNumber: MOBILE }),
      settings,
      shown(id(FIXED, 'Anna de Vries', 'user')),
    ],
    [
      'own number of a Combi user without a fixed one: the site’s main number (a mobile is no fixed number)',
      user({ profile: 'combi', fixedNumber: null, mobileNumber: MOBILE }),
      settings,
      shown(id(AMS_MAIN, 'Anna de Vries', 'site')),
    ],
    [
      'own number, none of its own: the site’s main number',
      user({ fixedNumber: null }),
      settings,
      shown(id(AMS_MAIN, 'Anna de Vries', 'site')),
    ],
    [
      'own number, none of its own, a site without a main number: the enterprise’s',
      user({ fixedNumber: null, siteId: UTR }),
      settings,
      shown(id(ENT, 'Anna de Vries', 'enterprise')),
    ],
    [
      'own number, no site: the enterprise’s',
      user({ fixedNumber: null, siteId: null }),
      settings,
      shown(id(ENT, 'Anna de Vries', 'enterprise')),
    ],
    [
      'own number, nothing anywhere: no number',
      user({ fixedNumber: null }),
      noMain,
      shown(id(null, 'Anna de Vries', 'none')),
    ],
    [
      'main number: the site’s, with the site’s name',
      user({ callerId: 'main_number' }),
      settings,
      shown(id(AMS_MAIN, 'Voorbeeld Amsterdam', 'site')),
    ],
    [
      'main number, the site has a name but no number: the enterprise’s number, the site’s name',
      user({ callerId: 'main_number', siteId: UTR }),
      settings,
      shown(id(ENT, 'Voorbeeld Utrecht', 'enterprise')),
    ],
    [
      'main number, a site without override: the enterprise’s number and name',
      user({ callerId: 'main_number', siteId: 'a0000000-0000-4000-8000-000000000009' }),
      settings,
      shown(id(ENT, 'Voorbeeld BV', 'enterprise')),
    ],
    [
      'main number, none anywhere: no number, the enterprise’s name',
      user({ callerId: 'main_number' }),
      noMain,
      shown(id(null, 'Leeg BV', 'none')),
    ],
    [
      'anonymous: withheld, the network still gets the own number (for 112)',
      user({ callerId: 'anonymous' }),
      settings,
      hidden(id(FIXED, 'Anna de Vries', 'user')),
    ],
    [
      'anonymous without a number of its own: withheld, the network gets the site’s',
      user({ callerId: 'anonymous', fixedNumber: null }),
      settings,
      hidden(id(AMS_MAIN, 'Anna de Vries', 'site')),
    ],
  ])('%s', (_, calling, s, expected) => {
    expect(presentedIdentity(calling, s)).toEqual(expected);
  });
});

describe('spoken texts', () => {
  it.each<[string, string | null]>([
    ['Welkom bij Voorbeeld BV.', null],
    ['Één moment — u wordt geholpen 😀', null],
    ['a\u0000b', 'nul_character'],
    ['a\ud800b', 'lone_surrogate'],
    ['regel\nregel', 'control_character'],
    ['tab\there', 'control_character'],
    ['del\u007f', 'control_character'],
    ['c1\u0085', 'control_character'],
  ])('%j → %j', (text, problem) => {
    expect(spokenTextProblem(text)).toBe(problem);
  });

  it.each<[string, string | null]>([
    ['U bent nummer {position} in de wachtrij.', null],
    ['{position}', null],
    ['U bent de volgende.', 'position_placeholder'],
    ['{position} en nog eens {position}', 'position_placeholder'],
    ['U bent nummer {positie}.', 'position_placeholder'],
    ['{position}, wachttijd {wait}', 'position_placeholder'],
  ])('position announcement %j → %j', (text, problem) => {
    expect(positionTextProblem(text)).toBe(problem);
  });
});

describe('the input schemas', () => {
  const valid = {
    presentation: {
      displayName: 'Voorbeeld BV',
      mainNumber: '020 794 0000',
      sites: [{ siteId: AMS, mainNumber: '+31 (0)20 794 0100', displayName: null }],
    },
    transfer: DEFAULT_TRANSFER,
    queueMessages: DEFAULT_QUEUE_MESSAGES,
  };

  it('read main numbers in any notation and store E.164', () => {
    const parsed = callSettingsInputSchema.parse(valid);
    expect(parsed.presentation.mainNumber).toBe(ENT);
    expect(parsed.presentation.sites[0]?.mainNumber).toBe(AMS_MAIN);
  });

  it('take the Dutch defaults as valid input', () => {
    expect(queueMessagesSchema.safeParse(DEFAULT_QUEUE_MESSAGES).success).toBe(true);
    expect(transferSchema.safeParse(DEFAULT_TRANSFER).success).toBe(true);
  });

  it.each<[string, unknown, [string, string][]]>([
    [
      'no display name',
      { ...valid.presentation, displayName: '  ' },
      [['presentation.displayName', 'required']],
    ],
    [
      'a display name too long',
      { ...valid.presentation, displayName: 'x'.repeat(41) },
      [['presentation.displayName', 'too_long']],
    ],
    [
      'a display name with a line break',
      { ...valid.presentation, displayName: 'Voorbeeld\nBV' },
      [['presentation.displayName', 'control_character']],
    ],
    [
      'a main number that is none',
      { ...valid.presentation, mainNumber: '12ab' },
      [['presentation.mainNumber', 'phone_number']],
    ],
    [
      'a foreign main number',
      { ...valid.presentation, mainNumber: '+32 2 123 45 67' },
      [['presentation.mainNumber', 'phone_number']],
    ],
    [
      'an empty site override',
      { ...valid.presentation, sites: [{ siteId: AMS, mainNumber: null, displayName: null }] },
      [['presentation.sites.0.mainNumber', 'site_override_empty']],
    ],
    [
      'a site twice',
      {
        ...valid.presentation,
        sites: [
          { siteId: AMS, mainNumber: null, displayName: 'A' },
          { siteId: AMS, mainNumber: null, displayName: 'B' },
        ],
      },
      [['presentation.sites.1.siteId', 'site_twice']],
    ],
    [
      'a site that is no id',
      { ...valid.presentation, sites: [{ siteId: 'ams', mainNumber: null, displayName: 'A' }] },
      [['presentation.sites.0.siteId', 'uuid']],
    ],
  ])('refuse %s', (_, presentation, expected) => {
    const issues = issuesOf(callSettingsInputSchema, { ...valid, presentation }) ?? [];
    expect(issues.map((i) => [i.path, i.code])).toEqual(expected);
  });

  it.each<[number, string | null]>([
    [0, null],
    [10, null],
    [300, null],
    [5, 'recall_seconds'],
    [9, 'recall_seconds'],
    [301, 'recall_seconds'],
    [-1, 'recall_seconds'],
    [30.5, 'not_an_integer'],
  ])('recall after %j seconds → %j', (recallSeconds, code) => {
    const issues = issuesOf(transferSchema, { ...DEFAULT_TRANSFER, recallSeconds });
    expect(issues?.map((i) => i.code) ?? null).toEqual(code === null ? null : [code]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty welcome', { welcome: '' }, 'welcome'],
    ['a comfort text too long', { comfort: 'x'.repeat(501) }, 'comfort'],
    ['a position text without {position}', { position: 'Even geduld.' }, 'position'],
    ['a closed text with a control character', { closed: 'Gesloten\u0007' }, 'closed'],
    ['an unknown message', { goodbye: 'Dag' }, 'goodbye'],
  ])('refuse %s', (_, change, path) => {
    const issues = issuesOf(queueMessagesSchema, { ...DEFAULT_QUEUE_MESSAGES, ...change }) ?? [];
    expect(issues.map((i) => i.path)).toEqual([path]);
  });
});
