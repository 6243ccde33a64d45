import { randomUUID } from 'node:crypto';
import { serviceDesks } from '../../db/schema';
import type { TestApp } from '../../testing/harness';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** Whoever reports tickets reads the contact matrix; end users and the call-centre roles do not (guide appendix 2). */
const DESK_READERS = { ...READERS_OF_A(200), ...OTHER_TENANT(200) };

async function freshDesk(t: TestApp): Promise<string> {
  const id = randomUUID();
  const now = t.clock.now();
  await t.database.db.insert(serviceDesks).values({
    id,
    nameNl: 'Matrixdesk',
    nameEn: 'Matrix desk',
    handles: ['billing'],
    hours: 'always',
    position: 9000,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export const DESK_ROUTES: MatrixRows = {
  'GET /api/desks': { attempt: () => ({ url: '/api/desks' }), expect: { ...DESK_READERS, others: 403 } },
  'POST /api/desks': {
    attempt: () => ({
      url: '/api/desks',
      body: { name: { nl: 'Nieuw', en: 'New' }, handles: ['billing'], hours: 'office' },
    }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/desks/:deskId': {
    attempt: async (_w, t) => ({ url: `/api/desks/${await freshDesk(t)}` }),
    expect: { ...DESK_READERS, others: 403 },
  },
  'PATCH /api/desks/:deskId': {
    attempt: async (_w, t) => ({ url: `/api/desks/${await freshDesk(t)}`, body: { position: 9001 } }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/desks/:deskId': {
    attempt: async (_w, t) => ({ url: `/api/desks/${await freshDesk(t)}` }),
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/contact': { attempt: () => ({ url: '/api/contact' }), expect: { ...DESK_READERS, others: 403 } },
};
