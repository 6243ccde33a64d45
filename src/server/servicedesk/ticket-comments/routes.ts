import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commentInputSchema, commentSchema } from '../../../core/servicedesk/tickets';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('ticketId');

export default async function ticketCommentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const comment = commentSchema.meta({ id: 'TicketComment' });
  r.get(
    '/api/tickets/:ticketId/comments',
    {
      config: { policy: { permission: 'ticket-comments.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: "A ticket's timeline of comments",
        description:
          'Oldest first. The provider reads every comment; a customer only those of visibility `customer`: ' +
          'internal notes never leave the provider.',
        params,
        response: { 200: z.object({ items: z.array(comment) }), ...protectedErrors },
      },
    },
    async (req) => service.listComments(ctxOf(req), req.params.ticketId),
  );
  r.post(
    '/api/tickets/:ticketId/comments',
    {
      config: { policy: { permission: 'ticket-comments.write' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Comment on a ticket',
        description:
          '`visibility` is `customer` (default: the customer reads it) or `internal` (the desk only: a ' +
          'customer asking for it gets 422). A closed ticket takes no comments (409 `ticket_closed`). The ' +
          "audit record of an internal note is the provider's only.",
        params,
        body: commentInputSchema,
        response: { 201: comment, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.addComment(ctxOf(req), req.params.ticketId, req.body)),
  );
}
