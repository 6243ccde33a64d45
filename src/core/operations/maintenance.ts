import { DateTime } from 'luxon';
import { isWorkingDay } from '../calendar/business';
import type { BusinessCalendar } from '../calendar/calendar';

/**
 * Maintenance windows (guide §3.2.2): the provider's changes to the platform are done at fixed
 * moments by category — (a) no impact on the service: on a working day between 07:00 and 08:00;
 * (b) part of the service or of its users affected and (c) the whole service unavailable: at
 * night between 00:00 and 06:00, preferably on a working day (a warning, not a refusal, when
 * not). The slots are configuration (`MaintenanceSlots`), the guide's values the defaults.
 * Pure: windows are checked in the provider calendar's zone, exact across DST changes.
 */

export const MAINTENANCE_CATEGORIES = ['a', 'b', 'c'] as const;
export type MaintenanceCategory = (typeof MAINTENANCE_CATEGORIES)[number];

export type MaintenanceSlot = {
  /** Local HH:MM, the earliest start. */
  start: string;
  /** Local HH:MM, the latest end (same local day). */
  end: string;
  /** Refused outside working days (true), or only warned about (false). */
  workingDaysOnly: boolean;
};

export type MaintenanceSlots = Readonly<Record<MaintenanceCategory, MaintenanceSlot>>;

export const DEFAULT_MAINTENANCE_SLOTS: MaintenanceSlots = {
  a: { start: '07:00', end: '08:00', workingDaysOnly: true },
  b: { start: '00:00', end: '06:00', workingDaysOnly: false },
  c: { start: '00:00', end: '06:00', workingDaysOnly: false },
};

export type TimeWindow = { start: Date; end: Date };

export type WindowIssue = {
  /** `windows.N.start` or `windows.N.end`. */
  path: string;
  code:
    | 'maintenance_window_order'
    | 'maintenance_window_outside_slot'
    | 'maintenance_window_not_working_day'
    | 'maintenance_window_overlap';
  params: Record<string, string | number>;
};

const minutesOfDay = (t: DateTime): number => t.hour * 60 + t.minute + t.second / 60 + t.millisecond / 60000;

const hhmm = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * What is wrong with a maintenance's windows: refusals (`errors`: an end not after its start, a
 * window outside its category's slot, windows of one maintenance that overlap) and `warnings`
 * (a night window of category b or c on a day that is no working day). `index` numbers the
 * windows as the request does.
 */
export function checkWindows(
  category: MaintenanceCategory,
  windows: readonly TimeWindow[],
  calendar: BusinessCalendar,
  slots: MaintenanceSlots = DEFAULT_MAINTENANCE_SLOTS,
): { errors: WindowIssue[]; warnings: WindowIssue[] } {
  const errors: WindowIssue[] = [];
  const warnings: WindowIssue[] = [];
  const slot = slots[category];
  const slotText = `${slot.start}–${slot.end}`;
  windows.forEach((w, i) => {
    if (w.end.getTime() <= w.start.getTime()) {
      errors.push({ path: `windows.${i}.end`, code: 'maintenance_window_order', params: {} });
      return;
    }
    const start = DateTime.fromJSDate(w.start, { zone: calendar.timeZone });
    const end = DateTime.fromJSDate(w.end, { zone: calendar.timeZone });
    const sameDay = start.toISODate() === end.toISODate();
    // An end at exactly midnight after a slot ending 24:00 would be the next day: slots end by 23:59.
    const inSlot = sameDay && minutesOfDay(start) >= hhmm(slot.start) && minutesOfDay(end) <= hhmm(slot.end);
    if (!inSlot) {
      errors.push({
        path: `windows.${i}.start`,
        code: 'maintenance_window_outside_slot',
        params: { category, slot: slotText, workingDays: slot.workingDaysOnly ? 1 : 0 },
      });
      return;
    }
    if (!isWorkingDay(calendar, start)) {
      const issue: WindowIssue = {
        path: `windows.${i}.start`,
        code: 'maintenance_window_not_working_day',
        params: { category, date: start.toISODate() ?? '' },
      };
      if (slot.workingDaysOnly)
        errors.push({
          ...issue,
          code: 'maintenance_window_outside_slot',
          params: { category, slot: slotText, workingDays: 1 },
        });
      else warnings.push(issue);
    }
  });
  const order = windows
    .map((w, i) => ({ ...w, i }))
    .filter((w) => w.end.getTime() > w.start.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  for (let k = 1; k < order.length; k++) {
    const before = order[k - 1];
    const here = order[k];
    if (before && here && here.start.getTime() < before.end.getTime())
      errors.push({
        path: `windows.${Math.max(here.i, before.i)}.start`,
        code: 'maintenance_window_overlap',
        params: { other: Math.min(here.i, before.i) + 1 },
      });
  }
  return { errors, warnings };
}

/** The lifecycle of a maintenance as time passes (an extension or a cancellation is the provider's). */
export type MaintenanceState = 'announced' | 'in_progress' | 'completed' | 'cancelled';

/**
 * Where a maintenance stands at `now` by its windows: in progress inside one, completed after the
 * last (an extension is a window moved later), announced before. Cancelled stays cancelled.
 */
export function maintenanceStateAt(
  windows: readonly TimeWindow[],
  now: Date,
  cancelled = false,
): MaintenanceState {
  if (cancelled) return 'cancelled';
  const t = now.getTime();
  if (windows.some((w) => w.start.getTime() <= t && t < w.end.getTime())) return 'in_progress';
  if (windows.length > 0 && windows.every((w) => w.end.getTime() <= t)) return 'completed';
  return 'announced';
}

/**
 * The working days between the day of `now` and the day of `start` (neither counted): the
 * notice a maintenance gets. Below the configured lead (e.g. 5 working days) it is short notice.
 */
export function workingDaysNotice(calendar: BusinessCalendar, now: Date, start: Date): number {
  const from = DateTime.fromJSDate(now, { zone: calendar.timeZone }).startOf('day');
  const to = DateTime.fromJSDate(start, { zone: calendar.timeZone }).startOf('day');
  let count = 0;
  for (let day = from.plus({ days: 1 }); day < to && count < 1000; day = day.plus({ days: 1 }))
    if (isWorkingDay(calendar, day)) count += 1;
  return count;
}
