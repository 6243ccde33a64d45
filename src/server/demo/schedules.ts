import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { snapshot } from '../../core/audit/diff';
import type { WeeklyPeriod } from '../../core/calendar/calendar';
import { scheduleProblems } from '../../core/telephony/schedules';
import type { Tx } from '../db/client';
import type { auditEvents } from '../db/schema';
import { schedules } from '../db/schema';
import { scheduleAudit } from '../telephony/schedules/presenter';

type AuditRow = typeof auditEvents.$inferInsert;
type ScheduleRow = typeof schedules.$inferInsert;

/** The demo's enterprise-wide office hours (the main number's route and the "Hoofdmenu" use it). */
export const DEMO_OFFICE_HOURS = 'Kantoortijden';
/** The Utrecht site's own schedule (the support desk's longer day and its company day), which the queue Support follows. */
export const DEMO_SUPPORT_HOURS = 'Supportdesk Utrecht';

const workdays = (start: string, end: string): WeeklyPeriod[] =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start, end }));

/**
 * Voorbeeld BV's schedules: "Kantoortijden" (enterprise-wide, Monday to Friday 08:30–17:30, closed
 * on the Dutch public holidays and on 31 December afternoon) and Utrecht's "Supportdesk Utrecht"
 * (08:00–18:00 with a company day five weeks from now, a one-off closure). Each passes core's
 * rules, as the API would demand.
 */
export async function seedDemoSchedules(
  tx: Tx,
  c: { enterpriseId: string; siteIds: Map<string, string>; now: Date; timezone: string },
): Promise<{ audit: AuditRow[]; officeHoursId: string; supportHoursId: string }> {
  const local = DateTime.fromJSDate(c.now, { zone: c.timezone });
  let companyDay = local.plus({ weeks: 5 }).startOf('day');
  while (companyDay.weekday > 5) companyDay = companyDay.plus({ days: 1 });
  const yearEnd = `${local.year}-12-31`;
  const base = {
    enterpriseId: c.enterpriseId,
    timeZone: c.timezone,
    publicHolidaysClosed: true,
    openings: [],
    recurringClosures: [],
    createdAt: c.now,
    updatedAt: c.now,
  };
  const rows: ScheduleRow[] = [
    {
      ...base,
      id: randomUUID(),
      siteId: null,
      name: DEMO_OFFICE_HOURS,
      weekly: workdays('08:30', '17:30'),
      closures: [
        {
          id: randomUUID(),
          name: 'Oudejaarsmiddag',
          startDate: yearEnd,
          endDate: yearEnd,
          startTime: '12:00',
          endTime: '17:30',
        },
      ],
    },
    {
      ...base,
      id: randomUUID(),
      siteId: c.siteIds.get('utr') ?? null,
      name: DEMO_SUPPORT_HOURS,
      weekly: workdays('08:00', '18:00'),
      closures: [
        {
          id: randomUUID(),
          name: 'Bedrijfsdag',
          startDate: companyDay.toISODate() ?? '',
          endDate: companyDay.toISODate() ?? '',
          startTime: null,
          endTime: null,
        },
      ],
    },
  ];
  for (const row of rows) {
    const problems = scheduleProblems({
      timeZone: row.timeZone,
      weekly: row.weekly,
      closures: row.closures,
      openings: row.openings,
      recurringClosures: row.recurringClosures,
    });
    if (Object.keys(problems).length > 0)
      throw new Error(`demo schedule ${row.name}: ${JSON.stringify(problems)}`);
  }
  await tx.insert(schedules).values(rows);
  const audit = rows.map(
    (row): AuditRow => ({
      at: c.now,
      entityType: scheduleAudit.entityType,
      entityId: row.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId: row.siteId ?? null,
      after: snapshot(row, scheduleAudit.fields),
    }),
  );
  return { audit, officeHoursId: rows[0]?.id ?? '', supportHoursId: rows[1]?.id ?? '' };
}
