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
    expect(output).toMatch(/已创建管理员账号「admin」，一次性密码：[A-Za-z0-9]{16}/u);
  });

  it('serves GraphQL', async () => {
    const res = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agency(code: "150785-sfj") { name currentCatalogue { requirementCount } } }' }),
    });
    expect(await res.json()).toEqual({
      data: { agency: { name: '根河市司法局', currentCatalogue: { requirementCount: 28 } } },
    });
  });

  it('signs in over HTTP with an httpOnly SameSite cookie, and uses it', async () => {
    const res = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(login: "sfj-viewer", password: "gongkai-demo-2026") { login } }',
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gongkai_session=[A-Za-z0-9_-]{43};/u);
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Lax/u);
    const me = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ me { login } agencies { code } }' }),
    });
    expect(await me.json()).toEqual({
      data: {
        me: { login: 'sfj-viewer' },
        agencies: [{ code: '150785-sfj' }, { code: '150785-bz-ty' }, { code: '150785-bz-ggflfw' }],
      },
    });
  });

  it('keeps CSRF prevention on and refuses oversized requests with a JSON error', async () => {
    const csrf = await fetch(`http://localhost:${port}/graphql?query=${encodeURIComponent('{ me { login } }')}`);
    expect(csrf.status).toBe(400);
    const big = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { login } } # ${'x'.repeat(4 * 1024 * 1024)}` }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [{ message: '请求过大（上限 3 MB）', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('takes a file of more than 3 MB at /graphql/upload, and nothing but file mutations there', async () => {
    const post = (path: string, body: unknown, cookie?: string) =>
      fetch(`http://localhost:${port}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const login = await post('/graphql', {
      query: 'mutation { login(login: "sfj-editor", password: "gongkai-demo-2026") { login } }',
    });
    const editor = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const mutation =
      'mutation($f: String!, $c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $f, contentBase64: $c) { id } }';
    // 4 MB of prose: past /graphql's limit, read at /graphql/upload by the importer, which names what is wrong.
    const prose = Buffer.from('这是一段说明文字，不是目录表格。\n'.repeat(90_000)).toString('base64');
    expect((await post('/graphql', { query: mutation, variables: { f: 'a.txt', c: prose } }, editor)).status).toBe(413);
    const read = await post('/graphql/upload', { query: mutation, variables: { f: 'a.txt', c: prose } }, editor);
    const answer = (await read.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(answer.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.errors[0]!.message).toMatch(/目录/u);
    // Queries, other mutations and batches are refused there before Apollo runs them.
    for (const body of [
      { query: '{ me { login } }' },
      { query: 'mutation { logout }' },
      [{ query: mutation }],
      { query: 'mutation { ...F } fragment F on Mutation { logout }' },
    ]) {
      const r = await post('/graphql/upload', body, editor);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
        'BAD_REQUEST',
      );
    }
    // The admin's mutations use fragments inside their fields.
    const withFragment = await post(
      '/graphql/upload',
      {
        query: `mutation($f: String!, $c: String!) { importCatalogueFile(agencyCode: "150785-sfj", fileName: $f, contentBase64: $c) { ...V } } fragment V on Catalogue { id }`,
        variables: { f: 'a.txt', c: prose },
      },
      editor,
    );
    expect(withFragment.status).toBe(200);
    const huge = await post(
      '/graphql/upload',
      { query: mutation, variables: { f: 'a.txt', c: 'A'.repeat(29 * 1024 * 1024) } },
      editor,
    );
    expect(huge.status).toBe(413);
    // Without a session the body is not even read.
    const anonymous = await post('/graphql/upload', { query: mutation, variables: { f: 'a.txt', c: prose } });
    expect(anonymous.status).toBe(401);
    expect(
      ((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('sends security headers the admin app works under', async () => {
    const res = await fetch(`http://localhost:${port}/`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(
      (
        await fetch(`http://localhost:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ me { login } }"}',
        })
      ).headers.get('x-content-type-options'),
    ).toBe('nosniff');
  });

  it('answers hostile query shapes and deep variables with 400 at once, and keeps serving', async () => {
    const post = (body: string) =>
      fetch(`http://localhost:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const frags = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Agency { ${i + 1 < 30 ? `...F${i + 1} ...F${i + 1}` : 'id'} }`,
    ).join(' ');
    const bomb = await post(JSON.stringify({ query: `{ agencies { ...F0 } } ${frags}` }));
    expect(bomb.status).toBe(400);
    const fields = await post(JSON.stringify({ query: `{ ${'__typename '.repeat(20_000)}}` }));
    expect(fields.status).toBe(400);
    const n = 100_000;
    const deep = await post(
      `{"query":"query($c: String!) { agency(code: $c) { id } }","variables":{"c":${'['.repeat(n)}${']'.repeat(n)}}}`,
    );
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain(
      '变量嵌套过深',
    );
    const ok = await post(JSON.stringify({ query: '{ agency(code: "150785-sfj") { name } }' }));
    expect(ok.status).toBe(200);
  });

  it('serves catalogue downloads under the same access rules as the API', async () => {
    const q = async (query: string, cookie?: string) =>
      (await (
        await fetch(`http://localhost:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json()) as any;
    const login = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(login: "demo-admin", password: "gongkai-demo-2026") { login } }',
      }),
    });
    const admin = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const ids = await q('{ agencies { code currentCatalogue { id } } }', admin);
    const idOf = (code: string) => ids.data.agencies.find((a: any) => a.code === code).currentCatalogue.id;
    const published = idOf('150785-sfj');
    const draft = idOf('150785-mzj');
    const docx = await fetch(`http://localhost:${port}/exports/catalogues/${published}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain(encodeURIComponent('根河市司法局主动公开目录'));
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // A draft is not public; a department user cannot download another agency's catalogue.
    expect((await fetch(`http://localhost:${port}/exports/catalogues/${draft}.json`)).status).toBe(404);
    const viewerLogin = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(login: "sfj-viewer", password: "gongkai-demo-2026") { login } }',
      }),
    });
    const viewer = (viewerLogin.headers.get('set-cookie') ?? '').split(';')[0]!;
    const forbidden = await fetch(`http://localhost:${port}/exports/catalogues/${draft}.xlsx`, {
      headers: { cookie: viewer },
    });
    expect(forbidden.status).toBe(403);
    const json = await fetch(`http://localhost:${port}/exports/catalogues/${draft}.json`, {
      headers: { cookie: admin },
    });
    expect(((await json.json()) as { items: unknown[] }).items.length).toBe(4);
  });

  it('serves report documents: print-ready HTML, CSV, JSON, and the bulk download of a year', async () => {
    const html = await fetch(`http://localhost:${port}/exports/reports/150785-sfj/2023.html`);
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toContain('<h1>根河市司法局2023年政府信息公开工作年度报告</h1>');
    expect(page).toContain('三、收到和处理政府信息公开申请情况');
    expect(page).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    const bulk = await fetch(`http://localhost:${port}/exports/reports/published/2023.json`);
    const list = (await bulk.json()) as Array<{ agency: { code: string }; cells: Record<string, string> }>;
    expect(list.map((r) => r.agency.code).sort()).toEqual(['150785-czj', '150785-mzj', '150785-sfj', '150785-zwgkb']);
    expect(Object.keys(list[0]!.cells)).toHaveLength(200);
    const csv = await (await fetch(`http://localhost:${port}/exports/reports/published/2023.csv`)).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 4 * 200);
    const docx = await fetch(`http://localhost:${port}/exports/reports/150785-sfj/2023.docx`);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await fetch(`http://localhost:${port}/exports/reports/150785-sfj/2023.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // Shown inline in the browser's PDF viewer, which a CSP with object-src 'none' would block.
    expect(pdf.headers.get('content-security-policy')).toBeNull();
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // Drafts are not public.
    expect((await fetch(`http://localhost:${port}/exports/reports/150785-mzj/2024.json`)).status).toBe(404);
  });

  it('answers /healthz, and /readyz only while the database has every migration of this build', async () => {
    expect(await (await fetch(`http://localhost:${port}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`http://localhost:${port}/readyz`);
    // Without DATABASE_REPLICA_URL there is no replica routing to report.
    expect([ready.status, await ready.json()]).toEqual([200, { ok: true }]);
    const conn = db.orm.em.getConnection();
    const [last] = await conn.execute<Array<{ id: number; name: string }>>(
      'delete from mikro_orm_migrations where id = (select max(id) from mikro_orm_migrations) returning id, name',
    );
    try {
      const missing = await fetch(`http://localhost:${port}/readyz`);
      expect(missing.status).toBe(503);
      expect(((await missing.json()) as { reason: string }).reason).toContain(last!.name.replace(/\.[jt]s$/u, ''));
    } finally {
      await conn.execute('insert into mikro_orm_migrations (id, name) values (?, ?)', [last!.id, last!.name]);
    }
    expect((await fetch(`http://localhost:${port}/readyz`)).status).toBe(200);
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
