import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  callCheckInputSchema,
  callCheckSchema,
  enterpriseCallRestrictionsInputSchema,
  enterpriseCallRestrictionsSchema,
  userCallRestrictionsInputSchema,
  userCallRestrictionsSchema,
} from '../../../core/telephony/call-classes';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const userParams = idParams('userId');
const enterpriseRestrictions = enterpriseCallRestrictionsSchema.meta({ id: 'EnterpriseCallRestrictions' });
const userRestrictions = userCallRestrictionsSchema.meta({ id: 'UserCallRestrictions' });
const check = callCheckSchema.meta({ id: 'CallCheck' });

const KEYS_TEXT =
  'Keys (true = allowed): internal (extensions and own numbers), nationalFixed (geographic 0xx), mobile (06), ' +
  'international (00/+ other than 31), premium (0900/0906/0909, 18xx, and the special ranges 066/067/082/097), ' +
  'service (0800, 085/088/091, 084/087, 14xxx, 116xxx). 112 is never barred.';

export default async function callRestrictionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];
  const enterpriseUrl = '/api/enterprises/:enterpriseId/call-restrictions';
  const userUrl = '/api/users/:userId/call-restrictions';

  r.get(
    enterpriseUrl,
    {
      config: { policy: { permission: 'telephony-settings.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "An enterprise's default call restrictions",
        description: `What users that follow the default may call. ${KEYS_TEXT}`,
        params: enterpriseParams,
        response: { 200: enterpriseRestrictions, ...protectedErrors },
      },
    },
    async (req) => service.getEnterpriseRestrictions(ctxOf(req), req.params.enterpriseId),
  );

  r.put(
    enterpriseUrl,
    {
      config: { policy: { permission: 'telephony-settings.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "Set an enterprise's default call restrictions",
        description: `The whole set; users that follow the default follow the new one. ${KEYS_TEXT}`,
        params: enterpriseParams,
        body: enterpriseCallRestrictionsInputSchema,
        response: { 200: enterpriseRestrictions, ...writeErrors },
      },
    },
    async (req) =>
      service.setEnterpriseRestrictions(ctxOf(req), req.params.enterpriseId, req.body.restrictions),
  );

  r.post(
    `${enterpriseUrl}/check`,
    {
      config: {
        policy: { permission: 'telephony-settings.read', enterpriseParam: 'enterpriseId', readsOnly: true },
      },
      schema: {
        tags,
        summary: 'Would this call be allowed?',
        description:
          "The class of a dialled number (any usual notation) and whether the user's restrictions, or the " +
          'default without userId, let it through. Changes nothing.',
        params: enterpriseParams,
        body: callCheckInputSchema,
        response: { 200: check, ...writeErrors },
      },
    },
    async (req) => service.checkCall(ctxOf(req), req.params.enterpriseId, req.body),
  );

  r.get(
    userUrl,
    {
      config: { policy: { permission: 'user-telephony.read' } },
      schema: {
        tags,
        summary: "A user's call restrictions",
        description:
          'The set that holds for the user, whether it follows the enterprise default, and that default.',
        params: userParams,
        response: { 200: userRestrictions, ...protectedErrors },
      },
    },
    async (req) => service.getUserRestrictions(ctxOf(req), req.params.userId),
  );

  r.put(
    userUrl,
    {
      config: { policy: { permission: 'user-telephony.write' } },
      schema: {
        tags,
        summary: "Set a user's call restrictions",
        description: `Either { followsDefault: true } or { followsDefault: false, restrictions: {…} } with the whole set. ${KEYS_TEXT}`,
        params: userParams,
        body: userCallRestrictionsInputSchema,
        response: { 200: userRestrictions, ...writeErrors },
      },
    },
    async (req) => service.setUserRestrictions(ctxOf(req), req.params.userId, req.body),
  );
}
