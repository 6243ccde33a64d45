import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { DomainError, notFound } from '../../core/errors';
import { WEB_DIST } from '../paths';
import { allowedMethodsOf } from './allowed-methods';
import { MAX_PARAM_LENGTH, toErrorBody } from './errors';

/**
 * Serves the built portal, and answers every other unknown path: JSON for /api (405 with `Allow`
 * when the path exists with other methods), the portal's index.html for pages (the portal's
 * router shows its own 404 page).
 */
export async function installWeb(app: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      // Looked up per request, so a rebuilt portal is served without a restart.
      wildcard: true,
      index: ['index.html'],
      // The build writes .br and .gz copies; the one the browser accepts is sent (Vary: Accept-Encoding).
      preCompressed: true,
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
  // Built at the first unknown path, when every route is registered.
  let allowedOn: ((pathname: string) => string[]) | undefined;
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    // The portal's routes have no file extension; a missing file (an old asset) is a plain 404.
    const isPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !pathname.startsWith('/api') &&
      !/\.[A-Za-z0-9]+$/.test(pathname);
    if (isPage && built) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (isPage) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The portal has not been built. Run `npm run build:web` (npm start does this when needed).');
    }
    // The router skips a route whose parameter is over its limit; with the portal's catch-all
    // route beside it, the request lands here instead of in frameworkErrors.
    if (pathname.startsWith('/api/') && pathname.split('/').some((part) => part.length > MAX_PARAM_LENGTH)) {
      const { status, body } = toErrorBody(
        new DomainError('uri_too_long', {
          reason: { code: 'path_part_too_long', params: { max: MAX_PARAM_LENGTH } },
        }),
      );
      return reply.code(status).send(body);
    }
    allowedOn ??= allowedMethodsOf(app.apiRoutes);
    const allowed = pathname.startsWith('/api/') ? allowedOn(pathname) : [];
    if (allowed.length > 0) {
      const { status, body } = toErrorBody(
        new DomainError('method_not_allowed', {
          reason: { code: 'method_not_on_path', params: { method: req.method, allowed: allowed.join(', ') } },
        }),
      );
      return reply.code(status).header('allow', allowed.join(', ')).send(body);
    }
    const { status, body } = toErrorBody(notFound());
    return reply.code(status).send(body);
  });
}
