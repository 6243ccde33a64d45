import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  catalogueItemCreateSchema,
  catalogueItemPatchSchema,
  catalogueItemSchema,
  catalogueKeySchema,
  tariffCreateSchema,
  tariffPatchSchema,
  tariffSchema,
} from '../../../core/servicedesk/catalogue';
import { resourceRoutes } from '../../http/resource-routes';
import * as service from './service';

const itemParams = z.object({ key: catalogueKeySchema });
const tariffParams = z.object({ key: catalogueKeySchema });

/** The change catalogue and the tariff list (guide §5.1–5.3): read by requesters, edited by the provider. */
export default async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const items = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: catalogueItemSchema.meta({ id: 'CatalogueItem' }),
    read: 'catalogue.read',
    write: 'catalogue.write',
  });
  items.list(
    '/api/change-catalogue',
    {
      summary: 'The change catalogue',
      description:
        'What a Telecom Manager may request, in the catalogue’s order, all on one page: each item’s lead time ' +
        '(`working_days`, calendar `weeks`, or `on_request`), its lead time by the site’s line type where that ' +
        'differs (a move: 6 or 8 weeks on DSL, on request for fibre), what a request must name besides its ' +
        'description (`asks`), and its cost as a quantity of a tariff. The provider’s staff also see retired items.',
    },
    (ctx) => service.listItems(ctx),
  );
  items.create(
    '/api/change-catalogue',
    {
      body: catalogueItemCreateSchema,
      summary: 'Add an item to the change catalogue (provider)',
      description:
        'The key is stable (lower-case words joined by hyphens) and unique (409 `catalogue_key_taken`). A lead ' +
        'time by line type needs `siteId` among `asks` (422 `line_type_needs_site`); a cost names a tariff of ' +
        'the list (422 `tariff_unknown`).',
    },
    (ctx, { body }) => service.createItem(ctx, body),
  );
  items.get(
    '/api/change-catalogue/:key',
    { params: itemParams, summary: 'One catalogue item' },
    (ctx, { params }) => service.getItem(ctx, params.key),
  );
  items.update(
    '/api/change-catalogue/:key',
    {
      params: itemParams,
      body: catalogueItemPatchSchema,
      summary: 'Change a catalogue item (provider)',
      description:
        'The fields given replace the item’s; the item as it would be is checked whole. `active: false` retires ' +
        'it: it can no longer be requested, the tickets that named it keep it.',
    },
    (ctx, { params, body }) => service.updateItem(ctx, params.key, body),
  );
  items.remove(
    '/api/change-catalogue/:key',
    { params: itemParams, summary: 'Remove a catalogue item (provider)' },
    (ctx, { params }) => service.deleteItem(ctx, params.key),
  );

  const tariffs = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: tariffSchema.meta({ id: 'Tariff' }),
    read: 'catalogue.read',
    write: 'catalogue.write',
  });
  tariffs.list(
    '/api/tariffs',
    {
      summary: 'The tariff list',
      description:
        'The hourly rate and the standard prices, in euros excluding VAT, by key; all on one page.',
    },
    (ctx) => service.listTariffs(ctx),
  );
  tariffs.create(
    '/api/tariffs',
    {
      body: tariffCreateSchema,
      summary: 'Add a tariff (provider)',
      description: 'Unique key (409 `tariff_key_taken`); the amount to the cent.',
    },
    (ctx, { body }) => service.createTariff(ctx, body),
  );
  tariffs.get('/api/tariffs/:key', { params: tariffParams, summary: 'One tariff' }, (ctx, { params }) =>
    service.getTariff(ctx, params.key),
  );
  tariffs.update(
    '/api/tariffs/:key',
    {
      params: tariffParams,
      body: tariffPatchSchema,
      summary: 'Change a tariff (provider)',
      description: 'A new amount counts for the estimates made from then on.',
    },
    (ctx, { params, body }) => service.updateTariff(ctx, params.key, body),
  );
  tariffs.remove(
    '/api/tariffs/:key',
    {
      params: tariffParams,
      summary: 'Remove a tariff (provider)',
      description: 'Refused (409 `tariff_in_use`, naming them) while catalogue items price by it.',
    },
    (ctx, { params }) => service.deleteTariff(ctx, params.key),
  );
}
