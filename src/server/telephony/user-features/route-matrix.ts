import { fresh } from '../../testing/fresh';
import {
  G,
  type MatrixRows,
  OTHER_TENANT,
  READERS_OF_A,
  USER_WRITERS_OF_A,
} from '../../testing/route-matrix';

const OWN_PHONE = G('end_user', 'agent', 'supervisor', 'receptionist');

const features = {
  language: 'nl',
  dnd: true,
  forwarding: {
    always: { enabled: false, destination: '' },
    busy: { enabled: true, destination: '020 794 0000' },
    noAnswer: { enabled: false, destination: '', afterSeconds: 20 },
    unreachable: { enabled: false, destination: '' },
  },
  voicemail: { enabled: true, pin: '4826', copyToEmail: false, greeting: 'standard' },
  callerId: 'own_number',
  simultaneousRing: { enabled: false, numbers: [], notWhileOnCall: false },
  sequentialRing: { enabled: false, destinations: [], secondsEach: 20 },
  blf: [],
};

/** The profiles' matrix, users' features and "My phone" in the role × route matrix. */
export const FEATURE_ROUTES: MatrixRows = {
  'GET /api/profiles': {
    attempt: () => ({ url: '/api/profiles' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
  'PUT /api/profiles/:profile/features': {
    // Flex keeps everything it has by default: a write that changes nothing of the others' rows.
    attempt: () => ({
      url: '/api/profiles/flex/features',
      body: {
        features: [
          'do_not_disturb',
          'forward_always',
          'forward_busy',
          'forward_no_answer',
          'forward_unreachable',
          'voicemail',
          'simultaneous_ring',
          'sequential_ring',
          'busy_lamp_field',
          'call_pickup',
          'hunt_group',
          'desktop_client',
          'mobile_client',
          'call_center_agent',
          'call_center_supervisor',
          'receptionist',
        ],
      },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'GET /api/users/:userId/features': {
    attempt: (w) => ({ url: `/api/users/${w.users.uAms.id}/features` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/users/:userId/features': {
    attempt: async (w, t) => {
      const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/users/${user.id}/features`, body: features };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/me/phone': {
    attempt: () => ({ url: '/api/me/phone' }),
    expect: { ...OWN_PHONE(200), others: 404 },
  },
  'PUT /api/me/phone': {
    attempt: () => ({
      url: '/api/me/phone',
      body: {
        dnd: false,
        forwarding: features.forwarding,
        voicemail: { greeting: 'personal' },
        simultaneousRing: features.simultaneousRing,
      },
    }),
    expect: { ...OWN_PHONE(200), others: 404 },
  },
};
