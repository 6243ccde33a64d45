import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A, USER_WRITERS_OF_A } from '../../testing/route-matrix';
import { insertSchedule } from './repository';

/** A schedule of Amsterdam (a site admin's own site), stored directly. */
async function amsSchedule(db: Executor, enterpriseId: string, siteId: string): Promise<string> {
  const id = randomUUID();
  await insertSchedule(db, {
    id,
    enterpriseId,
    siteId,
    name: `Matrix ${id}`,
    timeZone: 'Europe/Amsterdam',
    weekly: [{ weekday: 1, start: '08:30', end: '17:30' }],
    publicHolidaysClosed: true,
    closures: [],
    openings: [],
    recurringClosures: [],
  });
  return id;
}

/** The schedules' routes in the role × route matrix. */
export const SCHEDULE_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/schedules': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/schedules` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/schedules': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/schedules`,
      body: {
        name: `Matrix ${randomUUID()}`,
        siteId: w.sites.ams.id,
        weekly: [{ weekday: 2, start: '09:00', end: '17:00' }],
      },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/schedules/:scheduleId': {
    attempt: async (w, t) => ({
      url: `/api/schedules/${await amsSchedule(t.database.db, w.enterprises.A.id, w.sites.ams.id)}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/schedules/:scheduleId': {
    attempt: async (w, t) => ({
      url: `/api/schedules/${await amsSchedule(t.database.db, w.enterprises.A.id, w.sites.ams.id)}`,
      body: { publicHolidaysClosed: false },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/schedules/:scheduleId': {
    attempt: async (w, t) => ({
      url: `/api/schedules/${await amsSchedule(t.database.db, w.enterprises.A.id, w.sites.ams.id)}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/schedules/:scheduleId/calendar': {
    attempt: async (w, t) => ({
      url: `/api/schedules/${await amsSchedule(t.database.db, w.enterprises.A.id, w.sites.ams.id)}/calendar?from=2026-04&months=2`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/schedules/:scheduleId/state': {
    attempt: async (w, t) => ({
      url: `/api/schedules/${await amsSchedule(t.database.db, w.enterprises.A.id, w.sites.ams.id)}/state?at=2026-04-27T10:00:00%2B02:00`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
