import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installPolicy } from './policy';

describe('deny by default', () => {
  it('refuses to start with an /api route that declares no policy', async () => {
    const app = Fastify();
    installPolicy(app);
    expect(() => app.get('/api/forgotten', async () => ({ secret: true }))).toThrow(
      'GET /api/forgotten has no policy rule',
    );
  });

  it('accepts routes with a policy, and pages outside /api without one', async () => {
    const app = Fastify();
    installPolicy(app);
    app.get('/api/open', { config: { policy: { public: true } } }, async () => ({ ok: true }));
    app.get('/portal-page', async () => 'page');
    await app.ready();
    expect(app.apiRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/open']);
    await app.close();
  });
});
