import { randomUUID } from 'node:crypto';
import { wavFile } from '../../../core/telephony/audio-test-files';
import { simpleMenus } from '../../testing/factories/telephony-attendants';
import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A, USER_WRITERS_OF_A } from '../../testing/route-matrix';

/** The auto attendants', their targets' and the audio files' routes in the role × route matrix. */
export const ATTENDANT_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/auto-attendants': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/auto-attendants` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/auto-attendants': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/auto-attendants`,
      body: { siteId: w.sites.ams.id, name: `Matrix ${randomUUID()}`, menus: simpleMenus() },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/auto-attendants/:attendantId': {
    attempt: async (w, t) => ({
      url: `/api/auto-attendants/${(await fresh.attendant(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/auto-attendants/:attendantId': {
    attempt: async (w, t) => ({
      url: `/api/auto-attendants/${(await fresh.attendant(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
      body: { name: `Matrix ${randomUUID()}` },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/auto-attendants/:attendantId': {
    attempt: async (w, t) => ({
      url: `/api/auto-attendants/${(await fresh.attendant(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/targets': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/targets?type=user` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/audio': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/audio?name=Matrix&siteId=${w.sites.ams.id}`,
      body: Buffer.from(wavFile({ ms: 100 })),
      contentType: 'audio/wav',
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/audio': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/audio` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/audio/:audioId': {
    attempt: async (w, t) => ({
      url: `/api/audio/${(await fresh.audio(t.database.db, w.enterprises.A.id, null)).id}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/audio/:audioId/content': {
    attempt: async (w, t) => ({
      url: `/api/audio/${(await fresh.audio(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}/content`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/audio/:audioId': {
    attempt: async (w, t) => ({
      url: `/api/audio/${(await fresh.audio(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
};
