import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../core/access/permissions';
import type { Page } from '../../core/pagination';
import { type Ctx, ctxOf } from './context';
import { pageQuery, pageSchema, protectedErrors, writeErrors } from './schemas';
import type { RoutePolicy } from './types';

/**
 * The list / create / get / change / remove skeleton of a resource, in one place: a resource states
 * what is particular to it (its schemas, permissions, texts and the service call) and this gives
 * every route its policy, error responses, status codes and OpenAPI entry. A route with a shape of
 * its own (an action such as reset-password) stays written out beside it.
 *
 *   const routes = resourceRoutes(app, { tags: ['directory'], item: site, read: 'sites.read', write: 'sites.write' });
 *   routes.list('/api/enterprises/:enterpriseId/sites', { params, enterpriseParam: 'enterpriseId', query: { q } },
 *     (ctx, { params, query }) => service.listSites(ctx, params.enterpriseId, query));
 */
type Texts = { summary: string; description?: string };
type Scope<P extends z.ZodType> = {
  params?: P;
  /** The path parameter naming the enterprise that must be in the actor's scope (404 otherwise). */
  enterpriseParam?: string & keyof z.output<P>;
};
type NoParams = z.ZodObject<Record<string, never>>;
type ParamsOf<P extends z.ZodType> = z.output<P>;

export type ResourceSpec<Item extends z.ZodType> = {
  tags: string[];
  /** The item as it leaves the server (with its OpenAPI id: `schema.meta({ id: 'Site' })`). */
  item: Item;
  read: Permission;
  write: Permission;
};

export function resourceRoutes<Item extends z.ZodType>(app: FastifyInstance, spec: ResourceSpec<Item>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const policy = (permission: Permission, enterpriseParam: string | undefined): RoutePolicy =>
    enterpriseParam === undefined ? { permission } : { permission, enterpriseParam };

  type Route = {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    permission: Permission;
    enterpriseParam: string | undefined;
    texts: Texts;
    schema: Record<string, unknown>;
    status: number;
    run: (ctx: Ctx, req: FastifyRequest) => Promise<unknown>;
  };
  const add = (route: Route): void => {
    r.route({
      method: route.method,
      url: route.url,
      config: { policy: policy(route.permission, route.enterpriseParam) },
      schema: { tags: spec.tags, ...route.texts, ...route.schema },
      handler: async (req: FastifyRequest, reply: FastifyReply) => {
        const result = await route.run(ctxOf(req), req);
        return reply.code(route.status).send(route.status === 204 ? null : result);
      },
    });
  };

  return {
    /** `GET url`: a page of items (`?limit&cursor` and the list's own filters). */
    list<P extends z.ZodType = NoParams, Q extends z.ZodRawShape = Record<never, never>>(
      url: string,
      options: Scope<P> & Texts & { query?: Q },
      handler: (
        ctx: Ctx,
        input: { params: ParamsOf<P>; query: z.output<ReturnType<typeof pageQuery<Q>>> },
      ) => Promise<Page<z.input<Item>>>,
    ): void {
      add({
        method: 'GET',
        url,
        permission: spec.read,
        enterpriseParam: options.enterpriseParam,
        texts: textsOf(options),
        schema: {
          ...(options.params ? { params: options.params } : {}),
          querystring: pageQuery((options.query ?? {}) as Q),
          response: { 200: pageSchema(spec.item), ...protectedErrors },
        },
        status: 200,
        run: (ctx, req) => handler(ctx, { params: req.params as ParamsOf<P>, query: req.query as never }),
      });
    },

    /** `POST url`: a new item (201); `response` when the answer is more than the item. */
    create<P extends z.ZodType = NoParams, B extends z.ZodType = z.ZodType, R extends z.ZodType = Item>(
      url: string,
      options: Scope<P> & Texts & { body: B; response?: R },
      handler: (ctx: Ctx, input: { params: ParamsOf<P>; body: z.output<B> }) => Promise<z.input<R>>,
    ): void {
      add({
        method: 'POST',
        url,
        permission: spec.write,
        enterpriseParam: options.enterpriseParam,
        texts: textsOf(options),
        schema: {
          ...(options.params ? { params: options.params } : {}),
          body: options.body,
          response: { 201: options.response ?? spec.item, ...writeErrors },
        },
        status: 201,
        run: (ctx, req) => handler(ctx, { params: req.params as ParamsOf<P>, body: req.body as z.output<B> }),
      });
    },

    /** `GET url`: one item. */
    get<P extends z.ZodType>(
      url: string,
      options: Scope<P> & Texts & { params: P },
      handler: (ctx: Ctx, input: { params: ParamsOf<P> }) => Promise<z.input<Item>>,
    ): void {
      add({
        method: 'GET',
        url,
        permission: spec.read,
        enterpriseParam: options.enterpriseParam,
        texts: textsOf(options),
        schema: { params: options.params, response: { 200: spec.item, ...protectedErrors } },
        status: 200,
        run: (ctx, req) => handler(ctx, { params: req.params as ParamsOf<P> }),
      });
    },

    /** `PATCH url`: change some fields of one item. */
    update<P extends z.ZodType, B extends z.ZodType>(
      url: string,
      options: Scope<P> & Texts & { params: P; body: B },
      handler: (ctx: Ctx, input: { params: ParamsOf<P>; body: z.output<B> }) => Promise<z.input<Item>>,
    ): void {
      add({
        method: 'PATCH',
        url,
        permission: spec.write,
        enterpriseParam: options.enterpriseParam,
        texts: textsOf(options),
        schema: { params: options.params, body: options.body, response: { 200: spec.item, ...writeErrors } },
        status: 200,
        run: (ctx, req) => handler(ctx, { params: req.params as ParamsOf<P>, body: req.body as z.output<B> }),
      });
    },

    /** `DELETE url`: remove one item (204). */
    remove<P extends z.ZodType>(
      url: string,
      options: Scope<P> & Texts & { params: P },
      handler: (ctx: Ctx, input: { params: ParamsOf<P> }) => Promise<void>,
    ): void {
      add({
        method: 'DELETE',
        url,
        permission: spec.write,
        enterpriseParam: options.enterpriseParam,
        texts: textsOf(options),
        schema: {
          params: options.params,
          response: { 204: z.null().describe('Removed'), ...writeErrors },
        },
        status: 204,
        run: (ctx, req) => handler(ctx, { params: req.params as ParamsOf<P> }),
      });
    },
  };
}

const textsOf = (options: Texts): Texts => ({
  summary: options.summary,
  ...(options.description !== undefined ? { description: options.description } : {}),
});
