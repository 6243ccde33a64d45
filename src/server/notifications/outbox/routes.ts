import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OUTBOX_STATES, outboxMessageSchema, outboxStatusSchema } from '../../../core/notifications/outbox';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, searchQuery, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('messageId');

/** The outbox (C7): every message the platform sends, with its state and attempts; the provider's. */
export default async function outboxRoutes(app: FastifyInstance): Promise<void> {
  const item = outboxMessageSchema.meta({ id: 'OutboxMessage' });
  const routes = resourceRoutes(app, {
    tags: ['notifications'],
    item,
    read: 'outbox.read',
    write: 'outbox.write',
  });
  routes.list(
    '/api/outbox',
    {
      query: { state: z.enum(OUTBOX_STATES).optional(), q: searchQuery, entityId: z.uuid().optional() },
      summary: 'The outbox (provider)',
      description:
        'Every message, newest first: `queued` (waiting for its next attempt, or for SMTP when `SMTP_URL` is not ' +
        'set), `sending`, `sent`, `failed` (after the last attempt or a permanent refusal), with its attempts, ' +
        'next attempt and last error. `q` searches the recipient, the subject and the ticket number; `entityId` ' +
        'gives the messages of one ticket.',
    },
    (ctx, { query }) => service.listMessages(ctx, query),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/outbox/status',
    {
      config: { policy: { permission: 'outbox.read' } },
      schema: {
        tags: ['notifications'],
        summary: 'How messages leave (provider)',
        description:
          '`transport` is `smtp` when SMTP_URL is set, `none` when messages are only recorded; counts per state.',
        response: { 200: outboxStatusSchema, ...protectedErrors },
      },
    },
    async (req) => service.outboxStatus(ctxOf(req)),
  );
  routes.get(
    '/api/outbox/:messageId',
    { params, summary: 'One message of the outbox (provider)' },
    (ctx, { params }) => service.getMessage(ctx, params.messageId),
  );
  r.post(
    '/api/outbox/:messageId/retry',
    {
      config: { policy: { permission: 'outbox.write' } },
      schema: {
        tags: ['notifications'],
        summary: 'Send a failed message again (provider admin)',
        description:
          'Queues a `failed` message again, due now and with its attempts counted afresh; the sender job takes it ' +
          'in its next round. Any other state: 409 `outbox_not_failed`. Audited.',
        params,
        response: { 200: item, ...writeErrors },
      },
    },
    async (req) => service.retryMessage(ctxOf(req), req.params.messageId),
  );
}
