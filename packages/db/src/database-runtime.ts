/**
 * Where the platform's PostgreSQL comes from: DATABASE_URL (an external server, nothing embedded is
 * started), or the embedded PostgreSQL in the project-local data folder. A command-line tool run while the
 * server is up shares the server's running embedded PostgreSQL instead of starting a second one; it logs in
 * with the superuser password the server keeps next to the data folder (`postgres-superuser-password`).
 */
import path from 'node:path';
import {
  EmbeddedDatabaseError,
  embeddedAppRolePassword,
  embeddedDatabaseUrl,
  inspectPostmaster,
  startEmbeddedDatabase,
  superuserPassword,
} from './embedded-database.js';

export interface DatabaseHandle {
  url: string;
  mode: 'external' | 'embedded' | 'shared';
  /** Human-readable description for start-up messages. */
  description: string;
  /** What the start found and did that the operator should know (Chinese); already passed to `onNotice`. */
  notices: string[];
  /**
   * Embedded only: the application role's password for this data folder (random, kept in a 0600 file). The server
   * sets the role to it on every start (`alter role`), unless GONGKAI_APP_DB_PASSWORD or DATABASE_APP_URL is set.
   */
  appRolePassword?: string;
  stop(): Promise<void>;
}

/** Port of the PostgreSQL that holds the data folder now, if one does (from postmaster.pid). */
export function runningPostgresPort(pgDataDir: string): number | undefined {
  const state = inspectPostmaster(pgDataDir);
  return state.kind === 'running' || state.kind === 'unverifiable' ? state.port : undefined;
}

export async function openDatabase(options: {
  databaseUrl?: string;
  /** The project-local data folder; PostgreSQL's own files go in its `postgres/` subfolder. */
  dataDir: string;
  pgPort?: number;
  /** Use an embedded PostgreSQL another process already runs on this data folder (CLI). */
  shareRunning: boolean;
  log?: (line: string) => void;
  /** Messages for the operator (Chinese): an orphaned PostgreSQL stopped, the superuser password replaced… */
  onNotice?: (message: string) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const u = new URL(options.databaseUrl);
    return {
      url: options.databaseUrl,
      mode: 'external',
      description: `外部 PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`,
      notices: [],
      stop: async () => {},
    };
  }
  const pgDir = path.join(path.resolve(options.dataDir), 'postgres');
  const held = inspectPostmaster(pgDir);
  if (options.shareRunning && (held.kind === 'running' || held.kind === 'unverifiable')) {
    return {
      url: embeddedDatabaseUrl(held.port, superuserPassword(pgDir)),
      mode: 'shared',
      description: `正在运行的嵌入式 PostgreSQL（端口 ${held.port}，数据目录 ${pgDir}）`,
      notices: [],
      stop: async () => {},
    };
  }
  if ((held.kind === 'running' && !held.orphan) || held.kind === 'unverifiable') {
    throw new EmbeddedDatabaseError(
      `数据目录 ${pgDir} 已被另一个 Gongkai 实例使用（其 PostgreSQL 在端口 ${held.port}）。请先停止那个实例，或用 GONGKAI_DATA_DIR 指定另一个数据目录。`,
    );
  }
  // Free, a stale lock, or a PostgreSQL orphaned by a killed server: startEmbeddedDatabase deals with each.
  const db = await startEmbeddedDatabase({
    dataDir: pgDir,
    port: options.pgPort,
    log: options.log,
    onNotice: options.onNotice,
  });
  return {
    url: db.url,
    mode: 'embedded',
    description: `嵌入式 PostgreSQL（端口 ${db.port}，数据目录 ${pgDir}${db.created ? '，新建' : ''}）`,
    notices: db.notices,
    appRolePassword: embeddedAppRolePassword(pgDir),
    stop: () => db.stop(),
  };
}
