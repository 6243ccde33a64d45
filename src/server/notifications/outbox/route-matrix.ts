import { fresh } from '../../testing/fresh';
import type { MatrixRows } from '../../testing/route-matrix';

/** The outbox is the provider's: its agents read it, its admins send a failed message again. */
const PROVIDER_READERS = { provider_admin: 200, provider_agent: 200 };

export const OUTBOX_ROUTES: MatrixRows = {
  'GET /api/outbox': {
    attempt: () => ({ url: '/api/outbox' }),
    expect: { ...PROVIDER_READERS, others: 403 },
  },
  'GET /api/outbox/status': {
    attempt: () => ({ url: '/api/outbox/status' }),
    expect: { ...PROVIDER_READERS, others: 403 },
  },
  'GET /api/outbox/:messageId': {
    attempt: async (_w, t) => ({ url: `/api/outbox/${(await fresh.outboxMessage(t.database.db)).id}` }),
    expect: { ...PROVIDER_READERS, others: 403 },
  },
  'POST /api/outbox/:messageId/retry': {
    attempt: async (_w, t) => ({ url: `/api/outbox/${(await fresh.outboxMessage(t.database.db)).id}/retry` }),
    expect: { provider_admin: 200, others: 403 },
  },
};
