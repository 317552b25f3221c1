#!/usr/bin/env node
/**
 * Browser test of the built platform: starts apps/server/dist/main.js on a free port with a fresh data
 * directory (the server starts its own embedded PostgreSQL there and loads the demo data), opens the admin
 * app in headless Chromium and checks, in one run:
 *  - anonymous visitors: the published catalogue of 根河市司法局 (items, offices) without import findings,
 *    the agency list, 「未找到该机关」, and that /users asks for a login;
 *  - a department editor (sfj-editor), signed in through the login page: sees only its own agency, the
 *    catalogue's findings panel locates rows, and 导入目录 reports a bad file's line and imports a good one;
 *  - the first administrator (one-time password from the server log) is made to change it first;
 *  - the platform administrator (demo-admin): 用户管理 lists sfj-editor and creates a user with a one-time
 *    password, 审计日志 lists 登录 entries; a lost session sends the user to the login page.
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
const DEMO_PASSWORD = 'gongkai-demo-2026';
const OTHER_AGENCIES = ['根河市民政局', '根河市财政局'];
const SAMPLE_CATALOGUE = path.join(ROOT, 'demo-data/catalogues/genhe-sifaju.txt');

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

const PROBLEM_SELECTORS = [
  '[data-testid="load-error"]',
  '[data-testid="agency-not-found"]',
  '[data-testid="page-not-found"]',
  '[data-testid="page-forbidden"]',
];

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

async function screenshot(page, name) {
  const file = path.join(SCREENSHOT_DIR, name);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`· 截图：${path.relative(ROOT, file)}`);
}

/** An el-input's <input> by the data-testid given to the el-input. */
const field = (testid) => `input[data-testid="${testid}"], [data-testid="${testid}"] input`;

/**
 * Opens the catalogue of 根河市司法局 and checks items and offices. Returns false when the table did not
 * appear (the failure is recorded).
 */
async function openSfjCatalogue(page, base, label) {
  const url = `${base}/agencies/${AGENCY_CODE}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="catalogue-table"] [data-testid="item-name"]');
  if (problem) {
    fail(`${label}：${url} 的目录表格没有出现，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `catalogue-${AGENCY_CODE}-${label}-failed.png`), fullPage: true });
    return false;
  }
  await page.evaluate(() => document.fonts.ready);

  const level1 = await textsOf(page, '[data-testid="catalogue-table"] [data-testid="item-name"][data-level="1"]');
  const missingItems = LEVEL1_ITEMS.filter((n) => !level1.includes(n));
  if (missingItems.length > 0) fail(`${label}：目录表格缺少一级事项：${missingItems.join('、')}（表格中有：${level1.join('、') || '无'}）`);
  else pass(`${label}：目录表格列出全部 ${LEVEL1_ITEMS.length} 个一级事项`);

  const offices = await textsOf(page, '[data-testid="office-list"] [data-testid="office-name"]');
  const rowOffices = new Set(await textsOf(page, '[data-testid="catalogue-table"] [data-testid="row-office"]'));
  const missingOffices = OFFICES.filter((n) => !offices.includes(n));
  if (missingOffices.length > 0) fail(`${label}：页头缺少责任科室：${missingOffices.join('、')}（页头中有：${offices.join('、') || '无'}）`);
  else pass(`${label}：页头列出全部 ${OFFICES.length} 个责任科室`);
  const notInRows = OFFICES.filter((n) => !rowOffices.has(n));
  if (notInRows.length > 0) fail(`${label}：目录表格的责任科室列中没有：${notInRows.join('、')}`);
  else pass(`${label}：目录表格的责任科室列含全部科室`);

  const title = await page.textContent('[data-testid="agency-name"]');
  if (title?.trim() !== AGENCY_NAME) fail(`${label}：页头机关名称应为「${AGENCY_NAME}」，实际为「${title?.trim() ?? ''}」`);
  return true;
}

// --------------------------------------------------------------------------------------------- anonymous

async function checkAnonymousCatalogue(page, base) {
  if (!(await openSfjCatalogue(page, base, '访客'))) return;
  const findings = await page.$$('[data-testid="finding-item"]');
  if (findings.length > 0) fail(`访客：导入问题面板不应列出问题，实际列出 ${findings.length} 条`);
  else pass('访客：导入问题面板不列出任何问题');
  if (await page.$('[data-testid="findings-login-hint"]')) pass('访客：导入问题面板提示登录后可见');
  else fail('访客：导入问题面板没有「导入问题仅对登录用户显示」的提示');
  if (await page.$('[data-testid="import-button"]')) fail('访客：不应看到「导入目录」按钮');
  if (await page.$('[data-testid="header-login"]')) pass('访客：页头显示「登录」按钮');
  else fail('访客：页头没有「登录」按钮');
  await screenshot(page, `catalogue-${AGENCY_CODE}-anonymous.png`);
}

async function checkAgencyList(page, base, label, { expect = [AGENCY_NAME], absent = [], shot = null } = {}) {
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="agency-table"] [data-testid="agency-row"]');
  if (problem) {
    fail(`${label}：首页机关列表没有出现，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `agencies-${label}-failed.png`), fullPage: true });
    return;
  }
  const names = await textsOf(page, '[data-testid="agency-table"] [data-testid="agency-row"]');
  const missing = expect.filter((n) => !names.includes(n));
  const extra = absent.filter((n) => names.includes(n));
  if (missing.length > 0) fail(`${label}：首页机关列表中没有「${missing.join('、')}」（列表中有：${names.join('、') || '无'}）`);
  else pass(`${label}：首页机关列表含「${expect.join('、')}」`);
  if (absent.length > 0) {
    if (extra.length > 0) fail(`${label}：首页机关列表不应含「${extra.join('、')}」（列表中有：${names.join('、')}）`);
    else pass(`${label}：首页机关列表只有本机关，不含「${absent.join('、')}」`);
  }
  if (shot) await screenshot(page, shot);
}

async function checkUnknownAgency(page, base) {
  await page.goto(`${base}/agencies/no-such-agency-000`, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="agency-not-found"]');
  if (problem) fail(`未知机关编码没有显示「未找到该机关」，${problem}`);
  else pass('未知机关编码显示「未找到该机关」');
}

async function checkProtectedPageAsksForLogin(page, base) {
  await page.goto(`${base}/users`, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForSelector('[data-testid="login-page"]', { timeout: 15_000 });
    const url = new URL(page.url());
    if (url.pathname === '/login' && url.searchParams.get('redirect') === '/users') pass('访客打开 /users 时转到登录页（redirect=/users）');
    else fail(`访客打开 /users 时地址应为 /login?redirect=/users，实际为 ${url.pathname}${url.search}`);
  } catch {
    fail(`访客打开 /users 时没有转到登录页（地址：${page.url()}）`);
  }
}

// --------------------------------------------------------------------------------------------- sign-in

/**
 * Signs in through the login page (the page must already show it, or `base` is used to open it) by typing
 * and pressing Enter. Returns true when the header shows the user afterwards.
 */
async function signIn(page, base, login, password, { open = true } = {}) {
  if (open) await page.goto(`${base}/login`, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForSelector(field('login-username'), { timeout: 15_000 });
  } catch {
    fail(`登录页没有出现（地址：${page.url()}）`);
    return false;
  }
  await page.fill(field('login-username'), login);
  await page.fill(field('login-password'), password);
  await page.press(field('login-password'), 'Enter');
  try {
    await page.waitForSelector('[data-testid="user-display-name"], [data-testid="login-error"]', { timeout: 20_000 });
  } catch {
    fail(`以 ${login} 登录后页面没有变化`);
    return false;
  }
  const error = await page.$('[data-testid="login-error"]');
  if (error) {
    fail(`以 ${login} 登录失败：${((await error.textContent()) ?? '').trim()}`);
    return false;
  }
  return true;
}

async function signOut(page) {
  await page.click('[data-testid="user-menu-button"]');
  await page.click('[data-testid="menu-logout"]');
  try {
    await page.waitForSelector('[data-testid="header-login"]', { timeout: 10_000 });
    return true;
  } catch {
    fail('点击「退出登录」后页头没有恢复为「登录」按钮');
    return false;
  }
}

async function checkWrongPassword(page, base) {
  await page.goto(`${base}/login`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(field('login-username'), { timeout: 15_000 });
  await page.fill(field('login-username'), 'sfj-editor');
  await page.fill(field('login-password'), 'not-the-password');
  await page.click('[data-testid="login-submit"]');
  try {
    await page.waitForSelector('[data-testid="login-error"]', { timeout: 15_000 });
    const text = ((await page.textContent('[data-testid="login-error"]')) ?? '').trim();
    if (text.includes('登录名或密码错误')) pass('密码错误时登录页显示「登录名或密码错误」');
    else fail(`密码错误时登录页应显示「登录名或密码错误」，实际为「${text}」`);
  } catch {
    fail('密码错误时登录页没有显示错误');
  }
}

// ------------------------------------------------------------------------------------- department editor

async function checkEditor(page, base) {
  if (!(await signIn(page, base, 'sfj-editor', DEMO_PASSWORD))) return;
  const who = ((await page.textContent('[data-testid="user-display-name"]')) ?? '').trim();
  const meta = ((await page.textContent('[data-testid="user-meta"]')) ?? '').replace(/\s+/g, ' ').trim();
  if (who === '司法局编辑（示例）' && meta.includes(AGENCY_NAME) && meta.includes('部门编辑')) {
    pass(`通过登录页以 sfj-editor 登录，页头显示「${who}」「${meta}」`);
  } else {
    fail(`sfj-editor 登录后页头应显示姓名、机关和角色，实际为「${who}」「${meta}」`);
  }
  if (await page.$('[data-testid="nav-users"]')) fail('部门编辑不应看到「用户管理」菜单');
  if (await page.$('[data-testid="nav-audit"]')) fail('部门编辑不应看到「审计日志」菜单');

  await checkAgencyList(page, base, '部门编辑', { expect: [AGENCY_NAME], absent: OTHER_AGENCIES });

  await page.goto(`${base}/agencies/150785-mzj`, { waitUntil: 'domcontentloaded' });
  const other = await waitForContent(page, '[data-testid="agency-forbidden"]');
  if (other) fail(`部门编辑打开其他机关（根河市民政局）的目录时应显示「没有权限查看该机关」，${other}`);
  else pass('部门编辑打开其他机关的目录时显示「没有权限查看该机关」');

  if (!(await openSfjCatalogue(page, base, '部门编辑'))) return;
  const findings = await page.$$('[data-testid="finding-item"]');
  if (findings.length === 0) {
    fail('部门编辑：导入问题面板应列出问题，实际为空');
  } else {
    pass(`部门编辑：导入问题面板列出 ${findings.length} 条问题`);
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
  // Let the smooth scroll to the row finish, then show the page from the top (the located row stays marked).
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.waitForTimeout(200);
  await screenshot(page, `catalogue-${AGENCY_CODE}.png`);

  await checkImport(page);
  await signOut(page);
}

/** 导入目录: a file that is not a catalogue is refused with the line named; the sample is imported. */
async function checkImport(page) {
  const button = await page.$('[data-testid="import-button"]');
  if (!button) {
    fail('部门编辑在本机关目录页看不到「导入目录」按钮');
    return;
  }
  await button.click();
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'visible', timeout: 5000 });
  const input = '[data-testid="import-dialog"] input[type="file"]';
  await page.setInputFiles(input, { name: '不是目录.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是目录\n第二行\n', 'utf8') });
  await page.waitForSelector('[data-testid="import-file-chosen"]', { timeout: 5000 });
  await page.click('[data-testid="import-submit"]');
  try {
    await page.waitForSelector('[data-testid="import-error"]', { timeout: 15_000 });
    const text = ((await page.textContent('[data-testid="import-error"]')) ?? '').replace(/\s+/g, ' ').trim();
    if (/第\s*\d/.test(text)) pass(`导入非目录文件时显示服务器的错误（${text}）`);
    else fail(`导入非目录文件时的错误应指出行号，实际为「${text}」`);
  } catch {
    fail('导入非目录文件后没有显示错误');
  }

  await page.setInputFiles(input, SAMPLE_CATALOGUE);
  await page.fill(field('import-version'), '2025版');
  await page.click('[data-testid="import-submit"]');
  try {
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden', timeout: 20_000 });
    await page.waitForFunction(
      () => /2025版/.test(document.querySelector('[data-testid="catalogue-header"]')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    const level1 = await textsOf(page, '[data-testid="catalogue-table"] [data-testid="item-name"][data-level="1"]');
    if (level1.length === LEVEL1_ITEMS.length) pass('导入示例目录后，目录页显示新版本「2025版」及其全部一级事项');
    else fail(`导入后目录表格应有 ${LEVEL1_ITEMS.length} 个一级事项，实际 ${level1.length} 个`);
  } catch {
    const err = await page.$('[data-testid="import-error"]');
    fail(`导入示例目录没有成功${err ? `：${((await err.textContent()) ?? '').trim()}` : '（目录页没有显示新版本）'}`);
    await page.keyboard.press('Escape');
  }
}

// ------------------------------------------------------------------------------------- first administrator

/** The first start's administrator must change the one-time password before anything else. */
async function checkForcedPasswordChange(page, base) {
  const m = /管理员账号「([^」]+)」，一次性密码：(\S+?)（/.exec(serverOutput);
  if (!m) {
    console.log('· 服务日志中没有首位管理员的一次性密码，跳过强制改密检查');
    return;
  }
  const [, login, oneTime] = m;
  if (!(await signIn(page, base, login, oneTime))) return;
  try {
    await page.waitForSelector('[data-testid="change-password-dialog"]', { state: 'visible', timeout: 10_000 });
    pass(`首位管理员「${login}」用一次性密码登录后必须先修改密码`);
  } catch {
    fail(`首位管理员「${login}」用一次性密码登录后没有出现修改密码对话框`);
    return;
  }
  await page.fill(field('current-password'), oneTime);
  await page.fill(field('new-password'), 'short');
  await page.fill(field('confirm-password'), 'short');
  await page.click('[data-testid="change-password-submit"]');
  const tooShort = await page
    .waitForSelector('[data-testid="change-password-dialog"] .el-form-item__error', { timeout: 5000 })
    .then((el) => el.textContent())
    .catch(() => null);
  if (tooShort?.includes('至少 10 个字符')) pass('新密码不足 10 个字符时在该栏下提示');
  else fail(`新密码过短时应提示「至少 10 个字符」，实际为「${tooShort ?? '无提示'}」`);
  const newPassword = 'Browser-Test-2026!';
  await page.fill(field('new-password'), newPassword);
  await page.fill(field('confirm-password'), newPassword);
  await page.click('[data-testid="change-password-submit"]');
  try {
    await page.waitForSelector('[data-testid="change-password-dialog"]', { state: 'hidden', timeout: 15_000 });
    await page.waitForSelector('[data-testid="must-change-password"]', { state: 'detached', timeout: 10_000 });
    pass('修改初始密码后可以继续使用');
  } catch {
    fail('修改初始密码后对话框没有关闭');
  }
  await signOut(page);
}

// ----------------------------------------------------------------------------------- platform administrator

async function checkAdmin(page, base, context) {
  // Asking for /users first: the login page must bring the user back there.
  await page.goto(`${base}/users`, { waitUntil: 'domcontentloaded' });
  if (!(await signIn(page, base, 'demo-admin', DEMO_PASSWORD, { open: false }))) return;
  const problem = await waitForContent(page, '[data-testid="users-table"] [data-testid="user-row"]');
  if (problem) {
    fail(`平台管理员：登录后没有回到用户管理页，${problem}（地址：${page.url()}）`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'users-failed.png'), fullPage: true });
  } else {
    pass('平台管理员：登录后回到登录前要打开的 /users');
    const logins = await page.$$eval('[data-testid="user-row"]', (els) => els.map((e) => e.getAttribute('data-login')));
    if (logins.includes('sfj-editor')) pass(`用户管理页列出 sfj-editor（共 ${logins.length} 个用户）`);
    else fail(`用户管理页没有列出 sfj-editor（列出：${logins.join('、')}）`);
    await checkCreateUser(page);
    await screenshot(page, 'users.png');
  }

  await page.click('[data-testid="nav-audit"]');
  const auditProblem = await waitForContent(page, '[data-testid="audit-table"] [data-testid="audit-operation"]');
  if (auditProblem) {
    fail(`审计日志页没有出现记录，${auditProblem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'audit-failed.png'), fullPage: true });
    return;
  }
  const ops = await page.$$eval('[data-testid="audit-operation"]', (els) =>
    els.map((e) => ({ op: e.getAttribute('data-operation'), text: (e.textContent ?? '').trim() })),
  );
  const logins = ops.filter((o) => o.op === 'login');
  if (logins.length > 0 && logins.every((o) => o.text === '登录')) pass(`审计日志页列出「登录」记录（${logins.length} 条）`);
  else fail(`审计日志页应列出「登录」记录，实际操作列为：${ops.map((o) => o.text).join('、')}`);
  for (const [op, label] of [
    ['importCatalogue', '导入目录'],
    ['createUser', '新建用户'],
  ]) {
    if (ops.some((o) => o.op === op && o.text === label)) pass(`审计日志页列出「${label}」记录`);
    else fail(`审计日志页没有「${label}」记录`);
  }
  // Expand the user creation entry: before/after side by side.
  const row = await page.$('[data-testid="audit-table"] tr.audit-row:not(.no-details):has([data-operation="createUser"]) .el-table__expand-icon');
  if (row) {
    await row.click();
    try {
      await page.waitForSelector('[data-testid="audit-after"]', { timeout: 5000 });
      const after = (await page.textContent('[data-testid="audit-after"]')) ?? '';
      if (after.includes('"login": "browser-test"')) pass('展开审计记录显示修改后的 JSON');
      else fail(`展开的审计记录中没有新用户的登录名：${after.slice(0, 200)}`);
    } catch {
      fail('点击展开后没有显示审计记录的详情');
    }
  } else {
    fail('审计日志中找不到可展开的「新建用户」记录');
  }
  await screenshot(page, 'audit.png');

  // The session ends on the server (here: the cookie is gone): the next request sends the user to login.
  await context.clearCookies();
  await page.click('[data-testid="audit-page"] .page-tools button:has-text("刷新")');
  try {
    await page.waitForSelector('[data-testid="login-page"]', { timeout: 10_000 });
    const url = new URL(page.url());
    const notice = ((await page.textContent('[data-testid="login-notice"]').catch(() => '')) ?? '').trim();
    if (url.searchParams.get('redirect')?.startsWith('/audit')) pass(`会话失效后转到登录页（${notice || '无提示'}，redirect=${url.searchParams.get('redirect')}）`);
    else fail(`会话失效后的登录页地址应带 redirect=/audit，实际为 ${url.pathname}${url.search}`);
  } catch {
    fail('会话失效后没有转到登录页');
  }
}

async function checkCreateUser(page) {
  await page.click('[data-testid="create-user"]');
  await page.waitForSelector('[data-testid="user-form-dialog"]', { state: 'visible', timeout: 5000 });
  // Client-side checks first.
  await page.click('[data-testid="user-form-submit"]');
  await page.waitForSelector('[data-testid="user-form-dialog"] .el-form-item__error', { timeout: 5000 }).catch(() => null);
  const errors = await textsOf(page, '[data-testid="user-form-dialog"] .el-form-item__error');
  if (errors.includes('请输入登录名') && errors.includes('请至少选择一个角色')) pass('新建用户：未填写时逐栏提示');
  else fail(`新建用户：未填写时应逐栏提示，实际为「${errors.join('、')}」`);
  // The server's error goes to the field it names: the login name is taken.
  await page.fill(field('user-login'), 'sfj-editor');
  await page.fill(field('user-display-name-input'), '浏览器测试用户');
  await page.click('[data-testid="user-agency"]');
  await page.click('.el-select-dropdown__item:has-text("根河市民政局")');
  await page.click('[data-testid="user-roles"] label:has-text("只读用户")');
  await page.click('[data-testid="user-form-submit"]');
  const taken = await page
    .waitForSelector('[data-testid="user-form-dialog"] .el-form-item__error:has-text("已被使用")', { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (taken) pass('新建用户：登录名已被使用时，服务器的错误显示在「登录名」栏下');
  else fail('新建用户：登录名重复时「登录名」栏下没有显示服务器的错误');
  await page.fill(field('user-login'), 'browser-test');
  await page.click('[data-testid="user-form-submit"]');
  try {
    await page.waitForSelector('[data-testid="one-time-password"]', { state: 'visible', timeout: 10_000 });
    const otp = ((await page.textContent('[data-testid="one-time-password"]')) ?? '').trim();
    if (otp.length >= 10) pass('新建用户后显示一次性密码');
    else fail(`新建用户后显示的一次性密码不对：「${otp}」`);
    await page.click('[data-testid="one-time-password-done"]');
    await page.waitForSelector('[data-testid="one-time-password-dialog"]', { state: 'hidden', timeout: 5000 });
    await page.waitForSelector('[data-testid="user-row"][data-login="browser-test"]', { timeout: 10_000 });
    pass('新用户出现在用户列表中');
  } catch {
    const err = await page.$('[data-testid="user-form-error"]');
    fail(`新建用户没有成功${err ? `：${((await err.textContent()) ?? '').trim()}` : ''}`);
    await page.keyboard.press('Escape');
  }
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

  await checkAnonymousCatalogue(page, base);
  await checkAgencyList(page, base, '访客', { shot: 'agencies.png' });
  await checkUnknownAgency(page, base);
  await checkProtectedPageAsksForLogin(page, base);
  await checkWrongPassword(page, base);
  await checkEditor(page, base);
  await checkForcedPasswordChange(page, base);
  await checkAdmin(page, base, context);

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
