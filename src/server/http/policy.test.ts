import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installPolicy } from './policy';

describe('deny by default', () => {
  it('refuses to start with an /api route that declares no policy', async () => {
    const app = Fastify();
    installPolicy(app, { enterpriseExists: async () => true });
    expect(() => app.get('/api/forgotten', async () => ({ secret: true }))).toThrow(
      'GET /api/forgotten has no policy rule',
    );
  });

  it('accepts routes with a policy, and pages outside /api without one', async () => {
    const app = Fastify();
    installPolicy(app, { enterpriseExists: async () => true });
    app.get('/api/open', { config: { policy: { public: true } } }, async () => ({ ok: true }));
    app.get('/portal-page', async () => 'page');
    await app.ready();
    expect(app.apiRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/open']);
    await app.close();
  });
});

describe('permission kinds', () => {
  it('refuses to start with an unsafe route that names a read permission', () => {
    const app = Fastify();
    installPolicy(app, { enterpriseExists: async () => true });
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      expect(() =>
        app[method](
          '/api/sites/:siteId',
          { config: { policy: { permission: 'sites.read' } } },
          async () => ({}),
        ),
      ).toThrow(/changes with the read permission sites.read/);
    }
  });

  it('accepts a read permission on an unsafe route that says it only reads, and writes as usual', async () => {
    const app = Fastify();
    installPolicy(app, { enterpriseExists: async () => true });
    app.post(
      '/api/simulate',
      { config: { policy: { permission: 'sites.read', readsOnly: true } } },
      async () => ({}),
    );
    app.post('/api/sites', { config: { policy: { permission: 'sites.write' } } }, async () => ({}));
    app.get('/api/sites', { config: { policy: { permission: 'sites.read' } } }, async () => ({}));
    await app.ready();
    expect(app.apiRoutes).toHaveLength(3);
    await app.close();
  });
});
