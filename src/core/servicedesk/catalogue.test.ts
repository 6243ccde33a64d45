import { describe, expect, it } from 'vitest';
import {
  type CatalogueItemInput,
  catalogueItemInputSchema,
  catalogueItemProblems,
  catalogueKeySchema,
  costEstimate,
  DEFAULT_CATALOGUE,
  DEFAULT_TARIFFS,
  leadTimeFor,
  tariffInputSchema,
} from './catalogue';

const byKey = new Map(DEFAULT_CATALOGUE.map((i) => [i.key, i]));
const get = (key: string): CatalogueItemInput => {
  const found = byKey.get(key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};
const tariffs = new Map(DEFAULT_TARIFFS.map((t) => [t.key, t]));

describe('the default change catalogue (guide §5.1–5.3)', () => {
  it('has the stable keys the API promises', () => {
    for (const key of [
      'profile-change',
      'user-name-change',
      'hunt-group-change',
      'incoming-route-change',
      'auto-attendant-change',
      'call-center-change',
      'password-reset-main-account',
      'sim-mutation',
      'number-porting',
      'move-within-building',
      'move-same-area',
      'move-other-area',
    ])
      expect(byKey.has(key), key).toBe(true);
    expect(new Set(DEFAULT_CATALOGUE.map((i) => i.key)).size).toBe(DEFAULT_CATALOGUE.length);
  });

  it('passes its own rules, item by item', () => {
    const keys = new Set(DEFAULT_TARIFFS.map((t) => t.key));
    for (const { key, ...entry } of DEFAULT_CATALOGUE) {
      expect(catalogueKeySchema.safeParse(key).success, key).toBe(true);
      expect(catalogueItemInputSchema.parse(entry)).toEqual(entry);
      expect(catalogueItemProblems(entry, keys), key).toEqual({});
    }
    for (const { key, ...tariff } of DEFAULT_TARIFFS)
      expect(tariffInputSchema.parse(tariff), key).toEqual(tariff);
  });

  it.each([
    ['profile-change', null, { kind: 'working_days', count: 3 }],
    ['hunt-group-change', 'fibre', { kind: 'working_days', count: 3 }],
    ['password-reset-main-account', null, { kind: 'working_days', count: 1 }],
    ['sim-mutation', null, { kind: 'working_days', count: 1 }],
    ['number-porting', null, { kind: 'working_days', count: 20 }],
    ['move-within-building', 'dsl', { kind: 'weeks', count: 4 }],
    ['move-same-area', 'dsl', { kind: 'weeks', count: 6 }],
    ['move-same-area', 'fibre', { kind: 'on_request' }],
    ['move-other-area', 'dsl', { kind: 'weeks', count: 8 }],
    ['move-other-area', 'coax', { kind: 'on_request' }],
    ['move-other-area', null, { kind: 'on_request' }],
    ['call-center-change', null, { kind: 'on_request' }],
  ] as const)('gives %s on a %s line %o', (key, lineType, expected) => {
    expect(leadTimeFor(get(key), lineType)).toEqual(expected);
  });
});

describe('cost estimates', () => {
  it.each([
    ['profile-change', 47.5], // half an hour at 95.00
    ['auto-attendant-change', 95],
    ['number-porting', 150],
    ['move-other-area', 650],
  ])('price %s at %d euros', (key, amount) => {
    expect(costEstimate(get(key), tariffs)).toEqual({ amount, currency: 'EUR' });
  });

  it('count in cents (a quarter hour of 95.00 is 23.75) and are null without a cost or tariff', () => {
    const quarter = { cost: { tariffKey: 'hourly-rate', quantity: 0.25 } };
    expect(costEstimate(quarter, new Map([['hourly-rate', { amount: 95 }]]))).toEqual({
      amount: 23.75,
      currency: 'EUR',
    });
    expect(costEstimate(quarter, new Map([['hourly-rate', { amount: 0.1 }]]))).toEqual({
      amount: 0.03,
      currency: 'EUR',
    });
    expect(costEstimate(get('sim-mutation'), tariffs)).toBeNull();
    expect(costEstimate(quarter, new Map())).toBeNull();
  });
});

describe('an item’s own rules', () => {
  const base = catalogueItemInputSchema.parse({
    category: 'infrastructure',
    name: { nl: 'Verhuizing', en: 'Move' },
    description: { nl: 'Verhuizen', en: 'Moving' },
    leadTime: { kind: 'on_request' },
  });
  it.each<[string, Partial<CatalogueItemInput>, Record<string, string>]>([
    [
      'a line-type lead time without asking the site',
      { leadTimeByLineType: { dsl: { kind: 'weeks', count: 6 } } },
      { leadTimeByLineType: 'line_type_needs_site' },
    ],
    [
      'a line-type lead time asking the site',
      { asks: ['siteId'], leadTimeByLineType: { dsl: { kind: 'weeks', count: 6 } } },
      {},
    ],
    [
      'a cost of an unknown tariff',
      { cost: { tariffKey: 'gold-plating', quantity: 1 } },
      { 'cost.tariffKey': 'tariff_unknown' },
    ],
    ['a cost of a known tariff', { cost: { tariffKey: 'hourly-rate', quantity: 2 } }, {}],
  ])('%s', (_, change, expected) => {
    expect(catalogueItemProblems({ ...base, ...change }, new Set(['hourly-rate']))).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['zero working days', { kind: 'working_days', count: 0 }],
    ['fractional weeks', { kind: 'weeks', count: 1.5 }],
    ['an unknown kind', { kind: 'months', count: 1 }],
    ['a count on request', { kind: 'on_request', count: 3 }],
  ])('refuses a lead time of %s', (_, leadTime) => {
    expect(catalogueItemInputSchema.safeParse({ ...base, leadTime }).success).toBe(false);
  });

  it.each(['Hunt-group', 'hunt group', '-a', 'a-', 'a--b', ''])('refuses the key %j', (key) => {
    expect(catalogueKeySchema.safeParse(key).success).toBe(false);
  });
  it('refuses an amount below the cent and a quantity off the quarter hour', () => {
    expect(
      tariffInputSchema.safeParse({ name: { nl: 'a', en: 'a' }, unit: 'hour', amount: 95.001 }).success,
    ).toBe(false);
    expect(
      catalogueItemInputSchema.safeParse({ ...base, cost: { tariffKey: 'x', quantity: 0.1 } }).success,
    ).toBe(false);
  });
});
