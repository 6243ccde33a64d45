import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEventSchema, auditNamesSchema } from '../../core/audit/schemas';
import { AUDIT_KINDS } from '../../core/audit/vocabulary';
import { isoInstantSchema } from '../../core/dates';
import { decodeCursor, encodeCursor } from '../../core/pagination';
import { ctxOf } from '../http/context';
import { pageQuery, pageSchema, protectedErrors } from '../http/schemas';
import { namesOfPage } from './names';
import { presentAuditEvent } from './presenter';
import { listAuditEvents } from './repository';

const event = auditEventSchema.meta({ id: 'AuditEvent' });
const token = z.string().trim().max(100).optional();
const instant = isoInstantSchema().optional();

const auditPage = pageSchema(event).extend({
  names: auditNamesSchema.describe(
    'The names of the entities the events of this page refer to (the entity itself, the actor, its ' +
      'token, the enterprise, site and partner of the event, and the ids in the changes: `siteId`, ' +
      '`siteIds`, `userId`, `enterpriseId`, `partnerId`, `accountId`, `recordedBy`...), by id. Only ' +
      'entities in your scope are named; an entity since removed has the last name your part of the ' +
      'log holds, with `deleted`. An id without a name is outside your scope (or unknown).',
  ),
});

export default async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit-events',
    {
      config: { policy: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit log of your scope',
        description:
          'Every event, newest first: who (`actorId`, or `actor` as part of an e-mail), what (`entityType`, ' +
          '`entityId`, `action`) and when (`from` inclusive, `to` exclusive). Each event gives the changed fields ' +
          'with their old and new values. `kind` chooses which events: `changes` (what someone changed), ' +
          '`access` (login, logout, login_failed, locked, reauthentication_failed), `system` (events without ' +
          'an actor: the bootstrap and the demo seed) or `all`, the default. `names` gives the names of the ' +
          'entities the page refers to. The log is append-only.',
        querystring: pageQuery({
          actorId: z.uuid().optional(),
          actor: token,
          entityType: token,
          entityId: token,
          action: token,
          kind: z
            .enum(AUDIT_KINDS)
            .default('all')
            .describe('Which events: changes, access (sign-ins), system (no actor) or all (default)'),
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
        response: { 200: auditPage, ...protectedErrors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { actor } = ctx;
      const { cursor, from, to, ...rest } = req.query;
      const decoded = decodeCursor(cursor, 'serial');
      const scope = {
        enterpriseIds: actor.enterpriseIds === 'all' ? null : actor.enterpriseIds,
        partnerId: actor.role === 'partner_admin' ? actor.partnerId : null,
        siteIds: actor.siteIds === 'all' ? null : actor.siteIds,
      };
      const rows = await listAuditEvents(ctx.db, scope, {
        ...rest,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
        beforeId: decoded?.key,
      });
      const more = rows.length > rest.limit;
      const page = rows.slice(0, rest.limit);
      const last = page[page.length - 1];
      return {
        items: page.map(presentAuditEvent),
        nextCursor: more && last ? encodeCursor({ key: last.id, id: String(last.id) }) : null,
        names: await namesOfPage(ctx.db, { ...scope, accountId: actor.accountId }, page),
      };
    },
  );
}
