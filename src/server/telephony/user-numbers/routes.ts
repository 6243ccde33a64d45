import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userNumbersInputSchema, userNumbersSchema } from '../../../core/telephony/number-plan';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('userId');
const numbers = userNumbersSchema.meta({ id: 'UserNumbers' });

export default async function userNumberRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];

  r.get(
    '/api/users/:userId/numbers',
    {
      config: { policy: { permission: 'user-telephony.read' } },
      schema: {
        tags,
        summary: "A user's extension and numbers",
        params,
        response: { 200: numbers, ...protectedErrors },
      },
    },
    async (req) => service.getUserNumbers(ctxOf(req), req.params.userId),
  );

  r.put(
    '/api/users/:userId/numbers',
    {
      config: { policy: { permission: 'user-telephony.write' } },
      schema: {
        tags,
        summary: "Set a user's extension and numbers",
        description:
          'As the profile allows: Vast a fixed number, Combi a fixed and a mobile number, Flex one fixed number, ' +
          "Mobiel a mobile number. A number must be a free number of the enterprise's plan (any usual notation), " +
          "of the right kind and on the user's site when it is allocated to one; an extension has the " +
          "enterprise's length. null frees what the user had.",
        params,
        body: userNumbersInputSchema,
        response: { 200: numbers, ...writeErrors },
      },
    },
    async (req) => service.setUserNumbers(ctxOf(req), req.params.userId, req.body),
  );
}
