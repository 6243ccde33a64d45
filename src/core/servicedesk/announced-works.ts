import { DateTime } from 'luxon';
import { z } from 'zod';
import { idSchema } from '../ids';

/**
 * Customer-announced works (guide §3.2.4): works on the customer's own network or power that may
 * affect the service, announced beforehand per site and time span. An incident opened for one of
 * those sites within the span is marked as during announced works; the provider's desk may mark
 * an incident as unjustified (caused by the customer), and a yearly report per enterprise gives the
 * share of unjustified incidents, flagged above a configured threshold (the guide: 5 %).
 */

export const WORKS_KINDS = ['network', 'power', 'other'] as const;
export type WorksKind = (typeof WORKS_KINDS)[number];

const timestamp = z.iso.datetime({ offset: true });

export const announcedWorksInputSchema = z.strictObject({
  siteId: idSchema,
  kind: z.enum(WORKS_KINDS),
  description: z.string().trim().min(1).max(2000),
  /** When the works start and end (ISO with offset); the end lies after the start. */
  startsAt: timestamp,
  endsAt: timestamp,
});
export type AnnouncedWorksInput = z.output<typeof announcedWorksInputSchema>;
export const announcedWorksPatchSchema = announcedWorksInputSchema.partial();

export const announcedWorksSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  kind: z.enum(WORKS_KINDS),
  description: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  createdByName: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type AnnouncedWorksDto = z.infer<typeof announcedWorksSchema>;

/** A span's own problem: its end must lie after its start (field issue on `endsAt`). */
export function spanProblem(span: {
  startsAt: string | Date;
  endsAt: string | Date;
}): 'ends_before_start' | null {
  return new Date(span.endsAt).getTime() > new Date(span.startsAt).getTime() ? null : 'ends_before_start';
}

export type WorksSpan = { id: string; siteId: string; startsAt: Date; endsAt: Date };

/**
 * Do the works cover a moment at one of the sites? The span is half-open: from its start
 * (inclusive) to its end (exclusive), so works of 08:00–12:00 cover 08:00 but not 12:00.
 */
export const worksCover = (works: WorksSpan, at: Date, siteIds: readonly string[]): boolean =>
  siteIds.includes(works.siteId) &&
  works.startsAt.getTime() <= at.getTime() &&
  at.getTime() < works.endsAt.getTime();

/** The works that cover an incident opened at `at` for these sites, the earliest-starting first. */
export function coveringWorks<W extends WorksSpan>(
  works: readonly W[],
  at: Date,
  siteIds: readonly string[],
): W[] {
  return works
    .filter((w) => worksCover(w, at, siteIds))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

// Unjustified incidents

export const unjustifiedInputSchema = z.strictObject({
  /** Why the incident was caused by the customer (the desk's words, kept on the ticket). */
  reason: z.string().trim().min(1).max(2000),
});

/** The mark on an incident, as its DTO shows it. */
export const unjustifiedSchema = z.object({
  reason: z.string(),
  byName: z.string().nullable(),
  at: timestamp,
});

export const ticketWorksSchema = z.object({
  id: idSchema.nullable(),
  kind: z.enum(WORKS_KINDS).nullable(),
  description: z.string().nullable(),
  startsAt: timestamp.nullable(),
  endsAt: timestamp.nullable(),
});

/**
 * The share of unjustified incidents and whether it lies above the threshold (in percent). Above
 * is strictly above: 1 in 20 is 5 % and not flagged at a threshold of 5. Compared in integers, so
 * no rounding decides the flag; the share itself is rounded to one decimal for display.
 */
export function unjustifiedShare(
  counts: { incidents: number; unjustified: number },
  thresholdPercent: number,
): { sharePercent: number; flagged: boolean } {
  if (counts.incidents === 0) return { sharePercent: 0, flagged: false };
  const share = (counts.unjustified * 100) / counts.incidents;
  return {
    sharePercent: Math.round(share * 10) / 10,
    flagged: counts.unjustified * 100 > thresholdPercent * counts.incidents,
  };
}

const monthSchema = z.object({ month: z.int().min(1).max(12), incidents: z.int(), unjustified: z.int() });

export const unjustifiedReportSchema = z.object({
  enterpriseId: idSchema,
  enterpriseName: z.string(),
  year: z.int(),
  incidents: z.int(),
  unjustified: z.int(),
  /** Unjustified incidents as a share of all incidents of the year, in percent (one decimal). */
  sharePercent: z.number(),
  /** The configured threshold (CENTRALE_UNJUSTIFIED_THRESHOLD_PERCENT). */
  thresholdPercent: z.number(),
  /** The share lies above the threshold: the provider may report and settle them (guide §3.2.4). */
  flagged: z.boolean(),
  duringAnnouncedWorks: z.int(),
  months: z.array(monthSchema).length(12),
});
export type UnjustifiedReportDto = z.infer<typeof unjustifiedReportSchema>;

/** Twelve months from counted rows (months without incidents count zero). */
export function monthsOf(
  rows: readonly { month: number; incidents: number; unjustified: number }[],
): { month: number; incidents: number; unjustified: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const row = rows.find((r) => r.month === i + 1);
    return { month: i + 1, incidents: row?.incidents ?? 0, unjustified: row?.unjustified ?? 0 };
  });
}

/** A calendar year in a time zone, as the half-open span of instants [from, to). */
export function yearSpan(year: number, timeZone: string): { from: Date; to: Date } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: timeZone });
  return { from: start.toJSDate(), to: start.plus({ years: 1 }).toJSDate() };
}
