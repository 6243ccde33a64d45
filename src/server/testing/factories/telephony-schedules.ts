import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { schedules } from '../../db/schema';
import { nextName } from './names';

/** Throw-away schedules: office hours Monday to Friday, Dutch public holidays closed. */
export const scheduleFactories = {
  async schedule(db: Executor, enterpriseId: string, siteId: string | null = null) {
    const row: typeof schedules.$inferInsert & { id: string } = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `Schedule ${nextName()}`,
      timeZone: 'Europe/Amsterdam',
      weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '08:30', end: '17:30' })),
      publicHolidaysClosed: true,
      closures: [],
      openings: [],
      recurringClosures: [],
    };
    await db.insert(schedules).values(row);
    return row;
  },
};
