import { DateTime } from 'luxon';
import type { ScheduleCalendarDto } from '../../../core/telephony/schedules';

/**
 * The schedules pages' pure helpers: the weekly hours in a line, what colour a calendar day gets,
 * where a period sits on a 24-hour bar and where the arrow keys move in the calendar. Times are
 * "HH:MM"; a period until midnight ends at "00:00".
 */

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const DAY_MINUTES = 24 * 60;

export type Period = { weekday: Weekday; start: string; end: string };
export type CalendarDayView = ScheduleCalendarDto['months'][number]['days'][number];
export type DayKind = 'open' | 'closed' | 'holiday' | 'closure';
export const DAY_KINDS: readonly DayKind[] = ['open', 'closed', 'holiday', 'closure'];

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of "HH:MM", or null when it is not such a time. */
export function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** A period's place on the day, [start, end) in minutes (an end of "00:00" is midnight); null when it is not one. */
export function spanOf(start: string, end: string): [number, number] | null {
  const s = minutesOf(start);
  const e0 = minutesOf(end);
  if (s === null || e0 === null) return null;
  const e = e0 === 0 ? DAY_MINUTES : e0;
  return s < e ? [s, e] : null;
}

/** A weekday's periods as text ("08:30–12:00, 13:00–17:30"), sorted; '' when closed all day. */
export function periodsText(periods: readonly Pick<Period, 'start' | 'end'>[]): string {
  return [...periods]
    .sort((a, b) => (minutesOf(a.start) ?? 0) - (minutesOf(b.start) ?? 0))
    .map((p) => `${p.start}–${p.end}`)
    .join(', ');
}

/**
 * The week in one line: runs of consecutive weekdays with the same hours share them
 * ("ma–vr 08:30–17:30; za 10:00–14:00"). `dayName` gives a weekday's short name. '' when it is
 * never open.
 */
export function weeklySummary(weekly: readonly Period[], dayName: (day: Weekday) => string): string {
  const texts = WEEKDAYS.map((d) => periodsText(weekly.filter((p) => p.weekday === d)));
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    const text = texts[i] ?? '';
    let j = i;
    while (j + 1 < 7 && texts[j + 1] === text) j += 1;
    if (text !== '') {
      const from = dayName(WEEKDAYS[i] as Weekday);
      const days = i === j ? from : `${from}–${dayName(WEEKDAYS[j] as Weekday)}`;
      parts.push(`${days} ${text}`);
    }
    i = j + 1;
  }
  return parts.join('; ');
}

/**
 * The colour of a day: a public holiday that closes it, a closure (whole day or part of it),
 * otherwise open when it has opening hours and closed when it has none.
 */
export function dayKind(day: CalendarDayView): DayKind {
  if (day.holiday?.closes) return 'holiday';
  if (day.closures.length > 0) return 'closure';
  return day.hours.length > 0 ? 'open' : 'closed';
}

/** Monday's periods copied to the other workdays (Tuesday to Friday), the weekend kept. */
export function copyMondayToWorkdays(weekly: readonly Period[]): Period[] {
  const monday = weekly.filter((p) => p.weekday === 1);
  const kept = weekly.filter((p) => !WORKDAYS.includes(p.weekday) || p.weekday === 1);
  const copies = WORKDAYS.filter((d) => d !== 1).flatMap((weekday) =>
    monday.map((p) => ({ weekday, start: p.start, end: p.end })),
  );
  return [...kept, ...copies].sort((a, b) => a.weekday - b.weekday);
}

/** Where a key moves the calendar's focus from a date: a day, a week, a month; null for other keys. */
export function movedDate(date: string, key: string): string | null {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  const moves: Record<string, { days?: number; weeks?: number; months?: number }> = {
    ArrowLeft: { days: -1 },
    ArrowRight: { days: 1 },
    ArrowUp: { weeks: -1 },
    ArrowDown: { weeks: 1 },
    PageUp: { months: -1 },
    PageDown: { months: 1 },
    Home: { days: 1 - day.weekday },
    End: { days: 7 - day.weekday },
  };
  const move = moves[key];
  return move ? day.plus(move).toISODate() : null;
}
