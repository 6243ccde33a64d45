import { DEFAULT_QUEUE_MESSAGES, DEFAULT_TRANSFER } from '../../../core/telephony/call-settings';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A, WRITERS_OF_A } from '../../testing/route-matrix';

/** The call settings' routes in the role × route matrix (a site admin reads, does not write). */
export const CALL_SETTINGS_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/call-settings': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/call-settings` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/enterprises/:enterpriseId/call-settings': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/call-settings`,
      body: {
        presentation: { displayName: 'Matrix BV', mainNumber: null, sites: [] },
        transfer: DEFAULT_TRANSFER,
        queueMessages: DEFAULT_QUEUE_MESSAGES,
      },
    }),
    expect: { ...WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
