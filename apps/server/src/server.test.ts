import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@gongkai/db';
import { createTestDatabase, type TestDatabase } from '../../../packages/db/src/test-support/test-database.js';

// Runs the built server (`pnpm test` builds first) against a test database, as `pnpm start` would.
const main = new URL('../dist/main.js', import.meta.url).pathname;

let db: TestDatabase;
let port: number;
let server: ChildProcess;
let output = '';

function start(env: Record<string, string>): { child: ChildProcess; exited: Promise<number>; out: () => string } {
  let out = '';
  const child = spawn(process.execPath, [main], { env: { ...process.env, ...env } });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, exited, out: () => out };
}

beforeAll(async () => {
  db = await createTestDatabase();
  port = await freePort();
  const s = start({ DATABASE_URL: db.url, PORT: String(port) });
  server = s.child;
  for (let i = 0; i < 300 && !s.out().includes('Gongkai 已启动'); i++) await new Promise((r) => setTimeout(r, 100));
  output = s.out();
});
afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await db?.close();
});

describe('the server', () => {
  it('starts on DATABASE_URL, migrates, loads the demo data and prints both URLs', () => {
    expect(output).toContain('Gongkai 已启动');
    expect(output).toContain('外部 PostgreSQL');
    expect(output).toContain(`http://localhost:${port}/graphql`);
    expect(output).toContain(`http://localhost:${port}/`);
    expect(output).toContain('已载入示例数据');
  });

  it('serves GraphQL', async () => {
    const res = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agency(code: "150785-sfj") { name currentCatalogue { requirementCount } } }' }),
    });
    expect(await res.json()).toEqual({ data: { agency: { name: '根河市司法局', currentCatalogue: { requirementCount: 28 } } } });
  });

  it('says so and exits non-zero when the port is taken', async () => {
    const second = start({ DATABASE_URL: db.url, PORT: String(port) });
    expect(await second.exited).toBe(1);
    expect(second.out()).toContain(`端口 ${port} 已被占用`);
  });

  it('stops cleanly on Ctrl-C', async () => {
    const exited = new Promise<number>((resolve) => server.on('exit', (code) => resolve(code ?? -1)));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
