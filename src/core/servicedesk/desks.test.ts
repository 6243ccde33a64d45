import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles';
import { DEFAULT_DESKS, deskInputSchema, handleOf, isDeskOpen, mayReadPin, routeToDesk } from './desks';

const nameOf = (d: { name: { en: string } } | null) => d?.name.en ?? null;

describe('the contact matrix', () => {
  it.each([
    ['incident', true, 'fixed', 'critical_fixed'],
    ['incident', true, 'mobile', 'critical_mobile'],
    ['incident', false, 'fixed', 'questions_changes'],
    ['incident', false, 'mobile', 'questions_changes'],
    ['change', true, 'fixed', 'questions_changes'],
    ['repair', true, 'mobile', 'questions_changes'],
    ['service', false, 'billing', 'billing'],
    ['incident', true, 'billing', 'billing'],
  ] as const)('puts a %s (critical %s, %s) on the row %s', (type, businessCritical, category, expected) => {
    expect(handleOf({ type, businessCritical, category })).toBe(expected);
  });

  it.each([
    ['critical_fixed', true, 'Technical Support Converged'],
    ['critical_fixed', false, 'Technical Support out of hours (fixed)'],
    ['critical_mobile', true, 'Technical Support Mobile'],
    ['critical_mobile', false, 'Technical Support out of hours (mobile)'],
    ['questions_changes', true, 'Support'],
    // At night a question waits for the office desk: nobody gets office-hours work at night.
    ['questions_changes', false, 'Support'],
    ['billing', false, 'Billing and portal support'],
  ] as const)('routes %s in office hours %s to %s', (handle, inOffice, expected) => {
    expect(nameOf(routeToDesk(DEFAULT_DESKS, handle, inOffice))).toBe(expected);
  });

  it('takes the first open desk by position, and none when no desk handles the row', () => {
    const desks = [
      { name: { en: 'B' }, handles: ['billing' as const], hours: 'always' as const, position: 2 },
      { name: { en: 'A' }, handles: ['billing' as const], hours: 'office' as const, position: 1 },
    ];
    expect(nameOf(routeToDesk(desks, 'billing', true))).toBe('A');
    expect(nameOf(routeToDesk(desks, 'billing', false))).toBe('B');
    expect(routeToDesk(desks, 'critical_fixed', true)).toBeNull();
  });

  it.each([
    ['office', true, true],
    ['office', false, false],
    ['out_of_hours', true, false],
    ['out_of_hours', false, true],
    ['always', false, true],
  ] as const)('has a desk of %s hours open (in office hours %s): %s', (hours, inOffice, open) => {
    expect(isDeskOpen(hours, inOffice)).toBe(open);
  });

  it('seeds desks that pass their own schema', () => {
    for (const desk of DEFAULT_DESKS) expect(deskInputSchema.parse(desk)).toEqual(desk);
  });

  it.each<[string, unknown]>([
    ['no handles', { handles: [] }],
    ['a handle twice', { handles: ['billing', 'billing'] }],
    ['a phone option in words', { phoneOption: 'twee' }],
    ['a PIN of three digits', { pin: '123' }],
    ['no phone number', { phone: '12' }],
  ])('refuses a desk with %s', (_, change) => {
    expect(deskInputSchema.safeParse({ ...DEFAULT_DESKS[0], ...(change as object) }).success).toBe(false);
  });

  it('shows the PIN to the provider, partners and enterprise admins only (guide appendix 2)', () => {
    expect(ROLES.filter(mayReadPin)).toEqual([
      'provider_admin',
      'provider_agent',
      'partner_admin',
      'enterprise_admin',
    ]);
  });
});
