import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEventSchema } from '../../core/audit/schemas';
import { isoInstantSchema } from '../../core/dates';
import { decodeCursor, encodeCursor } from '../../core/pagination';
import { ctxOf } from '../http/context';
import { pageQuery, pageSchema, protectedErrors } from '../http/schemas';
import { presentAuditEvent } from './presenter';
import { listAuditEvents } from './repository';

const event = auditEventSchema.meta({ id: 'AuditEvent' });
const token = z.string().trim().max(100).optional();
const instant = isoInstantSchema().optional();

export default async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit-events',
    {
      config: { policy: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit log of your scope',
        description:
          'Every change, newest first: who (`actorId`, or `actor` as part of an e-mail), what (`entityType`, ' +
          '`entityId`, `action`) and when (`from` inclusive, `to` exclusive). Each event gives the changed fields ' +
          'with their old and new values. The log is append-only.',
        querystring: pageQuery({
          actorId: z.uuid().optional(),
          actor: token,
          entityType: token,
          entityId: token,
          action: token,
          enterpriseId: z.uuid().optional(),
          from: instant,
          to: instant,
        }).refine(
          (q) => q.from === undefined || q.to === undefined || Date.parse(q.from) <= Date.parse(q.to),
          {
            path: ['to'],
            error: 'date_before_start',
          },
        ),
        response: { 200: pageSchema(event), ...protectedErrors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { actor } = ctx;
      const { cursor, from, to, ...rest } = req.query;
      const decoded = decodeCursor(cursor, 'serial');
      const rows = await listAuditEvents(
        ctx.db,
        {
          enterpriseIds: actor.enterpriseIds === 'all' ? null : actor.enterpriseIds,
          partnerId: actor.role === 'partner_admin' ? actor.partnerId : null,
          siteIds: actor.siteIds === 'all' ? null : actor.siteIds,
        },
        {
          ...rest,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
          beforeId: decoded?.key,
        },
      );
      const more = rows.length > rest.limit;
      const page = rows.slice(0, rest.limit);
      const last = page[page.length - 1];
      return {
        items: page.map(presentAuditEvent),
        nextCursor: more && last ? encodeCursor({ key: last.id, id: String(last.id) }) : null,
      };
    },
  );
}
