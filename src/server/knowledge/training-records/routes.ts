import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  trainingRecordInputSchema,
  trainingRecordSchema,
  trainingSchema,
} from '../../../core/knowledge/trainings';
import { ctxOf } from '../../http/context';
import { idParams, pageQuery, pageSchema, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const record = trainingRecordSchema.meta({ id: 'TrainingRecord' });
const uuid = z.uuid({ error: 'must be a UUID' });

export default async function trainingRecordRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['knowledge'];

  r.get(
    '/api/training-records',
    {
      config: { policy: { permission: 'trainings.read' } },
      schema: {
        tags,
        summary: 'Completed trainings',
        description:
          'Newest first, within your scope. A Telecom Manager training record lifts the training gate.',
        querystring: pageQuery({
          accountId: uuid.optional(),
          enterpriseId: uuid.optional(),
          training: trainingSchema.optional(),
        }),
        response: { 200: pageSchema(record), ...protectedErrors },
      },
    },
    async (req) => service.listTrainingRecords(ctxOf(req), req.query),
  );

  r.post(
    '/api/training-records',
    {
      config: { policy: { permission: 'trainings.write' } },
      schema: {
        tags,
        summary: 'Record a completed training',
        description:
          'Recording `telecom_manager` for an enterprise or partner admin lets it make changes (guide §2.2).',
        body: trainingRecordInputSchema,
        response: { 201: record, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createTrainingRecord(ctxOf(req), req.body)),
  );

  r.delete(
    '/api/training-records/:recordId',
    {
      config: { policy: { permission: 'trainings.write' } },
      schema: {
        tags,
        summary: 'Remove a training record',
        params: idParams('recordId'),
        response: { 204: z.null().describe('Removed'), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.deleteTrainingRecord(ctxOf(req), req.params.recordId);
      return reply.code(204).send(null);
    },
  );
}
