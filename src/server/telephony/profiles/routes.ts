import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  profileFeaturesInputSchema,
  profileParamsSchema,
  profilesSchema,
} from '../../../core/telephony/feature-matrix';
import { ctxOf } from '../../http/context';
import { protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const profiles = profilesSchema.meta({ id: 'Profiles' });

export default async function profileRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];

  r.get(
    '/api/profiles',
    {
      config: { policy: { permission: 'profiles.read' } },
      schema: {
        tags,
        summary: 'The profiles and their feature matrix',
        description: 'Vast, Combi, Flex and Mobiel, each with the features it includes.',
        response: { 200: profiles, ...protectedErrors },
      },
    },
    async (req) => service.getProfiles(ctxOf(req)),
  );

  r.put(
    '/api/profiles/:profile/features',
    {
      config: { policy: { permission: 'profiles.write' } },
      schema: {
        tags,
        summary: 'Set the features a profile includes',
        description:
          'The list is every feature the profile includes. Taking away a feature that users of the profile ' +
          'have switched on is refused (409, `feature_in_use` with the count of users per feature).',
        params: profileParamsSchema,
        body: profileFeaturesInputSchema,
        response: { 200: profiles, ...writeErrors },
      },
    },
    async (req) => service.setProfileFeatures(ctxOf(req), req.params.profile, req.body),
  );
}
