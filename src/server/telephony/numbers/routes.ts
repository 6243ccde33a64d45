import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  numberKindSchema,
  numberPatchSchema,
  numberSchema,
  numberStateSchema,
} from '../../../core/telephony/number-plan';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const params = idParams('numberId');

export default async function numberRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: numberSchema.meta({ id: 'Number' }),
    read: 'numbers.read',
    write: 'numbers.write',
  });

  routes.list(
    '/api/enterprises/:enterpriseId/numbers',
    {
      params: idParams('enterpriseId'),
      enterpriseParam: 'enterpriseId',
      query: {
        state: numberStateSchema.optional(),
        kind: numberKindSchema.optional(),
        siteId: z.uuid().optional(),
        blockId: z.uuid().optional(),
        q: searchQuery,
      },
      summary: "An enterprise's numbers",
      description:
        'Sorted by number (E.164), each with its state and assignee. `q` finds a number by any fragment in any ' +
        'notation (`794 00`, `020 794`, `+31 20`); `state=free` lists the free ones. A site admin sees the ' +
        'numbers allocated to its sites.',
    },
    (ctx, { params, query }) => service.listNumbers(ctx, params.enterpriseId, query),
  );
  routes.get('/api/numbers/:numberId', { params, summary: 'One number' }, (ctx, { params }) =>
    service.getNumber(ctx, params.numberId),
  );
  routes.update(
    '/api/numbers/:numberId',
    {
      params,
      body: numberPatchSchema,
      summary: 'Reserve, free or allocate a number',
      description:
        'Its state (free, reserved, porting; an assigned number is freed at its assignee), the site it is ' +
        'allocated to (null: the enterprise) and a note.',
    },
    (ctx, { params, body }) => service.updateNumber(ctx, params.numberId, body),
  );
}
