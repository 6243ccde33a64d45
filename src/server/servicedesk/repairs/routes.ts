import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  repairDetailSchema,
  repairInputSchema,
  repairPreviewInputSchema,
  repairPreviewSchema,
  repairSchema,
  repairShippedSchema,
  repairStatusSchema,
  repairStepSchema,
} from '../../../core/servicedesk/repairs';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('repairId');
const deviceParams = idParams('deviceId');

const WARRANTY =
  'The warranty is decided from the device’s ownership on the day (the provider’s time zone): rented → ' +
  'covered for the whole rental (`rented`); bought → covered for CENTRALE_REPAIR_WARRANTY_MONTHS from the ' +
  'purchase date (`bought_in_term` with `coveredUntil`, the last covered day, or `bought_term_ended`); a ' +
  'battery never (`battery`). `excess` is the tariff list’s `repair-excess` (every repair or swap, guide ' +
  '§4.4.3; null when the list has none); out of warranty the new equipment is charged too ' +
  '(`equipmentCharged`). `returnAddress` is CENTRALE_REPAIR_RETURN_ADDRESS, lines separated by newlines.';

/** Repairs (guide §4.4): registering a defective device, the desk's steps, a device's history. */
export default async function repairRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: repairSchema.meta({ id: 'Repair' }),
    read: 'repairs.read',
    write: 'repairs.write',
  });
  const detail = repairDetailSchema.meta({ id: 'RepairDetail' });
  const r = app.withTypeProvider<ZodTypeProvider>();

  routes.list(
    '/api/repairs',
    {
      query: { enterpriseId: z.uuid().optional(), status: repairStatusSchema.optional() },
      summary: 'List repairs',
      description:
        'Newest first. The provider sees every repair, a partner admin those of its enterprises, an enterprise ' +
        "admin its enterprise's, a site admin those of devices on its sites. `enterpriseId` (404 outside your " +
        'scope) and `status` (`registered`, `received`, `shipped`, `closed`) narrow.',
    },
    (ctx, { query }) => service.listRepairs(ctx, query),
  );

  routes.list(
    '/api/devices/:deviceId/repairs',
    {
      params: deviceParams,
      summary: "A device's repairs (its history)",
      description:
        'Newest first. A device outside your scope (another enterprise’s, by id guessing) is not found.',
    },
    (ctx, { params, query }) => service.deviceRepairs(ctx, params.deviceId, query),
  );

  r.post(
    '/api/repairs/preview',
    {
      config: { policy: { permission: 'repairs.write', readsOnly: true } },
      schema: {
        tags: ['servicedesk'],
        summary: 'What a repair of a device would come to, before it is registered',
        description: `Stores nothing. ${WARRANTY} A device outside your scope is not found (404).`,
        body: repairPreviewInputSchema,
        response: { 200: repairPreviewSchema.meta({ id: 'RepairPreview' }), ...writeErrors },
      },
    },
    async (req) => service.previewRepair(ctxOf(req), req.body),
  );

  routes.create(
    '/api/repairs',
    {
      body: repairInputSchema,
      response: detail,
      summary: 'Register a defective device for repair',
      description:
        'Makes a ticket of type `repair` (its readable number `RMA-2026-000042`, to write on the parcel, is the ' +
        'answer’s `number`) and the repair, status `registered`, in one transaction; the ticket is routed and ' +
        `notified like any other. ${WARRANTY} A device has one open repair at a time: another registration ` +
        'before it is closed is 409 `repair_open` (with its `number`), also when two arrive at once. A device ' +
        'outside your scope (another enterprise’s, or for a site admin another site’s) is not found (404).',
    },
    (ctx, { body }) => service.createRepair(ctx, body),
  );

  r.get(
    '/api/repairs/:repairId',
    {
      config: { policy: { permission: 'repairs.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'One repair, with its steps',
        description:
          '`history` lists its steps oldest first; `nextSteps` what may follow. 404 outside your scope.',
        params,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.getRepair(ctxOf(req), req.params.repairId),
  );

  const stepText =
    'A step the flow does not allow (registered → received → shipped → closed) is 409 ' +
    '`repair_step_not_allowed` with `allowed`, or `repair_step_final` once closed; of two parallel steps ' +
    'the second is judged on the first’s result. The ticket follows (received → in progress, shipped → ' +
    'resolved, closed → closed). Audited.';
  r.post(
    '/api/repairs/:repairId/received',
    {
      config: { policy: { permission: 'repairs.handle' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'The defective device came in (the desk)',
        description: stepText,
        params,
        body: repairStepSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.stepRepair(ctxOf(req), req.params.repairId, 'received', req.body),
  );
  r.post(
    '/api/repairs/:repairId/shipped',
    {
      config: { policy: { permission: 'repairs.handle' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'The replacement was shipped (the desk)',
        description:
          '`trackingReference` of the parcel (delivery is by post; the customer installs it, guide §4.4.3), and ' +
          'the replacement’s `serial` and `mac` when it has them. The MAC (any usual notation, unicast) replaces ' +
          'the device’s own, so its provisioning follows the new hardware: audited as a change of the device; ' +
          'a MAC another device has is 409 `mac_taken`, a MAC for a device kind known by none 422 ' +
          `\`mac_not_for_kind\`. ${stepText}`,
        params,
        body: repairShippedSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.stepRepair(ctxOf(req), req.params.repairId, 'shipped', req.body),
  );
  r.post(
    '/api/repairs/:repairId/closed',
    {
      config: { policy: { permission: 'repairs.handle' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Close the repair (the desk)',
        description: `After the replacement was shipped. ${stepText}`,
        params,
        body: repairStepSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.stepRepair(ctxOf(req), req.params.repairId, 'closed', req.body),
  );
}
