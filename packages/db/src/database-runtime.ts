/**
 * Where the platform's PostgreSQL comes from: DATABASE_URL (an external server, nothing embedded is
 * started), or the embedded PostgreSQL in the project-local data folder. A command-line tool run while the
 * server is up shares the server's running embedded PostgreSQL instead of starting a second one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedDatabaseError, startEmbeddedDatabase } from './embedded-database.js';

export interface DatabaseHandle {
  url: string;
  mode: 'external' | 'embedded' | 'shared';
  /** Human-readable description for start-up messages. */
  description: string;
  stop(): Promise<void>;
}

/** Port of the PostgreSQL that holds the data folder now, if one does (from postmaster.pid). */
export function runningPostgresPort(pgDataDir: string): number | undefined {
  const pidFile = path.join(pgDataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive but not ours to signal; ESRCH: gone (a stale file PostgreSQL will clean up itself).
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return port;
}

export async function openDatabase(options: {
  databaseUrl?: string;
  /** The project-local data folder; PostgreSQL's own files go in its `postgres/` subfolder. */
  dataDir: string;
  pgPort?: number;
  /** Use an embedded PostgreSQL another process already runs on this data folder (CLI). */
  shareRunning: boolean;
  log?: (line: string) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const u = new URL(options.databaseUrl);
    return { url: options.databaseUrl, mode: 'external', description: `外部 PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`, stop: async () => {} };
  }
  const pgDir = path.join(path.resolve(options.dataDir), 'postgres');
  const running = runningPostgresPort(pgDir);
  if (running !== undefined) {
    if (!options.shareRunning) {
      throw new EmbeddedDatabaseError(
        `数据目录 ${pgDir} 已被另一个 Gongkai 实例使用（其 PostgreSQL 在端口 ${running}）。请先停止那个实例，或用 GONGKAI_DATA_DIR 指定另一个数据目录。`,
      );
    }
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${running}/gongkai`,
      mode: 'shared',
      description: `正在运行的嵌入式 PostgreSQL（端口 ${running}，数据目录 ${pgDir}）`,
      stop: async () => {},
    };
  }
  const db = await startEmbeddedDatabase({ dataDir: pgDir, port: options.pgPort, log: options.log });
  return {
    url: db.url,
    mode: 'embedded',
    description: `嵌入式 PostgreSQL（端口 ${db.port}，数据目录 ${pgDir}${db.created ? '，新建' : ''}）`,
    stop: () => db.stop(),
  };
}
