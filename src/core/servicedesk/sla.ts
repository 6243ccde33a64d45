import {
  addOfficeMs,
  type Instant,
  isOpenAtMs,
  isoIn,
  nextOpeningMs,
  officeMsBetween,
  toDateTime,
} from '../calendar/business';
import type { BusinessCalendar } from '../calendar/calendar';

/**
 * SLA clocks of the service desk (issue 11): a first-response and a resolution clock per ticket,
 * each kept as a log of events and derived from it for any instant — so a change of priority,
 * SLA policy or calendar re-derives from the same log and keeps the earlier pauses. Pure and
 * deterministic: instants in as `Date`, Luxon `DateTime` or ISO 8601 with offset; out as ISO 8601
 * with the offset of the policy's calendar zone (24×7: `options.timeZone`, default
 * Europe/Amsterdam).
 *
 * The rules:
 * - A clock runs from `started` while not paused and not stopped, and counts only in its
 *   policy's hours: all the time (`'24x7'`) or while its business calendar is open. While it
 *   would run but the calendar is closed its state is `out_of_hours`.
 * - The policy that counts is the one in force at the instant asked about (the last `started`
 *   or `policy_changed` up to then), and it counts over the whole log, retroactively, as Jira
 *   Service Management recalculates a goal: raising a ticket to business-critical (24×7, 4 h)
 *   at 20:00 counts its time since it was opened around the clock with the 4 h target, and
 *   the pauses before the change stay pauses. The same for a calendar change (a closure added
 *   later): derive with the changed policy and the past is counted on the new calendar.
 * - A target of T minutes allows T minutes: a clock stopped when exactly T minutes have run has
 *   met its target; a clock still running when T minutes have run is breached from that instant
 *   (`breachedAt`, the due instant itself). When a policy change lowers the target below the
 *   time already run, `breachedAt` is the instant the new target was reached, before the change.
 * - The first-response clock never pauses: `slaEventProblem` refuses a pause or a resume for
 *   it, and the derivation ignores one that is in a log anyway. Other events that do not apply
 *   (a pause while paused or stopped, a resume while running, anything before `started`, a
 *   second `started`) are refused by `slaEventProblem` and ignored by the derivation.
 * - `stopped` is the clock's goal reached (first response given, ticket resolved); a `resumed`
 *   after it (the ticket reopened) lets the resolution clock run on from the time already run.
 */

export const SLA_CLOCK_KINDS = ['first_response', 'resolution'] as const;
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];

export const PAUSE_REASONS = ['waiting_customer', 'waiting_supplier', 'waiting_parts'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** The hours in which a policy's clocks run. */
export type SlaHours = '24x7' | BusinessCalendar;

export type SlaPolicy = {
  id: string;
  /** Targets in minutes of running time (whole or fractional, > 0). */
  firstResponseMinutes: number;
  resolutionMinutes: number;
  hours: SlaHours;
  /** The share of the target at which to warn (0 < share ≤ 1); default `DEFAULT_WARN_SHARE`. */
  warnShare?: number | undefined;
};

export const DEFAULT_WARN_SHARE = 0.8;

export type SlaEvent =
  | { type: 'started'; at: Instant; policyId: string }
  | { type: 'paused'; at: Instant; reason: PauseReason }
  | { type: 'resumed'; at: Instant }
  | { type: 'stopped'; at: Instant }
  | { type: 'policy_changed'; at: Instant; policyId: string };

/** The policies by id, as a record or a lookup. */
export type SlaPolicies = Readonly<Record<string, SlaPolicy>> | ((id: string) => SlaPolicy | undefined);

export type SlaClockState = 'not_started' | 'running' | 'out_of_hours' | 'paused' | 'met' | 'breached';

export type SlaPause = { reason: PauseReason; from: string; to: string | null };

export type SlaClockView = {
  kind: SlaClockKind;
  state: SlaClockState;
  /** The policy in force at the instant (null before the clock started). */
  policyId: string | null;
  targetMinutes: number | null;
  /** Running minutes counted in the policy's hours, exact (fractions of a minute included). */
  elapsedMinutes: number;
  /** What is left of the target (0 once reached) and how far past it (0 before). */
  remainingMinutes: number | null;
  overdueMinutes: number;
  startedAt: string | null;
  /**
   * When the target is or was reached: the instant it was reached when that has happened (then
   * equal to `breachedAt`, unless the clock stopped exactly then), projected on the policy's
   * hours when the clock runs or is out of hours; null while paused or once stopped in time.
   */
  dueAt: string | null;
  /** The instant the clock breached (reached its target while not stopped), or null. */
  breachedAt: string | null;
  /** When `warnShare` of the target is or was reached, like `dueAt`. */
  warnAt: string | null;
  /** Whether `warnShare` of the target has run. */
  warned: boolean;
  /** While paused: why and since when ("paused: waiting for the customer since …"). */
  pause: { reason: PauseReason; since: string } | null;
  /** While out of hours: when the policy's hours open again. */
  resumesAt: string | null;
  /** When it was stopped (met or breached), while stopped. */
  stoppedAt: string | null;
  /** Every pause up to the instant, for the timeline (`to` null for a pause still going on). */
  pauses: SlaPause[];
};

export type SlaOptions = {
  /** The zone of the instants out for a 24×7 policy (a calendar's own zone otherwise). */
  timeZone?: string | undefined;
  /** Overrides the policy's share at which to warn. */
  warnShare?: number | undefined;
};

/** Why an event may not be added to a clock's log (the service answers these as 422). */
export type SlaEventRefusal =
  | 'first_response_never_pauses'
  | 'clock_not_started'
  | 'clock_already_started'
  | 'clock_not_running'
  | 'clock_not_paused'
  | 'clock_stopped'
  | 'event_before_last'
  | 'unknown_policy';

const MINUTE_MS = 60_000;

const policyOf = (policies: SlaPolicies, id: string): SlaPolicy | undefined =>
  typeof policies === 'function' ? policies(id) : Object.hasOwn(policies, id) ? policies[id] : undefined;

const msOf = (instant: Instant): number =>
  instant instanceof Date ? instant.getTime() : toDateTime(instant).toMillis();

type Mode = 'idle' | 'running' | 'paused' | 'stopped';

/** Whether an event applies to a clock in a mode; the reason it does not otherwise. */
function refusal(kind: SlaClockKind, mode: Mode, event: SlaEvent): SlaEventRefusal | null {
  if (event.type === 'started') return mode === 'idle' ? null : 'clock_already_started';
  if (mode === 'idle') return 'clock_not_started';
  switch (event.type) {
    case 'paused':
      if (kind === 'first_response') return 'first_response_never_pauses';
      return mode === 'running' ? null : mode === 'stopped' ? 'clock_stopped' : 'clock_not_running';
    case 'resumed':
      if (kind === 'first_response') return 'first_response_never_pauses';
      return mode === 'paused' || mode === 'stopped' ? null : 'clock_not_paused';
    case 'stopped':
      return mode === 'stopped' ? 'clock_stopped' : null;
    case 'policy_changed':
      return null;
  }
}

type Walk = {
  mode: Mode;
  policyId: string | null;
  startedAt: number | null;
  /** Running windows [from, to) — `to` null for the one still open. */
  windows: [number, number | null][];
  pauses: { reason: PauseReason; from: number; to: number | null }[];
  stoppedAt: number | null;
  lastAt: number;
};

function walk(kind: SlaClockKind, log: readonly SlaEvent[], until: number): Walk {
  const w: Walk = {
    mode: 'idle',
    policyId: null,
    startedAt: null,
    windows: [],
    pauses: [],
    stoppedAt: null,
    lastAt: Number.NEGATIVE_INFINITY,
  };
  for (const event of log) {
    const at = msOf(event.at);
    if (at < w.lastAt) throw new RangeError(`SLA events out of order at ${String(event.at)}`);
    w.lastAt = at;
    if (at > until) break;
    if (refusal(kind, w.mode, event) !== null) continue;
    const open = w.windows[w.windows.length - 1];
    switch (event.type) {
      case 'started':
        w.mode = 'running';
        w.policyId = event.policyId;
        w.startedAt = at;
        w.windows.push([at, null]);
        break;
      case 'policy_changed':
        w.policyId = event.policyId;
        break;
      case 'paused':
        if (open) open[1] = at;
        w.pauses.push({ reason: event.reason, from: at, to: null });
        w.mode = 'paused';
        break;
      case 'resumed': {
        const pause = w.pauses[w.pauses.length - 1];
        if (w.mode === 'paused' && pause) pause.to = at;
        w.windows.push([at, null]);
        w.stoppedAt = null;
        w.mode = 'running';
        break;
      }
      case 'stopped': {
        if (w.mode === 'running' && open) open[1] = at;
        const pause = w.pauses[w.pauses.length - 1];
        if (w.mode === 'paused' && pause) pause.to = at;
        w.stoppedAt = at;
        w.mode = 'stopped';
        break;
      }
    }
  }
  return w;
}

/**
 * Why `event` may not be appended to a clock's log, or null when it may: out of order (before
 * the last event), not applicable to the clock's state at the end of the log (see the rules
 * above), a pause or resume of a first-response clock, or an unknown policy.
 */
export function slaEventProblem(
  kind: SlaClockKind,
  log: readonly SlaEvent[],
  event: SlaEvent,
  policies: SlaPolicies,
): SlaEventRefusal | null {
  const at = msOf(event.at);
  const w = walk(kind, log, Number.POSITIVE_INFINITY);
  if (at < w.lastAt) return 'event_before_last';
  if ((event.type === 'started' || event.type === 'policy_changed') && !policyOf(policies, event.policyId))
    return 'unknown_policy';
  return refusal(kind, w.mode, event);
}

/** Running time in the policy's hours. */
const runningMs = (hours: SlaHours, from: number, to: number): number =>
  hours === '24x7' ? Math.max(0, to - from) : officeMsBetween(hours, from, to);

const addRunning = (hours: SlaHours, from: number, ms: number): number | null =>
  hours === '24x7' ? from + ms : addOfficeMs(hours, from, ms);

/** The instant `threshold` ms of running time is reached within the closed windows, if it is. */
function crossing(hours: SlaHours, windows: readonly [number, number][], threshold: number): number | null {
  let total = 0;
  for (const [from, to] of windows) {
    const ms = runningMs(hours, from, to);
    if (total + ms >= threshold) return addRunning(hours, from, threshold - total);
    total += ms;
  }
  return null;
}

/** The state of a clock at an instant, derived from its log and the policies (see the rules above). */
export function deriveSlaClock(
  kind: SlaClockKind,
  log: readonly SlaEvent[],
  policies: SlaPolicies,
  instant: Instant,
  options: SlaOptions = {},
): SlaClockView {
  const at = msOf(instant);
  const w = walk(kind, log, at);
  const policy = w.policyId === null ? undefined : policyOf(policies, w.policyId);
  if (w.policyId !== null && !policy) throw new RangeError(`unknown SLA policy: ${w.policyId}`);
  const hours: SlaHours = policy?.hours ?? '24x7';
  const zone = hours === '24x7' ? (options.timeZone ?? 'Europe/Amsterdam') : hours.timeZone;
  const iso = (ms: number | null): string | null => (ms === null ? null : isoIn(zone, ms));
  const pauses = w.pauses.map((p) => ({ reason: p.reason, from: isoIn(zone, p.from), to: iso(p.to) }));
  if (!policy || w.startedAt === null) {
    return {
      kind,
      state: 'not_started',
      policyId: null,
      targetMinutes: null,
      elapsedMinutes: 0,
      remainingMinutes: null,
      overdueMinutes: 0,
      startedAt: null,
      dueAt: null,
      breachedAt: null,
      warnAt: null,
      warned: false,
      pause: null,
      resumesAt: null,
      stoppedAt: null,
      pauses,
    };
  }
  const targetMinutes = kind === 'first_response' ? policy.firstResponseMinutes : policy.resolutionMinutes;
  const share = options.warnShare ?? policy.warnShare ?? DEFAULT_WARN_SHARE;
  if (!(targetMinutes > 0) || !(share > 0 && share <= 1))
    throw new RangeError(`SLA policy ${policy.id}: a target > 0 and a warning share in (0, 1] are needed`);
  const target = targetMinutes * MINUTE_MS;
  const windows = w.windows.map(([from, to]): [number, number] => [from, to ?? at]);
  const elapsed = windows.reduce((sum, [from, to]) => sum + runningMs(hours, from, to), 0);
  const running = w.mode === 'running';
  const reached = (threshold: number): number | null =>
    elapsed >= threshold
      ? crossing(hours, windows, threshold)
      : running
        ? addRunning(hours, at, threshold - elapsed)
        : null;
  const due = reached(target);
  const stoppedInTime = w.mode === 'stopped' && elapsed <= target;
  const breached = elapsed > target || (elapsed === target && w.mode !== 'stopped');
  const lastPause = w.pauses[w.pauses.length - 1];
  const calendar = hours === '24x7' ? null : hours;
  const open = calendar === null || isOpenAtMs(calendar, at);
  const state: SlaClockState =
    w.mode === 'stopped'
      ? stoppedInTime
        ? 'met'
        : 'breached'
      : breached
        ? 'breached'
        : w.mode === 'paused'
          ? 'paused'
          : open
            ? 'running'
            : 'out_of_hours';
  return {
    kind,
    state,
    policyId: policy.id,
    targetMinutes,
    elapsedMinutes: elapsed / MINUTE_MS,
    remainingMinutes: Math.max(0, target - elapsed) / MINUTE_MS,
    overdueMinutes: Math.max(0, elapsed - target) / MINUTE_MS,
    startedAt: isoIn(zone, w.startedAt),
    dueAt: stoppedInTime ? null : iso(due),
    breachedAt: breached ? iso(due) : null,
    warnAt: iso(reached(target * share)),
    warned: elapsed >= target * share,
    pause:
      w.mode === 'paused' && lastPause
        ? { reason: lastPause.reason, since: isoIn(zone, lastPause.from) }
        : null,
    resumesAt: state === 'out_of_hours' && calendar ? iso(nextOpeningMs(calendar, at)) : null,
    stoppedAt: iso(w.stoppedAt),
    pauses,
  };
}
