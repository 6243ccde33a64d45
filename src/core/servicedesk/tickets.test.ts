import { describe, expect, it } from 'vitest';
import { incidentFormSchema, intakeTimeProblems, primarySite, ticketInputSchema } from './intake';
import {
  canReopen,
  type FlowContext,
  nextStates,
  priorityOf,
  type TicketStatus,
  ticketNumber,
  transitionProblem,
  yearIn,
} from './tickets';

const NOW = new Date('2026-06-15T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const provider: FlowContext = { side: 'provider', resolvedAt: null, now: NOW, reopenDays: 14 };
const customer: FlowContext = { ...provider, side: 'customer' };
const resolvedDaysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

describe('ticket numbers', () => {
  it.each([
    ['incident', 2026, 42, 'INC-2026-000042'],
    ['change', 2026, 1, 'CHG-2026-000001'],
    ['service', 2027, 999_999, 'SRQ-2027-999999'],
    ['repair', 2026, 7, 'RMA-2026-000007'],
    ['infrastructure', 2026, 1_000_000, 'INF-2026-1000000'],
  ] as const)('%s %i #%i is %s', (type, year, sequence, expected) => {
    expect(ticketNumber(type, year, sequence)).toBe(expected);
  });

  it.each([
    ['2026-12-31T23:30:00Z', 'Europe/Amsterdam', 2027],
    ['2026-12-31T22:30:00Z', 'UTC', 2026],
    ['2026-01-01T00:30:00+01:00', 'Europe/Amsterdam', 2026],
  ])('%s in %s is of %i', (at, zone, year) => {
    expect(yearIn(new Date(at), zone)).toBe(year);
  });
});

describe('the status flow', () => {
  it.each<[TicketStatus, FlowContext, TicketStatus[]]>([
    ['new', provider, ['acknowledged']],
    ['acknowledged', provider, ['in_progress', 'resolved']],
    ['in_progress', provider, ['waiting_for_customer', 'resolved']],
    ['waiting_for_customer', provider, ['in_progress', 'resolved']],
    ['resolved', { ...provider, resolvedAt: resolvedDaysAgo(3) }, ['closed', 'in_progress']],
    ['resolved', { ...provider, resolvedAt: resolvedDaysAgo(15) }, ['closed']],
    ['closed', { ...provider, resolvedAt: resolvedDaysAgo(14) }, ['in_progress']],
    ['closed', { ...provider, resolvedAt: resolvedDaysAgo(14.01) }, []],
    ['closed', { ...provider, resolvedAt: resolvedDaysAgo(20), reopenDays: 30 }, ['in_progress']],
    ['new', customer, []],
    ['in_progress', customer, []],
    ['waiting_for_customer', customer, ['in_progress']],
    ['resolved', { ...customer, resolvedAt: resolvedDaysAgo(1) }, ['closed', 'in_progress']],
    ['closed', { ...customer, resolvedAt: resolvedDaysAgo(1) }, ['in_progress']],
    ['closed', { ...customer, resolvedAt: resolvedDaysAgo(30) }, []],
  ])('from %s (%o) goes to %o', (status, context, expected) => {
    expect(nextStates(status, context)).toEqual(expected);
  });

  it.each<[TicketStatus, TicketStatus, FlowContext, TicketStatus[] | null]>([
    ['new', 'acknowledged', provider, null],
    ['new', 'closed', provider, ['acknowledged']],
    ['new', 'in_progress', customer, []],
    ['resolved', 'in_progress', { ...provider, resolvedAt: resolvedDaysAgo(20) }, ['closed']],
    ['in_progress', 'in_progress', provider, ['waiting_for_customer', 'resolved']],
  ])('%s → %s: refused with %o', (from, to, context, allowed) => {
    expect(transitionProblem(from, to, context)).toEqual(allowed === null ? null : { allowed });
  });

  it.each([
    [null, 14, false],
    [resolvedDaysAgo(0), 0, true],
    [resolvedDaysAgo(1), 0, false],
    [resolvedDaysAgo(13.9), 14, true],
  ])('resolved at %s, %i days: reopen %s', (resolvedAt, days, expected) => {
    expect(canReopen(resolvedAt, NOW, days)).toBe(expected);
  });
});

describe('priority', () => {
  it.each([
    [true, 'low', 'low', 'critical'],
    [true, 'high', 'high', 'critical'],
    [false, 'high', 'high', 'high'],
    [false, 'high', 'medium', 'high'],
    [false, 'medium', 'high', 'high'],
    [false, 'high', 'low', 'medium'],
    [false, 'medium', 'medium', 'medium'],
    [false, 'medium', 'low', 'low'],
    [false, 'low', 'low', 'low'],
  ] as const)('critical %s, impact %s, urgency %s → %s', (businessCritical, impact, urgency, expected) => {
    expect(priorityOf({ businessCritical, impact, urgency })).toBe(expected);
  });
});

const SITE = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const SITE2 = '1f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const incidentBody = {
  type: 'incident',
  enterpriseId: SITE,
  title: 'Geen uitgaande gesprekken',
  businessCritical: false,
  what: { aNumber: '020 794 0001', bNumber: '+31 30 123 4567' },
  when: { occurredAt: '2026-06-15T09:30:00+02:00', workedBefore: true },
  scope: {
    peopleAffected: 3,
    sitesAffected: 1,
    othersNotAffected: true,
    reproducible: true,
    frequency: 'always',
  },
  where: { siteIds: [SITE], otherSitesAffected: false, sitesNotAffected: true },
  other: {
    aDisplay: 'Verbinding mislukt',
    bDisplay: 'niets',
    phoneType: 'Yealink T54W',
    contact: { name: 'Tom Manager', phone: '06 1234 5678' },
  },
};

describe('the intake forms', () => {
  it('reads a complete incident, numbers in E.164, defaults for impact and urgency', () => {
    const parsed = incidentFormSchema.parse(incidentBody);
    expect(parsed.what).toEqual({ aNumber: '+31207940001', bNumber: '+31301234567' });
    expect(parsed.other.contact.phone).toBe('+31612345678');
    expect([parsed.impact, parsed.urgency, parsed.where.otherPostcodes]).toEqual(['medium', 'medium', []]);
  });

  const pathsOf = (body: unknown) =>
    (ticketInputSchema.safeParse(body).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it.each<[string, (b: typeof incidentBody) => unknown, [string, string][]]>([
    [
      'a bad A-number',
      (b) => ({ ...b, what: { ...b.what, aNumber: '12' } }),
      [['what.aNumber', 'phone_number']],
    ],
    [
      'a bad B-number',
      (b) => ({ ...b, what: { ...b.what, bNumber: 'abc' } }),
      [['what.bNumber', 'phone_number']],
    ],
    [
      'a bad postcode',
      (b) => ({ ...b, where: { ...b.where, otherPostcodes: ['0123 AB'] } }),
      [['where.otherPostcodes.0', 'postcode']],
    ],
    [
      'a bad contact phone',
      (b) => ({ ...b, other: { ...b.other, contact: { name: 'X', phone: '1' } } }),
      [['other.contact.phone', 'phone_number']],
    ],
  ])('refuses %s', (_what, change, expected) => {
    expect(pathsOf(change(incidentBody))).toEqual(expected);
  });

  it.each([
    ['what', 'what'],
    ['when', 'when'],
    ['scope', 'scope'],
    ['where', 'where'],
    ['other', 'other'],
    ['businessCritical', 'businessCritical'],
  ])('refuses an incident without %s', (field, path) => {
    const { [field as keyof typeof incidentBody]: _gone, ...rest } = incidentBody;
    expect(pathsOf(rest).map(([p]) => p)).toEqual([path]);
  });

  it('asks title, description, site and contact of the other types', () => {
    const paths = pathsOf({ type: 'service', enterpriseId: SITE, businessCritical: false }).map(([p]) => p);
    expect(paths).toEqual(expect.arrayContaining(['title', 'description', 'siteId', 'contact']));
    expect(pathsOf({ type: 'nonsense' }).map(([p]) => p)).toEqual(['type']);
  });

  it.each([
    ['2026-06-15T10:00:30Z', {}],
    ['2026-06-15T10:05:00Z', { 'when.occurredAt': 'future_date' }],
  ])('an incident at %s: %o', (occurredAt, expected) => {
    const input = incidentFormSchema.parse({ ...incidentBody, when: { occurredAt, workedBefore: false } });
    expect(intakeTimeProblems(input, NOW)).toEqual(expected);
  });

  it.each([
    [[SITE], SITE],
    [[SITE, SITE], SITE],
    [[SITE, SITE2], null],
  ])('the ticket of sites %o is on %s', (siteIds, expected) => {
    const input = incidentFormSchema.parse({ ...incidentBody, where: { ...incidentBody.where, siteIds } });
    expect(primarySite(input)).toBe(expected);
  });
});
