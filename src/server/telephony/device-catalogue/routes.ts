import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  deviceKindSchema,
  deviceModelInputSchema,
  deviceModelPatchSchema,
  deviceModelSchema,
} from '../../../core/telephony/devices';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const params = idParams('modelId');

export default async function deviceCatalogueRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: deviceModelSchema.meta({ id: 'DeviceModel' }),
    read: 'device-catalogue.read',
    write: 'device-catalogue.write',
  });

  routes.list(
    '/api/device-models',
    {
      query: {
        q: searchQuery,
        kind: deviceKindSchema.optional(),
        active: z
          .enum(['true', 'false'])
          .transform((v) => v === 'true')
          .optional(),
      },
      summary: 'The device catalogue',
      description:
        'Every model the provider supplies, sorted by vendor and model, each with how many devices have it. ' +
        '`q` filters on vendor, model and description, `kind` and `active` narrow further.',
    },
    (ctx, { query }) => service.listModels(ctx, query),
  );
  routes.create(
    '/api/device-models',
    {
      body: deviceModelInputSchema,
      summary: 'Add a model to the catalogue (provider)',
      description: 'Vendor and model together are unique (case-insensitively); `maxLines` is 1–16.',
    },
    (ctx, { body }) => service.createModel(ctx, body),
  );
  routes.get('/api/device-models/:modelId', { params, summary: 'One catalogue model' }, (ctx, { params }) =>
    service.getModel(ctx, params.modelId),
  );
  routes.update(
    '/api/device-models/:modelId',
    {
      params,
      body: deviceModelPatchSchema,
      summary: 'Change a catalogue model (provider)',
      description:
        'A model that devices have keeps its kind and at least the lines of its fullest device (409); ' +
        '`active: false` takes it out of supply without touching its devices.',
    },
    (ctx, { params, body }) => service.updateModel(ctx, params.modelId, body),
  );
  routes.remove(
    '/api/device-models/:modelId',
    {
      params,
      summary: 'Remove a catalogue model (provider)',
      description: 'Refused (409, naming its devices) while any device has it; deactivate it instead.',
    },
    (ctx, { params }) => service.deleteModel(ctx, params.modelId),
  );
}
