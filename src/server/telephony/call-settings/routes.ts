import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callSettingsInputSchema, callSettingsSchema } from '../../../core/telephony/call-settings';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('enterpriseId');
const settings = callSettingsSchema.meta({ id: 'CallSettings' });

const WHAT =
  'presentation (naam- en nummerweergave): the display name and main number that leave with outgoing calls of ' +
  "users who present the main number, and per site an override (the site's own main number and/or name); " +
  'transfer (doorverbinden): blind, attended, to outside numbers, recall after N seconds (0 = none, else 10–300); ' +
  'queueMessages: the default texts a queue without its own uses (welcome, comfort, position with {position}, ' +
  'overflow, closed), read aloud by the call plane.';

export default async function callSettingsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];
  const url = '/api/enterprises/:enterpriseId/call-settings';

  r.get(
    url,
    {
      config: { policy: { permission: 'telephony-settings.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "An enterprise's call settings",
        description: `${WHAT} The defaults (the enterprise's name, no main number, Dutch texts) until they are set. A site administrator sees the overrides of its own sites.`,
        params,
        response: { 200: settings, ...protectedErrors },
      },
    },
    async (req) => service.getCallSettings(ctxOf(req), req.params.enterpriseId),
  );

  r.put(
    url,
    {
      config: { policy: { permission: 'telephony-settings.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "Set an enterprise's call settings",
        description:
          `The whole of them. ${WHAT} A main number is given in any notation and stored in E.164; it must be a ` +
          "number of the enterprise's own plan, in any state (a number assigned to a user or an attendant may be " +
          "presented too); a site's must be allocated to that site or to no site (422 with a field message " +
          'otherwise, as for a site of another enterprise). A block holding a main number cannot be removed.',
        params,
        body: callSettingsInputSchema,
        response: { 200: settings, ...writeErrors },
      },
    },
    async (req) => service.setCallSettings(ctxOf(req), req.params.enterpriseId, req.body),
  );
}
