import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deviceInputSchema,
  deviceKindSchema,
  devicePatchSchema,
  deviceSchema,
  lineParams,
  sipCredentialsSchema,
} from '../../../core/telephony/devices';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('deviceId');

export default async function deviceRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: deviceSchema.meta({ id: 'Device' }),
    read: 'devices.read',
    write: 'devices.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/devices',
    {
      ...inEnterprise,
      query: {
        q: searchQuery,
        siteId: z.uuid().optional(),
        userId: z.uuid().optional(),
        kind: deviceKindSchema.optional(),
        sort: z.enum(['label', 'identifier']).default('label'),
        direction: z.enum(['asc', 'desc']).default('asc'),
      },
      summary: "List an enterprise's devices",
      description:
        'Sorted by `sort` (label, or identifier: MAC or ICCID) in `direction`. A site admin sees the devices of ' +
        'its own sites. `q` finds a fragment of the label, model, user name, MAC (any notation) or ICCID; ' +
        '`siteId`, `userId` (the device or one of its lines) and `kind` narrow further.',
    },
    (ctx, { params, query }) => service.listDevices(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/devices',
    {
      ...inEnterprise,
      body: deviceInputSchema,
      summary: 'Add a device',
      description:
        'Of a catalogue model, on a site of the enterprise (a site admin: one of its own). A desk phone, DECT ' +
        'base or handset, conference phone or ATA needs its MAC (any usual notation), a SIM its ICCID ' +
        '(Luhn-checked), a softphone neither; both are unique (409). Each line gets a SIP username and a new ' +
        'password, returned in `credentials` of this answer only.',
    },
    (ctx, { params, body }) => service.createDevice(ctx, params.enterpriseId, body),
  );
  routes.get('/api/devices/:deviceId', { params, summary: 'One device' }, (ctx, { params }) =>
    service.getDevice(ctx, params.deviceId),
  );
  routes.update(
    '/api/devices/:deviceId',
    {
      params,
      body: devicePatchSchema,
      summary: 'Change a device',
      description:
        '`lines` replaces the lines: those kept keep their credentials, new ones get new passwords (in ' +
        '`credentials`, this answer only), those beyond the new count go. A site admin cannot move a device ' +
        'to a site not its own.',
    },
    (ctx, { params, body }) => service.updateDevice(ctx, params.deviceId, body),
  );
  routes.remove('/api/devices/:deviceId', { params, summary: 'Remove a device' }, (ctx, { params }) =>
    service.deleteDevice(ctx, params.deviceId),
  );

  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/devices/:deviceId/lines/:line/credentials',
    {
      config: { policy: { permission: 'devices.write' } },
      schema: {
        tags: ['telephony'],
        summary: 'Give a device line a new SIP password',
        description:
          'The former password stops working at once; the new one is in this answer only (it is not stored: ' +
          'only the digests H(username:realm:password) in MD5 and SHA-256 are).',
        params: lineParams,
        response: { 200: sipCredentialsSchema.meta({ id: 'SipCredentials' }), ...writeErrors },
      },
    },
    async (req) => service.regenerateCredentials(ctxOf(req), req.params.deviceId, req.params.line),
  );
}
