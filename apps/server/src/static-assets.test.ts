import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@gongkai/db';
import type { Context } from '@gongkai/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app.js';

// The HTTP side of page weight: compression and caching of the admin app's files and of GraphQL's JSON. The app is
// built around a stand-in admin build and a one-field GraphQL schema: no database is touched (nor needed).
let dir: string;
let server: Server;
let base: string;
let apollo: ApolloServer<Context>;
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "机关${i}" }`).join(', ')}];\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-static-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-AbC123xy.js">');
  writeFileSync(path.join(dir, 'assets/index-AbC123xy.js'), script);
  apollo = new ApolloServer<Context>({
    typeDefs: 'type Query { names: [String!]! }',
    resolvers: { Query: { names: () => Array.from({ length: 300 }, (_, i) => `政府信息公开目录第${i}项`) } },
  });
  await apollo.start();
  // No request here reaches the database: only GraphQL's per-request context forks an entity manager.
  const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
  const app = createHttpApp({ orm, systemOrm: orm, apollo, adminDir: dir });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await apollo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('page weight over HTTP', () => {
  it('sends a hashed asset compressed (brotli, else gzip) and cacheable for a year as immutable', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const res = await fetch(`${base}/assets/index-AbC123xy.js`, { headers: { 'accept-encoding': accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding'), accept).toBe(encoding);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toMatch(/javascript/u);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/iu);
      expect(await res.text()).toBe(script); // fetch decodes it
    }
    const plain = await fetch(`${base}/assets/index-AbC123xy.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(script));
  });

  it('keeps index.html uncached (no-cache) and answers a missing asset with 404, not the page', async () => {
    for (const url of ['/', '/index.html', '/agencies/150785-sfj']) {
      const res = await fetch(`${base}${url}`, { headers: { accept: 'text/html' } });
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('no-cache');
      expect(await res.text()).toContain('/assets/index-AbC123xy.js');
    }
    const gone = await fetch(`${base}/assets/index-Old00000.js`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBeNull();
  });

  it('compresses GraphQL JSON responses', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
      body: JSON.stringify({ query: '{ names }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    const body = (await res.json()) as { data: { names: string[] } };
    expect(body.data.names).toHaveLength(300);
  });
});
