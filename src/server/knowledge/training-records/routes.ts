import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  trainingRecordInputSchema,
  trainingRecordSchema,
  trainingSchema,
} from '../../../core/knowledge/trainings';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams } from '../../http/schemas';
import * as service from './service';

export default async function trainingRecordRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['knowledge'],
    item: trainingRecordSchema.meta({ id: 'TrainingRecord' }),
    read: 'trainings.read',
    write: 'trainings.write',
  });

  routes.list(
    '/api/training-records',
    {
      query: {
        accountId: z.uuid().optional(),
        enterpriseId: z.uuid().optional(),
        training: trainingSchema.optional(),
      },
      summary: 'Completed trainings',
      description:
        'Newest first, within your scope. A Telecom Manager training record lifts the training gate.',
    },
    (ctx, { query }) => service.listTrainingRecords(ctx, query),
  );
  routes.create(
    '/api/training-records',
    {
      body: trainingRecordInputSchema,
      summary: 'Record a completed training',
      description:
        'Recording `telecom_manager` for an enterprise or partner admin lets it make changes (guide §2.2).',
    },
    (ctx, { body }) => service.createTrainingRecord(ctx, body),
  );
  routes.remove(
    '/api/training-records/:recordId',
    { params: idParams('recordId'), summary: 'Remove a training record' },
    (ctx, { params }) => service.deleteTrainingRecord(ctx, params.recordId),
  );
}
