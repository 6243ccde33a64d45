import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  myPhoneInputSchema,
  myPhoneSchema,
  userFeaturesInputSchema,
  userFeaturesSchema,
} from '../../../core/telephony/features';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('userId');
const features = userFeaturesSchema.meta({ id: 'UserFeatures' });
const myPhone = myPhoneSchema.meta({ id: 'MyPhone' });

const DESTINATIONS =
  'A destination is an extension of the enterprise, a number in any usual Dutch or E.164 notation, or ' +
  '`voicemail` (when voicemail is on); never the user itself.';

export default async function userFeatureRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];

  r.get(
    '/api/users/:userId/features',
    {
      config: { policy: { permission: 'user-telephony.read' } },
      schema: {
        tags,
        summary: "A user's telephony features",
        description:
          'DND, forwarding, voicemail (`pinSet`, never the PIN), caller ID, simultaneous and sequential ring, ' +
          'the BLF list, and which features the profile includes.',
        params,
        response: { 200: features, ...protectedErrors },
      },
    },
    async (req) => service.getUserFeatures(ctxOf(req), req.params.userId),
  );

  r.put(
    '/api/users/:userId/features',
    {
      config: { policy: { permission: 'user-telephony.write' } },
      schema: {
        tags,
        summary: "Set a user's telephony features",
        description:
          `Every setting at once. A feature the profile does not include can be sent switched off, never on (422 with a field issue naming the profile). ${DESTINATIONS} ` +
          'No-answer forwarding waits 5–120 seconds. The voicemail PIN (4–8 digits, not one digit repeated, not a run such as 1234, ' +
          'not the own extension) is kept when left out and removed with null. The BLF list holds other users of the ' +
          'enterprise, each once, at most CENTRALE_MAX_BLF_ENTRIES.',
        params,
        body: userFeaturesInputSchema,
        response: { 200: features, ...writeErrors },
      },
    },
    async (req) => service.setUserFeatures(ctxOf(req), req.params.userId, req.body),
  );

  r.get(
    '/api/me/phone',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['self'],
        summary: 'My phone',
        description:
          'The numbers and self-service features of the user the account belongs to (404 for an account without one).',
        response: { 200: myPhone, ...protectedErrors },
      },
    },
    async (req) => service.getMyPhone(ctxOf(req)),
  );

  r.put(
    '/api/me/phone',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['self'],
        summary: 'Change my forwarding, DND, voicemail PIN and greeting, simultaneous ring',
        description: `Within what the profile includes; the rest of the user's settings stays as it is. ${DESTINATIONS}`,
        body: myPhoneInputSchema,
        response: { 200: myPhone, ...writeErrors },
      },
    },
    async (req) => service.setMyPhone(ctxOf(req), req.body),
  );
}
