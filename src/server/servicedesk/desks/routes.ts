import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DESK_HANDLES, deskInputSchema, deskPatchSchema, deskSchema } from '../../../core/servicedesk/desks';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('deskId');

/** The contact matrix (guide appendix 2): the desks, edited by the provider, read by whoever reports. */
export default async function deskRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: deskSchema.meta({ id: 'ServiceDesk' }),
    read: 'desks.read',
    write: 'desks.write',
  });
  routes.list(
    '/api/desks',
    {
      summary: 'The contact matrix’s desks',
      description:
        'In the matrix’s order, all on one page: what each handles (`questions_changes`, `critical_fixed`, ' +
        '`critical_mobile`, `billing`), its hours (`office`, `out_of_hours`, `always`) and whether it answers now, ' +
        'its phone number with the menu option, its e-mail address. The out-of-hours `pin` is shown to the ' +
        'provider, partners and enterprise admins only (null for others).',
    },
    (ctx) => service.listDesks(ctx),
  );
  routes.create('/api/desks', { body: deskInputSchema, summary: 'Add a desk (provider)' }, (ctx, { body }) =>
    service.createDesk(ctx, body),
  );
  routes.get('/api/desks/:deskId', { params, summary: 'One desk' }, (ctx, { params }) =>
    service.getDesk(ctx, params.deskId),
  );
  routes.update(
    '/api/desks/:deskId',
    {
      params,
      body: deskPatchSchema,
      summary: 'Change a desk (provider)',
      description: 'New tickets are routed on the desks as they are when they come in.',
    },
    (ctx, { params, body }) => service.updateDesk(ctx, params.deskId, body),
  );
  routes.remove(
    '/api/desks/:deskId',
    {
      params,
      summary: 'Remove a desk (provider)',
      description: 'Refused (409 `desk_has_tickets`) while tickets were routed to it.',
    },
    (ctx, { params }) => service.deleteDesk(ctx, params.deskId),
  );

  const handle = z.enum(DESK_HANDLES);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/contact',
    {
      config: { policy: { permission: 'desks.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Whom to call now',
        description:
          'At `at` (ISO time with offset; now by default): whether it is office hours on the provider’s ' +
          'business calendar, every desk with whether it answers, and per row of the contact matrix the desk ' +
          'to call (out of hours a question goes to the office desk, which answers at its next opening).',
        querystring: z.strictObject({ at: z.iso.datetime({ offset: true }).optional() }),
        response: {
          200: z.object({
            at: z.string(),
            inOfficeHours: z.boolean(),
            desks: z.array(deskSchema),
            callNow: z.array(z.object({ handle, deskId: z.string().nullable() })),
          }),
          ...protectedErrors,
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return service.contactAt(ctx, req.query.at === undefined ? ctx.now : new Date(req.query.at));
    },
  );
}
