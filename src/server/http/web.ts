import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST } from '../paths';

/**
 * Serves the built portal, and answers every other unknown path: JSON for /api, the portal's
 * index.html for pages (the portal's router shows its own 404 page).
 */
export async function installWeb(app: FastifyInstance): Promise<void> {
  const built = existsSync(path.join(WEB_DIST, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      // Looked up per request, so a rebuilt portal is served without a restart.
      wildcard: true,
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Vite's file names carry a content hash: cache them for good; never cache the page itself.
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api');
    if (isPage && built) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (isPage) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The portal has not been built. Run `npm run build:web` (npm start does this when needed).');
    }
    return reply
      .code(404)
      .send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } });
  });
}
