// Builds what is stale: the TypeScript packages and apps (tsc -b, incremental) and the admin app (Vite),
// the latter only when its sources are newer than its build. Used by `pnpm build`, `pnpm start`, `pnpm gongkai`.
//   --quiet-if-fresh  print nothing when nothing had to be built
//   --stderr          print progress on stderr (keeps stdout clean for --json output)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet-if-fresh');
const say = (m) => (args.has('--stderr') ? process.stderr : process.stdout).write(`${m}\n`);

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') t = Math.max(t, newest(path.join(p, e)));
  return t;
}

function run(cmd, cmdArgs, cwd = root) {
  const r = spawnSync(cmd, cmdArgs, { cwd, stdio: ['ignore', args.has('--stderr') ? 2 : 'inherit', 'inherit'] });
  if (r.status !== 0) {
    say(`✖ 构建失败：${cmd} ${cmdArgs.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

const tsc = path.join(root, 'node_modules/.bin/tsc');
const serverOut = path.join(root, 'apps/server/dist/main.js');
const tsSources = [
  'packages/domain/src',
  'packages/exchange/src',
  'packages/db/src',
  'packages/api/src',
  'apps/server/src',
  'apps/cli/src',
].map((p) => path.join(root, p));
const tsStale = !existsSync(serverOut) || Math.max(...tsSources.map(newest)) > statSync(serverOut).mtimeMs;
if (tsStale || !quiet) {
  const t = Date.now();
  if (tsStale) say('正在编译 TypeScript（tsc -b）…');
  run(tsc, ['-b']);
  if (tsStale) say(`  完成（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
}

const adminIndex = path.join(root, 'apps/admin/dist/index.html');
const adminSources = [
  'apps/admin/src',
  'apps/admin/index.html',
  'apps/admin/vite.config.ts',
  'packages/domain/src',
  'packages/api/schema.graphql',
].map((p) => path.join(root, p));
const adminStale = !existsSync(adminIndex) || Math.max(...adminSources.map(newest)) > statSync(adminIndex).mtimeMs;
if (adminStale || !quiet) {
  const t = Date.now();
  say(
    existsSync(adminIndex)
      ? '管理界面源码有改动，正在重新构建（Vite）…'
      : '首次启动：正在构建管理界面（Vite，约 5–30 秒）…',
  );
  run('pnpm', ['--filter', '@gongkai/admin', 'run', 'build']);
  say(`  完成（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
}
