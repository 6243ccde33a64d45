import { randomUUID } from 'node:crypto';
import { fresh } from '../../testing/fresh';
import {
  G,
  type MatrixRows,
  OTHER_TENANT,
  READERS_OF_A,
  USER_WRITERS_OF_A,
} from '../../testing/route-matrix';

/** The accounts with a directory user (My phone). */
const WITH_A_USER = G('end_user', 'agent', 'supervisor', 'receptionist');

/**
 * A fresh queue on Amsterdam with the agent account's user as an agent and the supervisor
 * account's user as a supervisor (the board's two user roles).
 */
async function staffedQueue(
  w: Parameters<MatrixRows[string]['attempt']>[0],
  t: Parameters<MatrixRows[string]['attempt']>[1],
) {
  const db = t.database.db;
  const queue = await fresh.queue(db, w.enterprises.A.id, w.sites.ams.id, { wrapUpSeconds: 30 });
  await fresh.queueAgent(db, queue.id, w.users.uAms2.id, 'agent');
  await fresh.queueAgent(db, queue.id, w.users.uAms3.id, 'supervisor');
  return queue;
}

/** Call centre queues, their agents and supervisors, and agent states in the role × route matrix. */
export const QUEUE_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/queues': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/queues` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/queues': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/queues`,
      body: { siteId: w.sites.ams.id, name: `Support ${randomUUID()}`, distribution: 'circular' },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/queues/:queueId': {
    attempt: async (w, t) => ({
      url: `/api/queues/${(await fresh.queue(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/queues/:queueId': {
    attempt: async (w, t) => ({
      url: `/api/queues/${(await fresh.queue(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
      body: { maxQueueLength: 20, positionAnnouncements: true },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/queues/:queueId/state': {
    attempt: async (w, t) => {
      const db = t.database.db;
      const queue = await fresh.queue(db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/queues/${queue.id}/state?at=2026-12-01T19:30:00%2B01:00` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/queues/:queueId': {
    attempt: async (w, t) => ({
      url: `/api/queues/${(await fresh.queue(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/queues/:queueId/agents': {
    attempt: async (w, t) => ({ url: `/api/queues/${(await staffedQueue(w, t)).id}/agents` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/queues/:queueId/agents': {
    attempt: async (w, t) => {
      const db = t.database.db;
      const queue = await fresh.queue(db, w.enterprises.A.id, w.sites.ams.id);
      const user = await fresh.user(db, w.enterprises.A.id, w.sites.ams.id, 'flex');
      return { url: `/api/queues/${queue.id}/agents`, body: { userId: user.id, role: 'agent' } };
    },
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/queue-agents/:queueAgentId': {
    attempt: async (w, t) => {
      const db = t.database.db;
      const queue = await fresh.queue(db, w.enterprises.A.id, w.sites.ams.id);
      const user = await fresh.user(db, w.enterprises.A.id, w.sites.ams.id, 'flex');
      const link = await fresh.queueAgent(db, queue.id, user.id);
      return { url: `/api/queue-agents/${link.id}`, body: { weight: 80 } };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/queue-agents/:queueAgentId': {
    attempt: async (w, t) => {
      const db = t.database.db;
      const queue = await fresh.queue(db, w.enterprises.A.id, w.sites.ams.id);
      const user = await fresh.user(db, w.enterprises.A.id, w.sites.ams.id, 'flex');
      const link = await fresh.queueAgent(db, queue.id, user.id);
      return { url: `/api/queue-agents/${link.id}` };
    },
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  // The board: admins in scope, and the queue's own agent and supervisor (by their link, not a permission);
  // a user role not in the queue gets 404.
  'GET /api/queues/:queueId/agent-states': {
    attempt: async (w, t) => ({ url: `/api/queues/${(await staffedQueue(w, t)).id}/agent-states` }),
    expect: { ...READERS_OF_A(200), agent: 200, supervisor: 200, ...OTHER_TENANT(404), others: 404 },
  },
  // Supervisor-only: another agent's state from the board (the agent itself may change its own only,
  // queue-agents.test.ts); admins who write, the queue's supervisor; a user not in the queue: 404.
  'PUT /api/queues/:queueId/agent-states/:userId': {
    attempt: async (w, t) => {
      const queue = await staffedQueue(w, t);
      const colleague = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id, 'flex');
      await fresh.queueAgent(t.database.db, queue.id, colleague.id, 'agent');
      return {
        url: `/api/queues/${queue.id}/agent-states/${colleague.id}`,
        body: { state: 'unavailable', reason: 'break' },
      };
    },
    expect: {
      ...USER_WRITERS_OF_A(200),
      supervisor: 200,
      agent: 403,
      enterprise_admin_untrained: 403,
      provider_agent: 403,
      ...OTHER_TENANT(404),
      others: 404,
    },
  },
  'GET /api/me/agent-state': {
    attempt: () => ({ url: '/api/me/agent-state' }),
    expect: { ...WITH_A_USER(200), others: 404 },
  },
  // Self only: the agent's own user is an agent of a queue; the others are not agents (409) or have no user (404).
  'PUT /api/me/agent-state': {
    attempt: async (w, t) => {
      await staffedQueue(w, t);
      return { url: '/api/me/agent-state', body: { state: 'available' } };
    },
    expect: { agent: 200, supervisor: 409, end_user: 409, receptionist: 409, others: 404 },
  },
};
