import { fresh } from '../../testing/fresh';
import { G, type MatrixRows } from '../../testing/route-matrix';

/** The provider's staff read the business calendar; partners and customers see only its effects. */
const CALENDAR_READERS = G('provider_admin', 'provider_agent');

export const BUSINESS_CALENDAR_ROUTES: MatrixRows = {
  'GET /api/business-calendar': {
    attempt: () => ({ url: '/api/business-calendar' }),
    expect: { ...CALENDAR_READERS(200), others: 403 },
  },
  'PUT /api/business-calendar/hours': {
    attempt: () => ({
      url: '/api/business-calendar/hours',
      body: {
        hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
      },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'POST /api/business-calendar/closures': {
    attempt: async (_w, t) => {
      // A date surely free: take one, then give it back.
      const { date } = await fresh.businessClosure(t.database.db);
      await t.database.query('delete from business_closures where date = $1', [date]);
      return { url: '/api/business-calendar/closures', body: { date, name: 'Matrix' } };
    },
    expect: { provider_admin: 201, others: 403 },
  },
  'DELETE /api/business-calendar/closures/:date': {
    attempt: async (_w, t) => ({
      url: `/api/business-calendar/closures/${(await fresh.businessClosure(t.database.db)).date}`,
    }),
    expect: { provider_admin: 204, others: 403 },
  },
};
