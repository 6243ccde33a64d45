import { describe, expect, it } from 'vitest';
import {
  coveringWorks,
  monthsOf,
  spanProblem,
  unjustifiedShare,
  worksCover,
  yearSpan,
} from './announced-works';

const at = (iso: string) => new Date(iso);
const works = (id: string, siteId: string, startsAt: string, endsAt: string) => ({
  id,
  siteId,
  startsAt: at(startsAt),
  endsAt: at(endsAt),
});

describe('works covering an incident, by instant and site', () => {
  const w = works('w1', 'ams', '2026-03-10T08:00:00+01:00', '2026-03-10T12:00:00+01:00');
  it.each([
    ['at the start (inclusive)', '2026-03-10T07:00:00Z', ['ams'], true],
    ['within, as another offset', '2026-03-10T11:59:59+01:00', ['ams'], true],
    ['at the end (exclusive)', '2026-03-10T11:00:00Z', ['ams'], false],
    ['a second before the start', '2026-03-10T06:59:59Z', ['ams'], false],
    ['within, another site', '2026-03-10T09:00:00+01:00', ['utr'], false],
    ['within, one of several sites', '2026-03-10T09:00:00+01:00', ['utr', 'ams'], true],
    ['no sites at all', '2026-03-10T09:00:00+01:00', [], false],
  ] as const)('%s', (_what, moment, siteIds, expected) => {
    expect(worksCover(w, at(moment), siteIds)).toBe(expected);
  });

  it('lists the covering works earliest first, skipping the others', () => {
    const list = [
      works('late', 'ams', '2026-03-10T09:00:00Z', '2026-03-10T20:00:00Z'),
      works('other-site', 'utr', '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'),
      works('early', 'ams', '2026-03-10T06:00:00Z', '2026-03-10T12:00:00Z'),
      works('over', 'ams', '2026-03-09T06:00:00Z', '2026-03-10T09:30:00Z'),
    ];
    expect(coveringWorks(list, at('2026-03-10T10:00:00Z'), ['ams']).map((x) => x.id)).toEqual([
      'early',
      'late',
    ]);
  });

  it.each([
    ['2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z', null],
    ['2026-03-10T08:00:00Z', '2026-03-10T08:00:00Z', 'ends_before_start'],
    ['2026-03-10T09:00:00+01:00', '2026-03-10T08:30:00Z', null],
    ['2026-03-10T09:00:00+01:00', '2026-03-10T07:30:00Z', 'ends_before_start'],
  ] as const)('a span from %s to %s: %s', (startsAt, endsAt, expected) => {
    expect(spanProblem({ startsAt, endsAt })).toBe(expected);
  });
});

describe('the share of unjustified incidents and its flag', () => {
  it.each([
    [0, 0, 5, 0, false],
    [20, 1, 5, 5, false],
    [20, 2, 5, 10, true],
    [19, 1, 5, 5.3, true],
    [100, 5, 5, 5, false],
    [100, 6, 5, 6, true],
    [3, 1, 50, 33.3, false],
    [3, 2, 50, 66.7, true],
    [7, 0, 0, 0, false],
    [7, 1, 0, 14.3, true],
  ])(
    '%i incidents, %i unjustified, threshold %i %%: %d %%',
    (incidents, unjustified, threshold, share, flagged) => {
      expect(unjustifiedShare({ incidents, unjustified }, threshold)).toEqual({
        sharePercent: share,
        flagged,
      });
    },
  );

  it('fills twelve months', () => {
    const months = monthsOf([{ month: 3, incidents: 4, unjustified: 1 }]);
    expect(months).toHaveLength(12);
    expect(months[2]).toEqual({ month: 3, incidents: 4, unjustified: 1 });
    expect(months[0]).toEqual({ month: 1, incidents: 0, unjustified: 0 });
  });
});

describe('a year in the provider’s zone', () => {
  it('runs from local midnight of 1 January to the next', () => {
    const span = yearSpan(2026, 'Europe/Amsterdam');
    expect(span.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(span.to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
