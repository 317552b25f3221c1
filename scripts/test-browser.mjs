#!/usr/bin/env node
/**
 * Browser test of the built platform: starts apps/server/dist/main.js on a free port with a fresh data
 * directory (the server starts its own embedded PostgreSQL there and loads the demo data), opens the admin
 * app in headless Chromium and checks that the demo catalogue of 根河市司法局 is shown.
 *
 * Builds nothing: run `pnpm run build` first. Uses only node built-ins and playwright-core.
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium).
 * Screenshots go to screenshots/ (git-ignored).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_MAIN = path.join(ROOT, 'apps/server/dist/main.js');
const ADMIN_INDEX = path.join(ROOT, 'apps/admin/dist/index.html');
const SCREENSHOT_DIR = path.join(ROOT, 'screenshots');
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 10_000;
const READY_LINE = 'Gongkai 已启动';

const AGENCY_CODE = '150785-sfj';
const AGENCY_NAME = '根河市司法局';
const LEVEL1_ITEMS = [
  '履职依据',
  '部门会议',
  '政府重点工作',
  '人事信息',
  '新闻发布',
  '财政信息',
  '政府信息公开工作',
  '重点领域',
  '其他相关信息',
];
const OFFICES = ['办公室', '行政执法协调监督办公室', '普法与依法治理办公室', '人民参与和促进法治办公室', '公共法律服务办公室'];

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`✗ ${message}`);
};
const pass = (message) => console.log(`✓ ${message}`);

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------- server

/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
let serverOutput = '';
let serverExit = /** @type {{ code: number | null; signal: string | null } | null} */ (null);
let dataDir = '';

function startServer(port) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-browser-test-'));
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), GONGKAI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so that a forced stop also ends the embedded PostgreSQL it started.
    detached: true,
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => (serverOutput += d));
  child.stderr.on('data', (d) => (serverOutput += d));
  child.on('exit', (code, signal) => (serverExit = { code, signal }));
  server = child;
  return child;
}

async function graphqlAnswers(base) {
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(3000),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}

async function waitUntilReady(base) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (serverExit) {
      throw new Error(`服务进程提前退出（退出码 ${serverExit.code ?? '—'}，信号 ${serverExit.signal ?? '—'}）`);
    }
    if (serverOutput.includes(READY_LINE) || (await graphqlAnswers(base))) return;
    await sleep(500);
  }
  throw new Error(`服务在 ${READY_TIMEOUT_MS / 1000} 秒内没有就绪`);
}

function printServerOutput() {
  const out = serverOutput.trim();
  console.error('----- 服务输出 -----');
  console.error(out === '' ? '（无输出）' : out);
  console.error('--------------------');
}

/** SIGINT, then SIGKILL (whole process group) after STOP_GRACE_MS. */
async function stopServer() {
  const child = server;
  if (!child || child.pid === undefined) return;
  server = null;
  if (!serverExit) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      child.kill('SIGINT');
    } catch {
      // already gone
    }
    const timer = sleep(STOP_GRACE_MS).then(() => 'timeout');
    if ((await Promise.race([exited, timer])) === 'timeout' && !serverExit) {
      console.error(`服务在 ${STOP_GRACE_MS / 1000} 秒内没有退出，强制结束`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        try {
          child.kill('SIGKILL');
        } catch {
          // already gone
        }
      }
      await Promise.race([exited, sleep(2000)]);
    }
  }
  if (dataDir) {
    try {
      rmSync(dataDir, { recursive: true, force: true });
    } catch {
      // leave it to the OS temp cleanup
    }
  }
}

// --------------------------------------------------------------------------------------------- browser

/** @type {import('playwright-core').Browser | null} */
let browser = null;

async function textsOf(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

const PROBLEM_SELECTORS = ['[data-testid="load-error"]', '[data-testid="agency-not-found"]', '[data-testid="page-not-found"]'];

/** The error the page shows instead of the expected content, if any. */
async function pageProblem(page) {
  for (const sel of PROBLEM_SELECTORS) {
    const el = await page.$(sel);
    if (el) return ((await el.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * Waits until the page shows `selector` or one of the error states. Returns null when `selector` is
 * there, otherwise what the page shows instead (or that nothing appeared in time).
 */
async function waitForContent(page, selector, timeout = 30_000) {
  try {
    await page.waitForSelector([selector, ...PROBLEM_SELECTORS].join(', '), { timeout });
  } catch {
    return `${timeout / 1000} 秒内没有出现`;
  }
  if (await page.$(selector)) return null;
  return `页面显示：${(await pageProblem(page)) ?? '（未知错误）'}`;
}

async function checkCataloguePage(page, base) {
  const url = `${base}/agencies/${AGENCY_CODE}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="catalogue-table"] [data-testid="item-name"]');
  if (problem) {
    fail(`${url}：目录表格没有出现，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `catalogue-${AGENCY_CODE}-failed.png`), fullPage: true });
    return;
  }
  await page.evaluate(() => document.fonts.ready);

  const level1 = await textsOf(page, '[data-testid="catalogue-table"] [data-testid="item-name"][data-level="1"]');
  const missingItems = LEVEL1_ITEMS.filter((n) => !level1.includes(n));
  if (missingItems.length > 0) fail(`目录表格缺少一级事项：${missingItems.join('、')}（表格中有：${level1.join('、') || '无'}）`);
  else pass(`目录表格列出全部 ${LEVEL1_ITEMS.length} 个一级事项`);

  const offices = await textsOf(page, '[data-testid="office-list"] [data-testid="office-name"]');
  const rowOffices = new Set(await textsOf(page, '[data-testid="catalogue-table"] [data-testid="row-office"]'));
  const missingOffices = OFFICES.filter((n) => !offices.includes(n));
  if (missingOffices.length > 0) fail(`页头缺少责任科室：${missingOffices.join('、')}（页头中有：${offices.join('、') || '无'}）`);
  else pass(`页头列出全部 ${OFFICES.length} 个责任科室`);
  const notInRows = OFFICES.filter((n) => !rowOffices.has(n));
  if (notInRows.length > 0) fail(`目录表格的责任科室列中没有：${notInRows.join('、')}`);
  else pass('目录表格的责任科室列含全部科室');

  const title = await page.textContent('[data-testid="agency-name"]');
  if (title?.trim() !== AGENCY_NAME) fail(`页头机关名称应为「${AGENCY_NAME}」，实际为「${title?.trim() ?? ''}」`);

  const file = path.join(SCREENSHOT_DIR, `catalogue-${AGENCY_CODE}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`· 截图：${path.relative(ROOT, file)}`);

  // Clicking an import finding that belongs to a row highlights that row.
  const findings = await page.$$('[data-testid="finding-item"]');
  if (findings.length === 0) {
    console.log('· 该目录没有导入问题，跳过定位检查');
  } else {
    const target = await page.$('[data-testid="finding-item"]:has(.finding-locate)');
    if (!target) {
      fail(`${findings.length} 条导入问题都无法定位到表格行`);
    } else {
      await target.click();
      try {
        await page.waitForSelector('[data-testid="catalogue-table"] tr.is-located', { timeout: 5000 });
        pass('点击导入问题可定位并高亮表格行');
      } catch {
        fail('点击导入问题后没有高亮任何表格行');
      }
    }
  }

}

async function checkAgencyList(page, base) {
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="agency-table"] [data-testid="agency-row"]');
  if (problem) {
    fail(`首页机关列表没有出现，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'agencies-failed.png'), fullPage: true });
    return;
  }
  const names = await textsOf(page, '[data-testid="agency-table"] [data-testid="agency-row"]');
  if (!names.includes(AGENCY_NAME)) fail(`首页机关列表中没有「${AGENCY_NAME}」（列表中有：${names.join('、') || '无'}）`);
  else pass(`首页机关列表含「${AGENCY_NAME}」`);
  const file = path.join(SCREENSHOT_DIR, 'agencies.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`· 截图：${path.relative(ROOT, file)}`);
}

async function checkUnknownAgency(page, base) {
  await page.goto(`${base}/agencies/no-such-agency-000`, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="agency-not-found"]');
  if (problem) fail(`未知机关编码没有显示「未找到该机关」，${problem}`);
  else pass('未知机关编码显示「未找到该机关」');
}

// ------------------------------------------------------------------------------------------------ main

let cleaningUp = false;
async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  if (browser) {
    await browser.close().catch(() => {});
    browser = null;
  }
  await stopServer();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`收到 ${signal}，正在清理…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const missing = [SERVER_MAIN, ADMIN_INDEX].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(`缺少构建产物：${missing.map((f) => path.relative(ROOT, f)).join('、')}。请先运行 pnpm run build。`);
    return 1;
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const port = await freePort();
  const base = `http://localhost:${port}`;
  console.log(`· 启动服务：node ${path.relative(ROOT, SERVER_MAIN)}（PORT=${port}）`);
  startServer(port);
  const started = Date.now();
  try {
    await waitUntilReady(base);
  } catch (e) {
    console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
    printServerOutput();
    return 1;
  }
  // The ready line may come just before the port answers.
  for (let i = 0; i < 20 && !(await graphqlAnswers(base)); i++) await sleep(500);
  console.log(`· 服务已就绪（${((Date.now() - started) / 1000).toFixed(1)} 秒）：${base}`);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.error(`  [浏览器控制台] ${msg.text()}`);
  });

  await checkCataloguePage(page, base);
  await checkAgencyList(page, base);
  await checkUnknownAgency(page, base);

  if (pageErrors.length > 0) fail(`页面抛出未捕获的异常：\n  ${pageErrors.join('\n  ')}`);
  if (serverExit) {
    fail(`测试过程中服务进程退出（退出码 ${serverExit.code ?? '—'}）`);
    printServerOutput();
  }

  if (failures.length > 0) {
    console.error(`\n浏览器测试失败：${failures.length} 项`);
    return 1;
  }
  console.log('\n浏览器测试通过');
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (e) {
  console.error(`✗ 浏览器测试出错：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  if (serverOutput) printServerOutput();
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
