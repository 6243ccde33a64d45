import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../access/crypto';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { freshDatabase, type TestDatabase } from '../testing/test-database';

/** Serving the built portal: files, the page for the portal's own routes, and 404s. */
const BIG = `export const rows = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ id: i, name: `row ${i}` })))};`;
let dir: string;
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'centrale-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Centrale</title><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  // The build's compressed copies of a bigger file (vite.config.ts writes them).
  writeFileSync(path.join(dir, 'assets', 'big-4d5e6f.js'), BIG);
  writeFileSync(path.join(dir, 'assets', 'big-4d5e6f.js.br'), brotliCompressSync(BIG));
  writeFileSync(path.join(dir, 'assets', 'big-4d5e6f.js.gz'), gzipSync(BIG));
  database = await freshDatabase();
  app = await buildApp(
    {
      database,
      config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }),
      secrets: new SecretBox('0'.repeat(64)),
      clock: () => new Date(),
      providerId: '00000000-0000-4000-8000-000000000000',
    },
    { logger: false, webDir: dir },
  );
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the portal', () => {
  it.each(['/', '/enterprises/5f0e/sites', '/no/such/page'])(
    'answers %s with the page, never cached',
    async (url) => {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    },
  );

  it('serves hashed assets to be cached for good', async () => {
    const res = await app.inject({ url: '/assets/app-1a2b3c.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['br, gzip', 'br', (body: Buffer) => brotliDecompressSync(body)],
    ['gzip, deflate', 'gzip', (body: Buffer) => gunzipSync(body)],
    ['identity', undefined, (body: Buffer) => body],
  ])('sends the copy the browser accepts (%s)', async (accept, encoding, decode) => {
    const res = await app.inject({ url: '/assets/big-4d5e6f.js', headers: { 'accept-encoding': accept } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decode(res.rawPayload).toString()).toBe(BIG);
  });

  it('answers a missing asset and an unknown API path with 404', async () => {
    expect((await app.inject({ url: '/assets/gone-000.js' })).statusCode).toBe(404);
    const api = await app.inject({ url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });
});

describe('API paths beside the built portal', () => {
  it('answers an over-long path parameter with 414, not the portal or a 405', async () => {
    const res = await app.inject({ url: `/api/sites/${'a'.repeat(2000)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json().error.code).toBe('uri_too_long');
  });

  it('answers an unknown method on a known path with 405 and Allow', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/sites/3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('DELETE, GET, HEAD, PATCH');
    expect(res.json().error.issues[0].code).toBe('method_not_on_path');
  });
});
