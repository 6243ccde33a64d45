import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import packageJson from '../../../package.json' with { type: 'json' };

/** OpenAPI 3.1, generated from the routes' zod schemas: /api/openapi.json, browsable at /api/docs. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Centrale API',
        version: packageJson.version,
        description:
          'The API of Centrale, the hosted business-telephony platform. Log in with `POST /api/auth/login` ' +
          '(session cookie plus `X-CSRF-Token` on unsafe requests) or send `Authorization: Bearer <token>` ' +
          'with an API token. Errors have the shape `{ "error": { "code", "message", "fields"? } }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'centrale_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
      tags: [
        { name: 'system', description: 'Health and API description' },
        { name: 'auth', description: 'Logging in and out, the current account' },
        { name: 'self', description: 'Your own password, two-factor authentication and API tokens' },
        { name: 'directory', description: 'Partners, enterprises, sites, users and accounts (C1)' },
        { name: 'security', description: 'Security policies per role' },
        { name: 'knowledge', description: 'Training records (C6; they lift the training gate)' },
        { name: 'audit', description: 'The audit log' },
        { name: 'notifications', description: 'The outbox: every message sent, its state and attempts (C7)' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI sets inline styles; nothing is fetched from elsewhere (no external validator).
    uiConfig: { validatorUrl: null, deepLinking: true },
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
        .replace(' validator.swagger.io', ''),
  });
  app.get('/api/openapi.json', { config: { policy: { public: true } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
