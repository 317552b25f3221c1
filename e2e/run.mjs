#!/usr/bin/env node
/**
 * `pnpm test:browser [playwright test arguments]`: runs the browser specs with e2e/playwright.config.ts (all of them,
 * or the spec files given, e.g. `pnpm test:browser e2e/specs/login-and-wrong-password.spec.ts`), with Debian's
 * chromium and no browser download, and ends with one line that says whether they passed.
 * Builds nothing: run `pnpm run build` first.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('@playwright/test/package.json')), 'cli.js');
// `pnpm test:browser -- x.spec.ts` passes the `--` on.
const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));

const child = spawn(process.execPath, [cli, 'test', '-c', path.join(ROOT, 'e2e/playwright.config.ts'), ...args], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  const ok = code === 0;
  console.log(ok ? '\n浏览器测试通过' : `\n浏览器测试失败${signal ? `（${signal}）` : ''}`);
  process.exit(code ?? 1);
});
