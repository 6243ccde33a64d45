/**
 * The floor of the list benchmark, run as a child process: a bare Fastify app that runs the
 * server's list statement (same text, same parameters) through the same driver, with no
 * authentication, validation, ORM or serializer schema, and answers in the same page shape.
 *
 * Environment: PORT, HOST, FLOOR_STATEMENT (the statement text), FLOOR_FILTERS (a JSON list of
 * `{ name, text, params }`: the filtered lists' statements, each run with exactly its captured
 * parameters on `GET /filtered/:name`), and either DATABASE_URL
 * (node-postgres pool of FLOOR_POOL_SIZE, default 10 like the server's) or FLOOR_PGLITE_DIR.
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';

type Row = { id: string; name: string } & Record<string, unknown>;
type Run = (params: unknown[], statement?: string) => Promise<Row[]>;

const text = process.env.FLOOR_STATEMENT;
if (!text) throw new Error('FLOOR_STATEMENT is required');

async function openDriver(): Promise<{ run: Run; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.FLOOR_POOL_SIZE ?? 10) });
    return {
      run: async (params, statement = text as string) => (await pool.query<Row>(statement, params)).rows,
      close: () => pool.end(),
    };
  }
  const dir = process.env.FLOOR_PGLITE_DIR;
  if (!dir) throw new Error('DATABASE_URL or FLOOR_PGLITE_DIR is required');
  const client = new PGlite(dir);
  await client.waitReady;
  return {
    run: async (params, statement = text as string) => (await client.query<Row>(statement, params)).rows,
    close: () => client.close(),
  };
}

type Filtered = { name: string; text: string; params: unknown[] };
const filters = new Map(
  (JSON.parse(process.env.FLOOR_FILTERS ?? '[]') as Filtered[]).map((f) => [f.name, f] as const),
);

/** The page shape of the server, with the same cursor of the last row's sort key and id. */
function page(rows: Row[], limit: number) {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  const last = items[limit - 1] as Row;
  const cursor = Buffer.from(JSON.stringify([last.name.toLowerCase(), last.id])).toString('base64url');
  return { items, nextCursor: cursor };
}

const driver = await openDriver();
const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.get<{ Params: { enterpriseId: string }; Querystring: { limit?: string } }>(
  '/api/enterprises/:enterpriseId/users',
  async (req) => {
    const limit = Number(req.query.limit ?? 50);
    return page(await driver.run([req.params.enterpriseId, limit + 1]), limit);
  },
);

app.get<{ Params: { name: string }; Querystring: { limit?: string } }>(
  '/filtered/:name',
  async (req, reply) => {
    const filter = filters.get(req.params.name);
    if (filter === undefined) return reply.code(404).send({ error: 'no such filter' });
    return page(await driver.run(filter.params, filter.text), Number(req.query.limit ?? 50));
  },
);

const shutdown = async () => {
  await app.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
