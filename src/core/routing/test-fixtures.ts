import { DEFAULT_CALL_RESTRICTIONS } from '../telephony/call-classes';
import { DEFAULT_SETTINGS, type UserFeatureSettings } from '../telephony/features';
import { DEFAULT_QUEUE_SETTINGS } from '../telephony/queues';
import type { Snapshot } from './types';

/** Test fixtures of the routing engine: a small enterprise "Bakkerij De Vries" and helpers to change it. */

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
export type Draft = Mutable<Snapshot>;

export const AMS = 'Europe/Amsterdam';
export const ID = {
  anna: 'u-anna',
  bob: 'u-bob',
  carla: 'u-carla',
  dirk: 'u-dirk',
  eva: 'u-eva',
  sales: 'hg-sales',
  support: 'q-support',
  receptie: 'aa-receptie',
  main: 'r-main',
  kantoor: 's-kantoor',
  pickup: 'pg-1',
} as const;

export const NUM = {
  main: '+31207940000',
  anna: '+31207940001',
  sales: '+31207940002',
  support: '+31207940003',
  receptie: '+31207940004',
  free: '+31207940009',
  mobile: '+31612345678',
  premium: '+319001234567',
} as const;

const USERS = [
  ['anna', 'Anna de Vries', '201'],
  ['bob', 'Bob Jansen', '202'],
  ['carla', 'Carla Bakker', '203'],
  ['dirk', 'Dirk Visser', '204'],
  ['eva', 'Eva Smit', '205'],
] as const;

export function features(patch: Partial<UserFeatureSettings> = {}): Draft['userFeatures'][number] {
  return {
    userId: '',
    dnd: patch.dnd ?? DEFAULT_SETTINGS.dnd,
    forwarding: patch.forwarding ?? structuredClone(DEFAULT_SETTINGS.forwarding),
    voicemail: patch.voicemail ?? { ...DEFAULT_SETTINGS.voicemail },
    simultaneousRing: patch.simultaneousRing ?? structuredClone(DEFAULT_SETTINGS.simultaneousRing),
    sequentialRing: patch.sequentialRing ?? structuredClone(DEFAULT_SETTINGS.sequentialRing),
  };
}

/** The enterprise: five users with a desk phone each, a hunt group, a queue, an attendant and a main number. */
export function baseSnapshot(): Draft {
  return {
    enterpriseId: 'e-1',
    extensionLength: 3,
    defaultRestrictions: { ...DEFAULT_CALL_RESTRICTIONS },
    queueMessages: null,
    numbers: [
      {
        number: NUM.main,
        state: 'assigned',
        assigneeType: 'incoming_route',
        assigneeId: ID.main,
        assigneeRole: 'main',
      },
      {
        number: NUM.anna,
        state: 'assigned',
        assigneeType: 'user',
        assigneeId: ID.anna,
        assigneeRole: 'fixed',
      },
      {
        number: NUM.sales,
        state: 'assigned',
        assigneeType: 'hunt_group',
        assigneeId: ID.sales,
        assigneeRole: 'main',
      },
      {
        number: NUM.support,
        state: 'assigned',
        assigneeType: 'queue',
        assigneeId: ID.support,
        assigneeRole: 'main',
      },
      {
        number: NUM.receptie,
        state: 'assigned',
        assigneeType: 'auto_attendant',
        assigneeId: ID.receptie,
        assigneeRole: 'main',
      },
      { number: NUM.free, state: 'free', assigneeType: null, assigneeId: null, assigneeRole: null },
    ],
    extensions: [
      ...USERS.map(([key, , ext]) => ({
        extension: ext,
        assigneeType: 'user' as const,
        assigneeId: ID[key],
      })),
      { extension: '300', assigneeType: 'hunt_group', assigneeId: ID.sales },
      { extension: '400', assigneeType: 'queue', assigneeId: ID.support },
      { extension: '500', assigneeType: 'auto_attendant', assigneeId: ID.receptie },
    ],
    users: USERS.map(([key, name]) => ({ id: ID[key], name, profile: 'vast' as const, siteId: 'site-1' })),
    userFeatures: [],
    userRestrictions: [],
    devices: USERS.map(([key]) => ({
      id: `d-${key}`,
      userId: ID[key],
      lines: [{ line: 1, userId: null, sipUsername: `sip-${key}` }],
    })),
    huntGroups: [
      {
        id: ID.sales,
        name: 'Verkoop',
        siteId: 'site-1',
        distribution: 'regular',
        huntAfterSeconds: 15,
        timeoutSeconds: null,
        timeoutDestination: null,
        busyAction: 'busy_tone',
        busyDestination: null,
        unreachableAction: 'busy_tone',
        unreachableDestination: null,
        callWaiting: false,
        ringPattern: 'long_long',
      },
    ],
    huntGroupMembers: (['anna', 'bob', 'carla'] as const).map((key, i) => ({
      id: `m-${key}`,
      huntGroupId: ID.sales,
      position: i + 1,
      userId: ID[key],
      externalNumber: null,
      weight: 1,
      loggedIn: true,
    })),
    pickupGroups: [{ id: ID.pickup, name: 'Balie', siteId: 'site-1' }],
    pickupGroupMembers: [
      { userId: ID.anna, pickupGroupId: ID.pickup },
      { userId: ID.bob, pickupGroupId: ID.pickup },
    ],
    schedules: [
      {
        id: ID.kantoor,
        name: 'Kantoortijden',
        timeZone: AMS,
        weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '08:30', end: '17:30' })),
        publicHolidaysClosed: true,
        closures: [
          { id: 'c-bedrijfsdag', name: 'Bedrijfsuitje', startDate: '2026-06-12', endDate: '2026-06-12' },
        ],
        openings: [],
        recurringClosures: [],
      },
    ],
    autoAttendants: [
      {
        id: ID.receptie,
        name: 'Receptie',
        siteId: 'site-1',
        scheduleId: ID.kantoor,
        operator: { type: 'user', id: ID.anna },
        menus: {
          businessHours: {
            menus: [
              {
                id: 'root',
                name: 'Hoofdmenu',
                greeting: { kind: 'text', text: 'Welkom bij Bakkerij De Vries.' },
                timeoutSeconds: 5,
                maxRepeats: 1,
                keys: {
                  '1': { kind: 'transfer', target: { type: 'hunt_group', id: ID.sales }, announce: false },
                  '2': { kind: 'transfer', target: { type: 'queue', id: ID.support }, announce: false },
                  '3': { kind: 'submenu', menuId: 'info' },
                  '0': { kind: 'transfer', target: { type: 'operator' }, announce: false },
                  '9': {
                    kind: 'transfer',
                    target: { type: 'number', number: '06 12345678' },
                    announce: true,
                  },
                },
                timeoutAction: { kind: 'transfer', target: { type: 'operator' }, announce: false },
                invalidAction: { kind: 'voicemail', userId: ID.anna },
              },
              {
                id: 'info',
                name: 'Informatie',
                greeting: { kind: 'text', text: 'Kies 1 voor onze openingstijden, sterretje voor terug.' },
                timeoutSeconds: 5,
                maxRepeats: 0,
                keys: {
                  '1': {
                    kind: 'announcement',
                    greeting: { kind: 'text', text: 'Wij zijn open van 8.30 tot 17.30.' },
                  },
                  '*': { kind: 'back' },
                },
                timeoutAction: { kind: 'back' },
                invalidAction: { kind: 'repeat' },
              },
            ],
          },
          afterHours: {
            menus: [
              {
                id: 'night',
                name: 'Nacht',
                greeting: { kind: 'text', text: 'Wij zijn gesloten.' },
                timeoutSeconds: 5,
                maxRepeats: 0,
                keys: { '1': { kind: 'voicemail', userId: ID.anna } },
                timeoutAction: { kind: 'voicemail', userId: ID.anna },
                invalidAction: { kind: 'voicemail', userId: ID.anna },
              },
            ],
          },
          holiday: null,
        },
      },
    ],
    queues: [
      {
        ...DEFAULT_QUEUE_SETTINGS,
        id: ID.support,
        name: 'Klantenservice',
        siteId: 'site-1',
        distribution: 'regular',
        maxQueueLength: 5,
        maxWaitSeconds: 300,
        overflowAction: 'transfer',
        overflowAfterSeconds: 120,
        overflowDestination: '201',
        bouncedAfterRings: 4,
        positionAnnouncements: true,
      },
    ],
    queueAgents: [
      { queueId: ID.support, userId: ID.dirk, role: 'agent', weight: 50 },
      { queueId: ID.support, userId: ID.eva, role: 'agent', weight: 50 },
      { queueId: ID.support, userId: ID.anna, role: 'supervisor', weight: 50 },
    ],
    incomingRoutes: [
      {
        id: ID.main,
        name: 'Hoofdnummer',
        scheduleId: ID.kantoor,
        destinations: {
          open: { type: 'auto_attendant', id: ID.receptie, menus: null },
          closed: { type: 'voicemail', userId: ID.anna },
          holiday: null,
          closures: {},
        },
      },
    ],
  };
}

/** Sets a user's features (the rest default). */
export function setFeatures(s: Draft, userId: string, patch: Partial<UserFeatureSettings>): Draft {
  s.userFeatures = [...s.userFeatures.filter((f) => f.userId !== userId), { ...features(patch), userId }];
  return s;
}

export const forwarding = (
  patch: Partial<{
    always: string;
    busy: string;
    noAnswer: string;
    noAnswerAfter: number;
    unreachable: string;
  }>,
): UserFeatureSettings['forwarding'] => ({
  always: { enabled: patch.always !== undefined, destination: patch.always ?? '' },
  busy: { enabled: patch.busy !== undefined, destination: patch.busy ?? '' },
  noAnswer: {
    enabled: patch.noAnswer !== undefined,
    destination: patch.noAnswer ?? '',
    afterSeconds: patch.noAnswerAfter ?? 20,
  },
  unreachable: { enabled: patch.unreachable !== undefined, destination: patch.unreachable ?? '' },
});

export const VOICEMAIL_ON: UserFeatureSettings['voicemail'] = {
  enabled: true,
  copyToEmail: false,
  greeting: 'standard',
};

/** Times in Amsterdam (2026): an ordinary Tuesday, its evening, Tweede Paasdag, Koningsdag, the company day. */
export const AT = {
  tuesday: '2026-04-07T10:00:00+02:00',
  tuesdayEvening: '2026-04-07T20:00:00+02:00',
  tweedePaasdag: '2026-04-06T10:00:00+02:00',
  koningsdag: '2026-04-27T11:00:00+02:00',
  bedrijfsuitje: '2026-06-12T10:00:00+02:00',
  saturday: '2026-04-11T11:00:00+02:00',
} as const;
