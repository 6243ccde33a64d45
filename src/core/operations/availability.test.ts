import { describe, expect, it } from 'vitest';
import { officeCalendar } from '../calendar/business';
import {
  inParallel,
  inSeries,
  measure,
  meetsTarget,
  mergeSpans,
  roundPercent,
  siteAvailability,
  subtractSpans,
} from './availability';

const MIN = 60_000;
const t = (iso: string) => new Date(iso).getTime();
const november = { from: t('2026-11-01T00:00+01:00'), to: t('2026-12-01T00:00+01:00') };
const out = (iso: string, minutes: number) => ({ from: t(iso), to: t(iso) + minutes * MIN });

describe('measure', () => {
  it("the guide's arithmetic: 43.8 minutes down in a 30-day month is 99.899 %", () => {
    const m = measure(november, [out('2026-11-10T02:00+01:00', 43.8)]);
    expect(m.measuredMs).toBe(30 * 24 * 60 * MIN);
    expect(roundPercent(m.percent)).toBe(99.899);
    expect(meetsTarget(m.percent, 99.9)).toBe(false);
    expect(meetsTarget(measure(november, [out('2026-11-10T02:00+01:00', 43.2)]).percent, 99.9)).toBe(true);
  });

  it.each([
    ['nothing down', [], 100],
    [
      'overlapping outages count once',
      [out('2026-11-10T02:00+01:00', 60), out('2026-11-10T02:30+01:00', 60)],
      99.792,
    ],
    [
      'an outage reaching outside the month counts inside it only',
      [out('2026-10-31T23:00+01:00', 120)],
      99.861,
    ],
  ])('%s', (_name, outages, percent) => {
    expect(roundPercent(measure(november, outages).percent)).toBe(percent);
  });

  it('leaves announced maintenance out of the period and of the outages', () => {
    const maintenance = [out('2026-11-11T01:00+01:00', 120)];
    const m = measure(november, [out('2026-11-11T01:30+01:00', 60)], { maintenance });
    expect(m.downMs).toBe(0);
    expect(m.measuredMs).toBe((30 * 24 * 60 - 120) * MIN);
  });

  it('within business hours counts only open time: a night outage does not count, a day one does', () => {
    const hours = officeCalendar({ timeZone: 'Europe/Amsterdam' });
    const night = measure(november, [out('2026-11-10T02:00+01:00', 60)], { businessHours: hours });
    expect(night.downMs).toBe(0);
    const day = measure(november, [out('2026-11-10T17:30+01:00', 60)], { businessHours: hours });
    expect(day.downMs).toBe(30 * MIN);
    // November 2026: 21 working days of 10 hours.
    expect(day.measuredMs).toBe(21 * 10 * 60 * MIN);
  });
});

describe('composites', () => {
  it('in series multiplies, in parallel multiplies the downs', () => {
    expect(roundPercent(inSeries(99.9, 99.6))).toBe(99.5);
    expect(roundPercent(inParallel(99.6, 99.5))).toBe(99.998);
    expect(inSeries()).toBe(100);
  });

  it('a site is down when the platform is, or when all its lines are at once', () => {
    const platform = [out('2026-11-03T10:00+01:00', 10)];
    const dsl = [out('2026-11-05T10:00+01:00', 60)];
    const coax = [out('2026-11-05T10:30+01:00', 60)];
    const m = siteAvailability(november, platform, [dsl, coax]);
    // 10 min platform + 30 min both lines down.
    expect(m.downMs).toBe(40 * MIN);
    expect(siteAvailability(november, platform, [dsl]).downMs).toBe(70 * MIN);
  });
});

describe('spans', () => {
  it('merge and subtract', () => {
    const within = { from: 0, to: 100 };
    expect(
      mergeSpans(
        [
          { from: 50, to: 60 },
          { from: -5, to: 10 },
          { from: 5, to: 20 },
        ],
        within,
      ),
    ).toEqual([
      { from: 0, to: 20 },
      { from: 50, to: 60 },
    ]);
    expect(
      subtractSpans(
        [{ from: 0, to: 100 }],
        [
          { from: 10, to: 20 },
          { from: 90, to: 120 },
        ],
      ),
    ).toEqual([
      { from: 0, to: 10 },
      { from: 20, to: 90 },
    ]);
  });
});
