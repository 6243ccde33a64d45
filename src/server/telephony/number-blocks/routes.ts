import type { FastifyInstance } from 'fastify';
import { numberBlockInputSchema, numberBlockSchema } from '../../../core/telephony/number-plan';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('blockId');

export default async function numberBlockRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: numberBlockSchema.meta({ id: 'NumberBlock' }),
    read: 'number-blocks.read',
    write: 'number-blocks.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/number-blocks',
    {
      ...inEnterprise,
      summary: "An enterprise's number blocks",
      description:
        'Sorted by the first number, each with its count of free, assigned, reserved and porting numbers. ' +
        'A site admin sees the blocks that hold numbers of its sites, counted on those.',
    },
    (ctx, { params, query }) => service.listBlocks(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/number-blocks',
    {
      ...inEnterprise,
      body: numberBlockInputSchema,
      summary: 'Give an enterprise a block of numbers (provider)',
      description:
        '`size` consecutive numbers from `first` (any usual notation; a mobile number is a block of 1), all ' +
        'free, or `porting` while they are being ported in. A block that overlaps numbers of any plan is refused (409).',
    },
    (ctx, { params, body }) => service.createBlock(ctx, params.enterpriseId, body),
  );
  routes.get('/api/number-blocks/:blockId', { params, summary: 'One number block' }, (ctx, { params }) =>
    service.getBlock(ctx, params.blockId),
  );
  routes.remove(
    '/api/number-blocks/:blockId',
    {
      params,
      summary: 'Take a block back (provider)',
      description: 'Refused (409, with the numbers) while any of its numbers is assigned.',
    },
    (ctx, { params }) => service.deleteBlock(ctx, params.blockId),
  );
}
