import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { securityPolicySchema } from '../../../core/access/password-policy';
import { roleSchema } from '../../../core/access/roles';
import { ctxOf } from '../../http/context';
import { protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const item = z
  .object({ role: roleSchema, policy: securityPolicySchema, isDefault: z.boolean() })
  .meta({ id: 'SecurityPolicy' });

export default async function securityPolicyRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['security'];

  r.get(
    '/api/security-policies',
    {
      config: { policy: { permission: 'security-policies.read' } },
      schema: {
        tags,
        summary: 'Security policy of every role',
        description:
          'Password length and character classes, rotation (days), reuse history, lockout and whether two-factor ' +
          'is required. Enterprise-level roles get the strict policy of guide §3.2.6 by default.',
        response: { 200: z.object({ items: z.array(item) }), ...protectedErrors },
      },
    },
    async (req) => ({ items: await service.listSecurityPolicies(ctxOf(req)) }),
  );

  r.put(
    '/api/security-policies/:role',
    {
      config: { policy: { permission: 'security-policies.write' } },
      schema: {
        tags,
        summary: "Set a role's security policy",
        params: z.strictObject({ role: roleSchema }),
        body: securityPolicySchema,
        response: { 200: item, ...writeErrors },
      },
    },
    async (req) => service.setSecurityPolicy(ctxOf(req), req.params.role, req.body),
  );
}
