import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { telephonySettingsInputSchema, telephonySettingsSchema } from '../../../core/telephony/number-plan';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('enterpriseId');
const settings = telephonySettingsSchema.meta({ id: 'TelephonySettings' });

export default async function telephonySettingsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];
  const url = '/api/enterprises/:enterpriseId/telephony-settings';

  r.get(
    url,
    {
      config: { policy: { permission: 'telephony-settings.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "An enterprise's telephony settings",
        description: 'The length of its extensions (2–6 digits), and how many it has.',
        params,
        response: { 200: settings, ...protectedErrors },
      },
    },
    async (req) => service.getSettings(ctxOf(req), req.params.enterpriseId),
  );

  r.put(
    url,
    {
      config: { policy: { permission: 'telephony-settings.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "Change an enterprise's telephony settings",
        description:
          'The extension length changes only while the enterprise has no extensions (422 otherwise).',
        params,
        body: telephonySettingsInputSchema,
        response: { 200: settings, ...writeErrors },
      },
    },
    async (req) => service.updateSettings(ctxOf(req), req.params.enterpriseId, req.body),
  );
}
