import type { World } from '../fixtures';

/** A complete incident form of enterprise A (guide §4.1), for the API tests; `extra` replaces fields. */
export function incidentForm(w: World, now: Date, extra: Record<string, unknown> = {}) {
  return {
    type: 'incident',
    enterpriseId: w.enterprises.A.id,
    title: 'Geen uitgaande gesprekken',
    businessCritical: true,
    what: { aNumber: '020 794 0001', bNumber: '+31 30 123 4567' },
    when: { occurredAt: new Date(now.getTime() - 3600_000).toISOString(), workedBefore: true },
    scope: {
      peopleAffected: 12,
      sitesAffected: 1,
      othersNotAffected: false,
      reproducible: true,
      frequency: 'always',
    },
    where: {
      siteIds: [w.sites.ams.id],
      otherSitesAffected: true,
      otherPostcodes: ['1234ab'],
      sitesNotAffected: true,
    },
    other: {
      aDisplay: 'Verbinding mislukt',
      bDisplay: '-',
      phoneType: 'Yealink T54W',
      contact: { name: 'Tom Manager', phone: '06 1234 5678', email: 'tom@a.test' },
    },
    ...extra,
  };
}
