import { officeMsBetween } from '../calendar/business';
import type { BusinessCalendar } from '../calendar/calendar';

/**
 * Availability (guide §3.2.1): the share of a period a component was up, from its outages,
 * against its target — the platform 99.9 %, a DSL line 99.6 %, fibre or ethernet 99.9 %, coax
 * 99.5 %, a third party's line as configured. Announced maintenance is left out of the period
 * when the contract says so, and the period is measured around the clock or within business
 * hours as the contract says. A site's service is its platform and its line in series (both must
 * be up); a redundant second line is in parallel with the first (one of them suffices).
 * Pure; instants as epoch milliseconds.
 */

export const LINE_KINDS = ['dsl', 'fibre', 'ethernet', 'coax', 'third_party'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export type AvailabilityTargets = { platform: number } & Readonly<Record<LineKind, number>>;

/** The guide's targets in percent; a third party's line has no target of ours (configured). */
export const DEFAULT_AVAILABILITY_TARGETS: AvailabilityTargets = {
  platform: 99.9,
  dsl: 99.6,
  fibre: 99.9,
  ethernet: 99.9,
  coax: 99.5,
  third_party: 99.0,
};

export type Span = { from: number; to: number };

/** Spans sorted and merged, each clipped to `within`; empty spans dropped. */
export function mergeSpans(spans: readonly Span[], within: Span): Span[] {
  const clipped = spans
    .map((s) => ({ from: Math.max(s.from, within.from), to: Math.min(s.to, within.to) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  const out: Span[] = [];
  for (const s of clipped) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** `a` without the parts covered by `b` (both merged). */
export function subtractSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of a) {
    let pieces: Span[] = [s];
    for (const cut of b) {
      pieces = pieces.flatMap((p) => {
        if (cut.to <= p.from || cut.from >= p.to) return [p];
        const left = { from: p.from, to: cut.from };
        const right = { from: cut.to, to: p.to };
        return [left, right].filter((x) => x.to > x.from);
      });
    }
    out.push(...pieces);
  }
  return out;
}

export type Measurement = {
  /** Milliseconds the component was meant to be up (the period, less excluded maintenance). */
  measuredMs: number;
  downMs: number;
  /** 0–100, unrounded; 100 when nothing was measured. */
  percent: number;
};

export type AvailabilityOptions = {
  /** Announced maintenance, left out of the period (and of the outages) when the contract says so. */
  maintenance?: readonly Span[];
  /** Measure within this calendar's open hours only; left out: around the clock. */
  businessHours?: BusinessCalendar;
};

const lengthOf = (spans: readonly Span[], calendar: BusinessCalendar | undefined): number =>
  spans.reduce((sum, s) => sum + (calendar ? officeMsBetween(calendar, s.from, s.to) : s.to - s.from), 0);

/**
 * The availability of one component over `period` from its outages (overlapping outages count
 * once): measured time is the period less excluded maintenance (within business hours when the
 * contract measures so), down time the outages within it.
 */
export function measure(
  period: Span,
  outages: readonly Span[],
  options: AvailabilityOptions = {},
): Measurement {
  const excluded = mergeSpans(options.maintenance ?? [], period);
  const measured = subtractSpans([period], excluded);
  const down = subtractSpans(mergeSpans(outages, period), excluded);
  const measuredMs = lengthOf(measured, options.businessHours);
  const downMs = lengthOf(down, options.businessHours);
  return { measuredMs, downMs, percent: measuredMs === 0 ? 100 : (100 * (measuredMs - downMs)) / measuredMs };
}

/** Components that must all be up (a site's platform and its line): the product of their shares. */
export const inSeries = (...percents: readonly number[]): number =>
  percents.reduce((a, p) => (a * p) / 100, 100);

/** Redundant components, one of which suffices (two lines): one less the product of their downs. */
export const inParallel = (...percents: readonly number[]): number =>
  100 - percents.reduce((a, p) => (a * (100 - p)) / 100, 100);

/**
 * A site's composite availability: the platform in series with its lines, the lines in parallel
 * with each other. Computed from the outages themselves, not the percentages, when the outages of
 * the components are known: the site is down when the platform is, or when every line is at once.
 */
export function siteAvailability(
  period: Span,
  platformOutages: readonly Span[],
  lineOutages: readonly (readonly Span[])[],
  options: AvailabilityOptions = {},
): Measurement {
  const platform = mergeSpans(platformOutages, period);
  // Down when all lines are down at once: the intersection of the lines' outages.
  let allLinesDown: Span[] = lineOutages.length === 0 ? [] : mergeSpans(lineOutages[0] ?? [], period);
  for (const line of lineOutages.slice(1)) {
    const other = mergeSpans(line, period);
    allLinesDown = allLinesDown.flatMap((a) =>
      other
        .map((b) => ({ from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) }))
        .filter((x) => x.to > x.from),
    );
  }
  return measure(period, [...platform, ...allLinesDown], options);
}

/** Whether a measured share meets its target, compared at the precision reported (three decimals). */
export const meetsTarget = (percent: number, target: number): boolean =>
  Math.round(percent * 1000) >= Math.round(target * 1000);

/** A share as the reports show it: three decimals, rounded half up. */
export const roundPercent = (percent: number): number => Math.round(percent * 1000) / 1000;
