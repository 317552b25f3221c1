#!/usr/bin/env node
/**
 * Browser test of the built platform: starts apps/server/dist/main.js on a free port with a fresh data
 * directory (the server starts its own embedded PostgreSQL there and loads the demo data), opens the admin
 * app in headless Chromium and checks, in one run:
 *  - anonymous visitors: the published catalogue of 根河市司法局 (items, offices) without import findings,
 *    the agency list, 「未找到该机关」, and that /users asks for a login;
 *  - a department editor (sfj-editor), signed in through the login page: sees only its own agency, the
 *    catalogue's findings panel locates rows; creates the draft 2025版 from the published 2024版, edits a row in
 *    the drawer (公开时限 parsed live, a channel unticked, a due date computed), saves it and sees the table
 *    change; a save over someone else's change shows the server's CONFLICT message, keeps the input and
 *    「刷新此行」 merges; the 修改记录 tab, the diff against 2024版 and the offices page;
 *  - the department approver (sfj-approver) publishes the draft: the version selector shows 2025版 已发布;
 *  - the editor again: 导入目录 reports a bad file's line and imports a good one (as 2026版);
 *  - annual reports: the editor opens 根河市司法局's new 2025 report (official layout of table 三), makes R1 fail for
 *    the 自然人 column (rules panel, 报送 disabled), fixes it with a pasted column and 「采用计算值」, saves the draft
 *    and finds the values after a reload; the office's reviewer sees the 2024 dashboard (根河市财政局 late,
 *    政务公开办 未报), the 汇总 with included and missing departments, and a chart;
 *  - comparing catalogues: the office's reviewer opens the coverage matrix of 根河市 against the general standard
 *    (rows for the departments, red cells), reads a cell's tooltip, filters and opens a department's findings,
 *    downloads the Excel export; confirms a similar match of 根河市司法局 in the pairwise view and pairs a missing
 *    standard item by hand, and finds both in the matrix afterwards (cell confirmed, score up); the reviewer may
 *    edit the standard catalogue but not a department's;
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
const OFFICES = [
  '办公室',
  '行政执法协调监督办公室',
  '普法与依法治理办公室',
  '人民参与和促进法治办公室',
  '公共法律服务办公室',
];
const DEMO_PASSWORD = 'gongkai-demo-2026';
const OTHER_AGENCIES = ['根河市民政局', '根河市财政局'];
const SAMPLE_CATALOGUE = path.join(ROOT, 'demo-data/catalogues/genhe-sifaju.txt');
/** The draft the editor makes from the published 2024版, and the version the import check makes afterwards. */
const DRAFT_VERSION = '2025版';
const BASE_VERSION = '2024版';
const IMPORT_VERSION = '2026版';
/** The row edited in the drawer: 部门会议's only row (its channels include 两微一端). */
const EDIT_ROW_TEXT = '会议名称';
const NEW_TIME_LIMIT = '信息形成之日起10个工作日内';
const UNTICKED_CHANNEL = { code: 'WEIBO_WECHAT_APP', label: '两微一端' };

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
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `catalogue-${AGENCY_CODE}-${label}-failed.png`),
      fullPage: true,
    });
    return false;
  }
  await page.evaluate(() => document.fonts.ready);

  const level1 = await textsOf(page, '[data-testid="catalogue-table"] [data-testid="item-name"][data-level="1"]');
  const missingItems = LEVEL1_ITEMS.filter((n) => !level1.includes(n));
  if (missingItems.length > 0)
    fail(`${label}：目录表格缺少一级事项：${missingItems.join('、')}（表格中有：${level1.join('、') || '无'}）`);
  else pass(`${label}：目录表格列出全部 ${LEVEL1_ITEMS.length} 个一级事项`);

  const offices = await textsOf(page, '[data-testid="office-list"] [data-testid="office-name"]');
  const rowOffices = new Set(await textsOf(page, '[data-testid="catalogue-table"] [data-testid="row-office"]'));
  const missingOffices = OFFICES.filter((n) => !offices.includes(n));
  if (missingOffices.length > 0)
    fail(`${label}：页头缺少责任科室：${missingOffices.join('、')}（页头中有：${offices.join('、') || '无'}）`);
  else pass(`${label}：页头列出全部 ${OFFICES.length} 个责任科室`);
  const notInRows = OFFICES.filter((n) => !rowOffices.has(n));
  if (notInRows.length > 0) fail(`${label}：目录表格的责任科室列中没有：${notInRows.join('、')}`);
  else pass(`${label}：目录表格的责任科室列含全部科室`);

  const title = await page.textContent('[data-testid="agency-name"]');
  if (title?.trim() !== AGENCY_NAME)
    fail(`${label}：页头机关名称应为「${AGENCY_NAME}」，实际为「${title?.trim() ?? ''}」`);
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
  if (missing.length > 0)
    fail(`${label}：首页机关列表中没有「${missing.join('、')}」（列表中有：${names.join('、') || '无'}）`);
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
    if (url.pathname === '/login' && url.searchParams.get('redirect') === '/users')
      pass('访客打开 /users 时转到登录页（redirect=/users）');
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

  await checkDraftEditing(page, base);
  await signOut(page);
}

/** The editor again, after the draft was published: 导入目录 makes a new draft (2026版). */
async function checkEditorImport(page, base) {
  if (!(await signIn(page, base, 'sfj-editor', DEMO_PASSWORD))) return;
  if (!(await openSfjCatalogue(page, base, '部门编辑（导入）'))) return;
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
  await page.setInputFiles(input, {
    name: '不是目录.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('这不是目录\n第二行\n', 'utf8'),
  });
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
  await page.fill(field('import-version'), IMPORT_VERSION);
  await page.click('[data-testid="import-submit"]');
  try {
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden', timeout: 20_000 });
    await page.waitForFunction(
      (label) => (document.querySelector('[data-testid="catalogue-version"]')?.textContent ?? '').includes(label),
      IMPORT_VERSION,
      { timeout: 15_000 },
    );
    await page.waitForSelector('[data-testid="catalogue-table"] [data-testid="item-name"]', { timeout: 15_000 });
    const level1 = await textsOf(page, '[data-testid="catalogue-table"] [data-testid="item-name"][data-level="1"]');
    if (level1.length === LEVEL1_ITEMS.length)
      pass(`导入示例目录后，目录页显示新版本「${IMPORT_VERSION}」及其全部一级事项`);
    else fail(`导入后目录表格应有 ${LEVEL1_ITEMS.length} 个一级事项，实际 ${level1.length} 个`);
  } catch {
    const err = await page.$('[data-testid="import-error"]');
    fail(`导入示例目录没有成功${err ? `：${((await err.textContent()) ?? '').trim()}` : '（目录页没有显示新版本）'}`);
    await page.keyboard.press('Escape');
  }
}

// ------------------------------------------------------------------------------------- drafts and editing

/** Text of an element, whitespace collapsed; '' when it is not there. */
async function textOf(page, selector) {
  const el = await page.$(selector);
  return el ? ((await el.textContent()) ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** The screenshot of what is on screen (a drawer is fixed to the viewport). */
async function viewportShot(page, name) {
  const file = path.join(SCREENSHOT_DIR, name);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file });
  console.log(`· 截图：${path.relative(ROOT, file)}`);
}

/** The table row (tr class cat-row-N) whose text contains `text`, as a selector; null when there is none. */
async function rowSelector(page, text) {
  const index = await page.$$eval(
    '[data-testid="catalogue-table"] tr.cat-row',
    (trs, t) => {
      const tr = trs.find((x) => (x.textContent ?? '').includes(t));
      const m = tr ? /cat-row-(\d+)/.exec(tr.className) : null;
      return m ? Number(m[1]) : -1;
    },
    text,
  );
  return index < 0 ? null : `[data-testid="catalogue-table"] tr.cat-row-${index}`;
}

/** A GraphQL request outside the browser, with its own session cookie (another user at the same time). */
async function graphqlAs(base, cookie, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.getSetCookie?.() ?? [];
  return { body: await res.json(), cookie: setCookie.map((c) => c.split(';')[0]).join('; ') };
}

/** Signs another user in outside the browser; returns the session cookie. */
async function otherSession(base, login) {
  const r = await graphqlAs(base, '', 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
    l: login,
    p: DEMO_PASSWORD,
  });
  if (r.body.errors || !r.cookie) throw new Error(`${login} 登录失败：${JSON.stringify(r.body.errors ?? r.body)}`);
  return r.cookie;
}

/**
 * sfj-editor: 新建草稿 2025版 from the published 2024版, edits 部门会议's row in the drawer, saves, sees the table
 * change; a conflicting save; the history; the diff against 2024版; the offices page.
 */
async function checkDraftEditing(page, base) {
  if (await page.$('[data-testid="publish-button"]')) fail('部门编辑不应看到「发布」按钮');
  const create = await page.$('[data-testid="create-draft-button"]');
  if (!create) {
    fail(`部门编辑在已发布的「${BASE_VERSION}」上看不到「新建草稿」按钮`);
    return;
  }
  await create.click();
  await page.waitForSelector('[data-testid="create-draft-dialog"]', { state: 'visible', timeout: 5000 });
  await page.fill(field('create-draft-label'), DRAFT_VERSION);
  await page.click('[data-testid="create-draft-submit"]');
  try {
    await page.waitForFunction(
      (label) => {
        const text = document.querySelector('[data-testid="version-select"]')?.textContent ?? '';
        return text.includes(label) && text.includes('草稿');
      },
      DRAFT_VERSION,
      { timeout: 15_000 },
    );
    await page.waitForSelector('[data-testid="catalogue-table"] [data-testid="edit-row"]', { timeout: 15_000 });
    pass(
      `部门编辑从「${BASE_VERSION}」新建草稿「${DRAFT_VERSION}」，版本选择显示「${await textOf(page, '[data-testid="version-select"]')}」，各行出现「编辑」`,
    );
    await page.waitForTimeout(500);
    await viewportShot(page, `catalogue-${AGENCY_CODE}-draft.png`);
  } catch {
    fail(
      `新建草稿「${DRAFT_VERSION}」没有成功${(await textOf(page, '[data-testid="create-draft-error"]')) ? `：${await textOf(page, '[data-testid="create-draft-error"]')}` : ''}`,
    );
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'create-draft-failed.png'), fullPage: true });
    return;
  }

  const row = await rowSelector(page, EDIT_ROW_TEXT);
  if (!row) {
    fail(`草稿中找不到含「${EDIT_ROW_TEXT}」的行`);
    return;
  }
  const requirementId = await page.$eval(`${row} [data-testid="content-cell"]`, (el) =>
    el.getAttribute('data-requirement-id'),
  );
  await page.click(`${row} [data-testid="edit-row"]`);
  try {
    await page.waitForSelector('[data-testid="edit-drawer"]', { state: 'visible', timeout: 5000 });
  } catch {
    fail('点击「编辑」后没有打开编辑抽屉');
    return;
  }
  const before = await textOf(page, '[data-testid="time-limit-preview-text"]');
  await page.fill(field('edit-time-limit'), NEW_TIME_LIMIT);
  try {
    await page.waitForFunction(
      () => document.querySelector('[data-testid="time-limit-preview"]')?.getAttribute('data-kind') === 'afterEvent',
      null,
      { timeout: 3000 },
    );
    await page.waitForFunction(
      ([was]) => {
        const now = (document.querySelector('[data-testid="time-limit-preview-text"]')?.textContent ?? '').trim();
        return now !== was && now.includes('10个工作日');
      },
      [before],
      { timeout: 3000 },
    );
    pass(
      `编辑抽屉：输入公开时限后即时显示解析结果「${await textOf(page, '[data-testid="time-limit-preview"]')}」（原为「${before}」）`,
    );
  } catch {
    fail(
      `编辑抽屉：输入「${NEW_TIME_LIMIT}」后解析结果没有更新（显示「${await textOf(page, '[data-testid="time-limit-preview"]')}」）`,
    );
  }
  const channel = `[data-testid="edit-channels"] label:has-text("${UNTICKED_CHANNEL.label}")`;
  if (!(await page.$(`${channel}.is-checked`))) fail(`编辑抽屉：「${UNTICKED_CHANNEL.label}」原本应已勾选`);
  await page.click(channel);
  if (await page.$(`${channel}.is-checked`)) fail(`编辑抽屉：取消勾选「${UNTICKED_CHANNEL.label}」没有生效`);
  else pass(`编辑抽屉：取消勾选公开渠道「${UNTICKED_CHANNEL.label}」`);
  const channelLabels = await textsOf(page, '[data-testid="edit-channels"] label');
  if (channelLabels.length !== 13 || channelLabels[0] !== '政府网站' || channelLabels[12] !== '其他') {
    fail(`编辑抽屉：应按官方顺序列出 13 个公开渠道，实际为「${channelLabels.join('、')}」`);
  }

  await page.fill(field('due-date-event'), '2026-09-28');
  await page.keyboard.press('Enter');
  try {
    await page.waitForSelector('[data-testid="due-date-value"]', { timeout: 3000 });
    pass(`编辑抽屉：期限试算显示「${await textOf(page, '[data-testid="due-date-result"]')}」`);
  } catch {
    fail(`编辑抽屉：选择日期后没有算出公开期限（${await textOf(page, '[data-testid="due-date-helper"]')}）`);
  }
  await page.evaluate(() =>
    document.querySelector('[data-testid="edit-drawer"] .el-drawer__body')?.scrollTo({ top: 0 }),
  );
  // Close the date picker's panel (a click on the drawer's title), then move the pointer out of the way.
  await page.mouse.click(1500, 30);
  await page.mouse.move(1900, 1000);
  await page.waitForTimeout(300);
  await viewportShot(page, 'edit-drawer.png');

  await page.click('[data-testid="edit-save"]');
  try {
    await page.waitForSelector('[data-testid="edit-drawer"]', { state: 'hidden', timeout: 15_000 });
    await page.waitForFunction(
      ([sel, text, code]) => {
        const tr = document.querySelector(sel);
        if (!tr) return false;
        const ticks = [...tr.querySelectorAll('[data-testid="channel-tick"]')].map((t) =>
          t.getAttribute('data-channel'),
        );
        return (
          (tr.querySelector('[data-testid="time-limit"]')?.textContent ?? '').includes(text) && !ticks.includes(code)
        );
      },
      [row, NEW_TIME_LIMIT, UNTICKED_CHANNEL.code],
      { timeout: 15_000 },
    );
    pass(`保存后目录表该行的公开时限为「${NEW_TIME_LIMIT}」，「${UNTICKED_CHANNEL.label}」一栏不再打勾`);
  } catch {
    const err =
      (await textOf(page, '[data-testid="edit-conflict"]')) || (await textOf(page, '[data-testid="edit-error"]'));
    fail(`保存编辑后目录表没有更新${err ? `：${err}` : ''}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'edit-save-failed.png'), fullPage: true });
    await page.keyboard.press('Escape');
  }

  if (requirementId) await checkConflict(page, base, row, requirementId);
  await checkHistoryTab(page);
  await checkDiff(page);
  await checkOfficesPage(page, base);
}

/** Someone else saves the row while the editor has it open: the server's message, nothing typed lost, 刷新此行. */
async function checkConflict(page, base, row, requirementId) {
  await page.click(`${row} [data-testid="edit-row"]`);
  await page.waitForSelector('[data-testid="edit-drawer"]', { state: 'visible', timeout: 5000 });
  const typed = '信息形成之日起15个工作日内';
  await page.fill(field('edit-time-limit'), typed);

  let other;
  try {
    other = await otherSession(base, 'sfj-approver');
    const versionQuery = `query($code: String!) { agency(code: $code) { currentCatalogue { items {
      requirements { id version } children { requirements { id version } children { requirements { id version } } } } } } }`;
    const q = await graphqlAs(base, other, versionQuery, { code: AGENCY_CODE });
    const all = JSON.stringify(q.body);
    const m = new RegExp(`"id":"${requirementId}","version":(\\d+)`).exec(all);
    if (!m) throw new Error(`找不到该行的版本号：${all.slice(0, 200)}`);
    const u = await graphqlAs(
      base,
      other,
      'mutation($id: ID!, $v: Int!) { updateRequirement(id: $id, expectedVersion: $v, input: { audiences: [PUBLIC, SPECIFIC] }) { version } }',
      { id: requirementId, v: Number(m[1]) },
    );
    if (u.body.errors) throw new Error(JSON.stringify(u.body.errors));
  } catch (e) {
    fail(`冲突检查：另一用户修改该行失败：${e instanceof Error ? e.message : String(e)}`);
    await page.keyboard.press('Escape');
    return;
  }

  await page.click('[data-testid="edit-save"]');
  try {
    await page.waitForSelector('[data-testid="edit-conflict"]', { timeout: 10_000 });
    const message = await textOf(page, '[data-testid="edit-conflict-message"]');
    const kept = await page.inputValue(field('edit-time-limit'));
    if (message.includes('已被他人修改') && message.includes('公开对象'))
      pass(`保存冲突时显示服务器的提示「${message}」`);
    else fail(`保存冲突时的提示应指出他人改了「公开对象」，实际为「${message}」`);
    if (kept === typed) pass('保存冲突后抽屉仍开着，输入的内容没有丢失');
    else fail(`保存冲突后输入的公开时限应仍为「${typed}」，实际为「${kept}」`);
    await page.click('[data-testid="edit-refresh-row"]');
    await page.waitForSelector('[data-testid="edit-rebase-note"]', { timeout: 10_000 });
    const specific = await page.$('[data-testid="edit-audiences"] label:has-text("特定群体").is-checked');
    if (specific && (await page.inputValue(field('edit-time-limit'))) === typed)
      pass('「刷新此行」载入他人的修改（特定群体），并保留自己的修改');
    else
      fail(`「刷新此行」后应同时有他人的修改和自己的输入：${await textOf(page, '[data-testid="edit-rebase-note"]')}`);
    await page.click('[data-testid="edit-save"]');
    await page.waitForSelector('[data-testid="edit-drawer"]', { state: 'hidden', timeout: 15_000 });
    await page.waitForFunction(
      ([sel, text]) => (document.querySelector(sel)?.textContent ?? '').includes(text),
      [row, typed],
      { timeout: 15_000 },
    );
    pass('刷新此行后再次保存成功');
  } catch {
    fail(`保存冲突的处理不对：${(await textOf(page, '[data-testid="edit-drawer"] .el-drawer__body')).slice(0, 300)}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'edit-conflict-failed.png') });
    await page.keyboard.press('Escape');
    const discard = await page.$('.el-message-box .el-button--primary');
    if (discard) await discard.click();
  }
  // Put the row back to the text the diff check looks for.
  await page.click(`${row} [data-testid="edit-row"]`);
  await page.waitForSelector('[data-testid="edit-drawer"]', { state: 'visible', timeout: 5000 });
  await page.fill(field('edit-time-limit'), NEW_TIME_LIMIT);
  await page.click('[data-testid="edit-save"]');
  await page
    .waitForSelector('[data-testid="edit-drawer"]', { state: 'hidden', timeout: 15_000 })
    .catch(() => fail('改回公开时限时保存没有成功'));
}

async function checkHistoryTab(page) {
  await page.click('[data-testid="history-tab"]');
  try {
    await page.waitForSelector('[data-testid="history-operation"][data-operation="updateRequirement"]', {
      timeout: 10_000,
    });
    const ops = await textsOf(page, '[data-testid="history-operation"]');
    if (ops.includes('修改公开要求') && ops.includes('新建草稿'))
      pass(`「修改记录」列出本草稿的改动（${[...new Set(ops)].join('、')}）`);
    else fail(`「修改记录」应有「新建草稿」和「修改公开要求」，实际为「${ops.join('、')}」`);
  } catch {
    fail('「修改记录」中没有「修改公开要求」的记录');
  }
  await page.click('[data-testid="catalogue-tabs"] .el-tabs__item:has-text("目录表")');
}

/** 与…比较 → 2024版: the diff page shows the edited row, field by field. */
async function checkDiff(page) {
  const button = await page.$('[data-testid="compare-button"]');
  if (!button) {
    fail('草稿页面没有「与…比较」按钮');
    return;
  }
  await button.click();
  const option = `[data-testid="compare-option"][data-version-label="${BASE_VERSION}"]`;
  try {
    await page.waitForSelector(option, { state: 'visible', timeout: 5000 });
    await page.click(option);
    await page.waitForSelector('[data-testid="diff-table"], [data-testid="diff-empty"], [data-testid="load-error"]', {
      timeout: 15_000,
    });
  } catch {
    fail(`「与…比较」中选择「${BASE_VERSION}」后没有打开比较页（地址：${page.url()}）`);
    return;
  }
  if (!/\/catalogues\/[0-9a-f-]{36}\/diff\/[0-9a-f-]{36}$/.test(new URL(page.url()).pathname))
    fail(`比较页地址不对：${page.url()}`);
  const changed = await page.$$eval('[data-testid="diff-block"]', (blocks) =>
    blocks.map((b) => ({
      kind: b.getAttribute('data-kind'),
      path: (b.querySelector('[data-testid="diff-after-path"]')?.textContent ?? '').trim(),
      fields: [...b.querySelectorAll('[data-testid="diff-field"]')].map((f) => ({
        field: f.getAttribute('data-field'),
        before: (f.querySelector('[data-testid="diff-before"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        after: (f.querySelector('[data-testid="diff-after"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        removed: [...f.querySelectorAll('.mark--removed')].map((m) => m.textContent),
      })),
    })),
  );
  const meeting = changed.find((b) => b.path.includes('部门会议'));
  const time = meeting?.fields.find((f) => f.field === 'timeLimit');
  const channels = meeting?.fields.find((f) => f.field === 'channels');
  if (meeting && time?.after.includes(NEW_TIME_LIMIT) && channels?.removed.includes(UNTICKED_CHANNEL.label)) {
    pass(
      `比较页列出「部门会议」的改动：公开时限「${time.before.slice(0, 24)}…」→「${time.after}」，公开渠道删去「${UNTICKED_CHANNEL.label}」`,
    );
  } else {
    fail(`比较页没有列出「部门会议」的改动（列出：${JSON.stringify(changed).slice(0, 400)}）`);
  }
  const summary = await textOf(page, '[data-testid="diff-summary"]');
  if (/1\s*修改的公开要求/.test(summary)) pass(`比较页的统计：${summary}`);
  else fail(`比较页的统计应为修改的公开要求 1 条，实际为「${summary}」`);
  await screenshot(page, 'diff.png');
}

async function checkOfficesPage(page, base) {
  await page.goto(`${base}/agencies/${AGENCY_CODE}/offices`, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="offices-table"] [data-testid="offices-name"]');
  if (problem) {
    fail(`科室管理页没有列出科室，${problem}`);
    return;
  }
  const names = await textsOf(page, '[data-testid="offices-table"] [data-testid="offices-name"]');
  const usage = await textsOf(page, '[data-testid="offices-table"] [data-testid="offices-usage"]');
  const missing = OFFICES.filter((n) => !names.includes(n));
  if (missing.length > 0) fail(`科室管理页缺少：${missing.join('、')}`);
  else if (usage.some((u) => !/^[1-9]\d* 行$/.test(u))) fail(`科室管理页的使用行数不对：${usage.join('、')}`);
  else pass(`科室管理页列出 ${names.length} 个科室及使用行数（${names.map((n, i) => `${n} ${usage[i]}`).join('，')}）`);
  if (!(await page.$('[data-testid="office-merge"]'))) fail('部门编辑在科室管理页看不到「合并到…」');
  await screenshot(page, 'offices.png');
  await page.goto(`${base}/agencies/${AGENCY_CODE}`, { waitUntil: 'domcontentloaded' });
  await page
    .waitForSelector('[data-testid="catalogue-table"] [data-testid="item-name"]', { timeout: 15_000 })
    .catch(() => {});
}

/** 下载: the four formats of the version on screen, fetched with the session cookie. */
async function checkDownloads(page, base) {
  const hrefs = await page.$$eval('[data-testid="download-link"]', (links) => links.map((a) => a.getAttribute('href')));
  if (hrefs.length !== 4) {
    fail(`「下载」应有 4 种格式，实际 ${hrefs.length} 种`);
    return;
  }
  const results = [];
  for (const href of hrefs) {
    const res = await page.request.get(`${base}${href}`);
    const type = res.headers()['content-type'] ?? '';
    const disposition = decodeURIComponent(res.headers()['content-disposition'] ?? '');
    results.push(`${path.extname(href ?? '')} ${res.status()}`);
    if (res.status() !== 200 || !disposition.includes(DRAFT_VERSION))
      fail(`下载 ${href} 失败：HTTP ${res.status()} ${type} ${disposition}`);
  }
  pass(`「下载」的 Excel、Word、CSV、JSON 链接都能下载（${results.join('，')}）`);
}

/** sfj-approver publishes the draft: the version selector shows 2025版 已发布 and the table is read-only. */
async function checkApproverPublishes(page, base) {
  if (!(await signIn(page, base, 'sfj-approver', DEMO_PASSWORD))) return;
  await page.goto(`${base}/agencies/${AGENCY_CODE}`, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="publish-button"]');
  if (problem) {
    fail(`部门审批人在草稿「${DRAFT_VERSION}」上看不到「发布」按钮，${problem}`);
    await signOut(page);
    return;
  }
  await page.click('[data-testid="publish-button"]');
  try {
    await page.waitForSelector('.el-message-box', { state: 'visible', timeout: 5000 });
    const text = await textOf(page, '.el-message-box');
    if (text.includes('发布后不能再修改')) pass('「发布」先确认：「发布后不能再修改」');
    else fail(`「发布」的确认框应说明发布后不能再修改，实际为「${text}」`);
    await page.click('.el-message-box .el-button--primary');
    await page.waitForFunction(
      (label) => {
        const text = document.querySelector('[data-testid="version-select"]')?.textContent ?? '';
        return text.includes(label) && text.includes('已发布');
      },
      DRAFT_VERSION,
      { timeout: 15_000 },
    );
    pass(`部门审批人发布后，版本选择显示「${await textOf(page, '[data-testid="version-select"]')}」`);
    await page.waitForSelector('[data-testid="catalogue-table"] [data-testid="edit-row"]', {
      state: 'detached',
      timeout: 10_000,
    });
    pass('发布后目录表不再可编辑');
    await page.click('[data-testid="version-select"]');
    await page.waitForSelector('.el-select-dropdown [data-testid="version-option"]', {
      state: 'visible',
      timeout: 5000,
    });
    const options = await textsOf(page, '.el-select-dropdown [data-testid="version-option"]');
    if (
      options.some((o) => o.includes(DRAFT_VERSION) && o.includes('已发布')) &&
      options.some((o) => o.includes(BASE_VERSION))
    ) {
      pass(`版本列表：${options.join('；')}`);
    } else {
      fail(`版本列表应有「${DRAFT_VERSION} 已发布」和「${BASE_VERSION}」，实际为「${options.join('；')}」`);
    }
    await page.keyboard.press('Escape');
    await checkDownloads(page, base);
  } catch {
    fail(`部门审批人发布草稿没有成功（版本选择：「${await textOf(page, '[data-testid="version-select"]')}」）`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'publish-failed.png'), fullPage: true });
  }
  await signOut(page);
}

// ------------------------------------------------------------------------------------------- annual reports

const REPORT_YEAR = 2025;
const DASHBOARD_YEAR = 2024;
const GOVERNMENT_CODE = '150785';
/** The outcome rows of table 三 from （一）予以公开 to （六）3.其他, in order (21 rows). */
const OUTCOME_ROWS = 21;

const cellInput = (id) => `input[data-cell="${id}"]`;

/** The rule results the panel lists, as { rule, text }. */
async function ruleResults(page) {
  return page.$$eval('[data-testid="rule-result"]', (els) =>
    els.map((e) => ({ rule: e.getAttribute('data-rule'), text: (e.textContent ?? '').replace(/\s+/g, ' ').trim() })),
  );
}

/** Waits until `check(results)` holds (or the timeout passes); returns whether it did. */
async function waitForRules(page, check, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (check(await ruleResults(page))) return true;
    await sleep(200);
  }
  return false;
}

const r1Natural = (results) => results.some((r) => r.rule === 'R1' && r.text.includes('自然人'));

/** Pastes text into the focused element the way a browser does (a paste event with clipboard data). */
async function pasteInto(page, selector, text) {
  await page.focus(selector);
  await page.evaluate(
    ([sel, t]) => {
      const el = document.querySelector(sel);
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );
}

/**
 * The department editor opens 根河市司法局's (new) 2025 report, makes R1 fail for the 自然人 column (the rules panel
 * names it, 报送 is disabled), fixes it with a pasted column and 「采用计算值」, saves the draft and finds the values
 * kept after a reload.
 */
async function checkReportEntry(page, base) {
  if (!(await signIn(page, base, 'sfj-editor', DEMO_PASSWORD))) return;
  const url = `${base}/agencies/${AGENCY_CODE}/reports/${REPORT_YEAR}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="rules-panel"]');
  if (problem) {
    fail(`年度报告：${url} 的填报页没有出现，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-failed.png'), fullPage: true });
    await signOut(page);
    return;
  }
  const title = (await textOf(page, '[data-testid="report-title"]')) ?? '';
  if (!title.includes(AGENCY_NAME) || !title.includes(String(REPORT_YEAR)))
    fail(`年度报告：标题应含「${AGENCY_NAME}」与 ${REPORT_YEAR}，实际为「${title}」`);
  const status = (await textOf(page, '[data-testid="report-status"]')) ?? '';
  if (status !== '尚未填报') fail(`年度报告：新报告的状态应为「尚未填报」，实际为「${status}」`);

  // The official layout: merged headers and row labels of table 三, table 四's groups.
  const table3 = (await textOf(page, '[data-testid="report-table-applications"]')) ?? '';
  const labels = [
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '商业企业',
    '法律服务机构',
    '总计',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '三、本年度办理结果',
    '（三）不予公开',
    '（四）无法提供',
    '（五）不予处理',
    '（六）其他处理',
    '四、结转下年度继续办理',
  ];
  const missingLabels = labels.filter((l) => !table3.includes(l));
  if (missingLabels.length > 0) fail(`年度报告：表三缺少官方标签：${missingLabels.join('、')}`);
  else pass('年度报告：表三按官方格式显示合并的表头与分组标签');
  const table4 = (await textOf(page, '[data-testid="report-table-reviewLitigation"]')) ?? '';
  if (
    !['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '尚未审结'].every((l) => table4.includes(l))
  )
    fail(`年度报告：表四的分组标签不全：${table4.slice(0, 120)}`);

  // Typing with the keyboard: Enter moves down the column.
  await page.click(cellInput('a.newReceived.natural'));
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  if (focused !== 'a.carriedOver.natural')
    fail(
      `年度报告：在「一、本年新收」自然人格按 Enter 应移到「二、上年结转」自然人格，实际焦点在 ${focused ?? '（无）'}`,
    );
  else pass('年度报告：Enter 键移到下一行的同一列');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  const afterTab = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  if (afterTab !== 'a.carriedOver.commercial')
    fail(`年度报告：Tab 键应移到右边的「商业企业」格，实际焦点在 ${afterTab ?? '（无）'}`);
  await page.fill(cellInput('a.totalHandled.natural'), '0');
  await page.fill(cellInput('a.carriedForward.natural'), '0');

  // An invalid value is marked inline.
  await page.fill(cellInput('a.granted.commercial'), '1.5');
  const inlineError =
    (await textOf(page, '[data-testid="report-table-applications"] [data-testid="cell-error"]')) ?? '';
  if (!inlineError.includes('整数')) fail(`年度报告：在表三填「1.5」应在格下提示应为整数，实际为「${inlineError}」`);
  else pass(`年度报告：单元格输入即时校验（「1.5」→「${inlineError}」）`);
  await page.fill(cellInput('a.granted.commercial'), '');

  if (!(await waitForRules(page, r1Natural))) {
    fail(
      `年度报告：一、本年新收 自然人 = 5 而其他为 0 时，检查面板应列出「自然人」列的 R1 错误，实际为：${(await ruleResults(page)).map((r) => r.text).join('；') || '（无）'}`,
    );
  } else pass('年度报告：检查面板列出「自然人」列的 R1 错误');
  const submit = await page.$('[data-testid="submit-report"]');
  if (!submit) fail('年度报告：没有「报送」按钮');
  else if (!(await submit.isDisabled())) fail('年度报告：有错误时「报送」按钮应不可用');
  else pass('年度报告：有错误时「报送」不可用');
  // Clicking the rule focuses its cells.
  await page.click('[data-testid="rule-result"][data-rule="R1"]');
  const focusedByRule = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  if (focusedByRule !== 'a.newReceived.natural')
    fail(`年度报告：点击 R1 应定位到「一、本年新收」自然人格，实际焦点在 ${focusedByRule ?? '（无）'}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'report-form.png');

  // Fix: paste the 自然人 column of the outcomes (5 予以公开, the rest 0), then adopt the computed （七）总计.
  const column = ['5', ...Array(OUTCOME_ROWS - 1).fill('0')].join('\n');
  await pasteInto(page, cellInput('a.granted.natural'), column);
  const pasted = await page.$eval(cellInput('a.other.other.natural'), (el) => el.value);
  if (pasted !== '0') fail(`年度报告：粘贴一列数字后「（六）3.其他」自然人格应为 0，实际为「${pasted}」`);
  else pass(`年度报告：从 Excel 粘贴的一列数字（${OUTCOME_ROWS} 行）逐格填入`);
  const adopt = await page.$('[data-adopt="a.totalHandled.natural"]');
  if (!adopt) fail('年度报告：（七）总计 自然人格没有「采用计算值」');
  else {
    await adopt.click();
    const total = await page.$eval(cellInput('a.totalHandled.natural'), (el) => el.value);
    if (total !== '5') fail(`年度报告：采用计算值后（七）总计 自然人应为 5，实际为「${total}」`);
  }
  if (!(await waitForRules(page, (r) => !r1Natural(r)))) fail('年度报告：数字一致后「自然人」列的 R1 错误没有消失');
  else pass('年度报告：数字一致后 R1 错误消失');

  // Save the draft and reload.
  await page.click('[data-testid="save-report"]');
  try {
    await page.waitForFunction(
      () => document.querySelector('[data-testid="report-status"]')?.textContent?.trim() === '草稿',
      null,
      { timeout: 15_000 },
    );
    pass('年度报告：保存草稿（未通过全部检查也能保存）');
  } catch {
    fail(`年度报告：保存草稿后状态没有变为「草稿」：${(await textOf(page, '[data-testid="save-error"]')) ?? ''}`);
  }
  await page.reload({ waitUntil: 'domcontentloaded' });
  await waitForContent(page, cellInput('a.newReceived.natural'));
  const kept = {};
  for (const id of ['a.newReceived.natural', 'a.granted.natural', 'a.totalHandled.natural', 'a.carriedOver.natural'])
    kept[id] = await page.$eval(cellInput(id), (el) => el.value);
  const expected = {
    'a.newReceived.natural': '5',
    'a.granted.natural': '5',
    'a.totalHandled.natural': '5',
    'a.carriedOver.natural': '0',
  };
  const wrong = Object.entries(expected).filter(([id, v]) => kept[id] !== v);
  if (wrong.length > 0)
    fail(
      `年度报告：重新打开后数值没有保留：${wrong.map(([id, v]) => `${id} 应为 ${v}，实际为「${kept[id]}」`).join('；')}`,
    );
  else pass('年度报告：重新打开后填写的数字都在');
  if (await waitForRules(page, r1Natural, 1500)) fail('年度报告：重新打开后又出现了「自然人」列的 R1 错误');
  await signOut(page);
}

/** The office's dashboard: 财政局 late, 政务公开办 未报; the 汇总 names the included and the missing departments; a chart. */
async function checkReportDashboard(page, base) {
  if (!(await signIn(page, base, 'demo-reviewer', DEMO_PASSWORD))) return;
  const navLink = await page.$('[data-testid="nav-reports"]');
  if (!navLink) fail('年度报告看板：政务公开办审核员的导航中没有「年度报告」');
  const url = `${base}/governments/${GOVERNMENT_CODE}/reports/${DASHBOARD_YEAR}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, '[data-testid="progress-table"] [data-testid="progress-agency"]');
  if (problem) {
    fail(`年度报告看板：${url} 的报送情况表没有出现，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'dashboard-failed.png'), fullPage: true });
    await signOut(page);
    return;
  }
  const rows = await page.$$eval('[data-testid="progress-table"] .el-table__body tr', (trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('[data-testid="progress-agency"]')?.textContent?.trim() ?? '',
      status: tr.querySelector('[data-testid="progress-status"]')?.textContent?.trim() ?? '',
      late: tr.querySelector('[data-testid="progress-late"]')?.textContent?.trim() ?? '',
    })),
  );
  const czj = rows.find((r) => r.name === '根河市财政局');
  if (!czj) fail(`年度报告看板：没有根河市财政局（表中有：${rows.map((r) => r.name).join('、')}）`);
  else if (czj.status !== '已报送' || !czj.late.startsWith('逾期'))
    fail(`年度报告看板：根河市财政局应为「已报送」且逾期，实际为「${czj.status}」「${czj.late || '未逾期'}」`);
  else pass(`年度报告看板：根河市财政局 已报送、${czj.late}`);
  const zwgkb = rows.find((r) => r.name === '根河市人民政府办公室（政务公开办）');
  if (!zwgkb) fail('年度报告看板：没有根河市人民政府办公室（政务公开办）');
  else if (zwgkb.status !== '未报') fail(`年度报告看板：政务公开办应为「未报」，实际为「${zwgkb.status}」`);
  else pass('年度报告看板：根河市人民政府办公室（政务公开办） 未报');
  await screenshot(page, 'report-dashboard.png');

  await page.click('#tab-sum');
  const sumProblem = await waitForContent(page, '[data-testid="sum-included"] li');
  if (sumProblem) fail(`年度报告看板：汇总页没有列出计入的部门，${sumProblem}`);
  else {
    await page
      .waitForSelector('[data-testid="report-table-applications"] [data-cell]', { timeout: 15_000 })
      .catch(() => {});
    const included = await textsOf(page, '[data-testid="sum-included"] li');
    const missing = await textsOf(page, '[data-testid="sum-missing"] li');
    if (!included.includes('根河市司法局'))
      fail(`年度报告看板：汇总（已审核+已公开）应计入根河市司法局，实际为：${included.join('、')}`);
    const expectMissing = ['根河市民政局 草稿', '根河市财政局 已报送', '根河市人民政府办公室（政务公开办） 未报'];
    const notListed = expectMissing.filter((m) => !missing.includes(m));
    if (notListed.length > 0)
      fail(`年度报告看板：汇总的「未计入」应列出 ${notListed.join('、')}，实际为：${missing.join('、')}`);
    else pass(`年度报告看板：汇总列出已计入（${included.join('、')}）与未计入（${missing.join('、')}）`);
    const coverageFirst = await page.evaluate(() => {
      const cov = document.querySelector('[data-testid="sum-coverage"]');
      const table = document.querySelector('#pane-sum [data-testid="report-table-proactive"]');
      return !!cov && !!table && cov.getBoundingClientRect().top < table.getBoundingClientRect().top;
    });
    if (!coverageFirst) fail('年度报告看板：所含与缺少的部门应显示在汇总数字上方');
    await screenshot(page, 'report-sum.png');
  }

  await page.click('#tab-charts');
  try {
    await page.waitForSelector('[data-testid="echart"] canvas', { timeout: 15_000 });
    await sleep(1200);
    pass('年度报告看板：图表已显示');
    await screenshot(page, 'report-charts.png');
  } catch {
    fail('年度报告看板：「图表」页没有显示图表');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-charts-failed.png'), fullPage: true });
  }
  await signOut(page);
}

// ------------------------------------------------------------------------------------- comparing catalogues

const STANDARD_CODE = '150785-bz-ty';
/** A standard item 根河市司法局 lacks, and the name of its own item the reviewer pairs it with by hand (if both exist). */
const MANUAL_LEFT = '履职信息 › 行政执法公示';
const MANUAL_RIGHT = '行政执法协调监督';

const sel = (testid, attrs = {}) =>
  `[data-testid="${testid}"]${Object.entries(attrs)
    .map(([k, v]) => `[${k}=${JSON.stringify(v)}]`)
    .join('')}`;

/** The matrix row of an agency: score, and per column its status and match method. */
async function matrixRow(page, code) {
  return page.$eval(sel('coverage-row', { 'data-code': code }), (tr) => ({
    score: Number(tr.getAttribute('data-score')),
    cells: [...tr.querySelectorAll('[data-testid="coverage-cell"]')].map((c) => ({
      column: c.getAttribute('data-column') ?? '',
      status: c.getAttribute('data-status') ?? '',
      method: c.getAttribute('data-method') ?? '',
    })),
  }));
}

/** Opens the matrix of 根河市 with the general standard; false (and a failure) when its rows do not appear. */
async function openMatrix(page, base, label) {
  const url = `${base}/governments/${GOVERNMENT_CODE}/coverage?standard=${STANDARD_CODE}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const problem = await waitForContent(page, sel('coverage-row', { 'data-code': AGENCY_CODE }));
  if (problem) {
    fail(`${label}：${url} 的覆盖矩阵没有出现根河市司法局，${problem}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'coverage-matrix-failed.png'), fullPage: true });
    return false;
  }
  return true;
}

/** Waits until the matrix row of 司法局 satisfies `check` (the page may show the cached matrix first). */
async function waitForSfjRow(page, check, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let row = null;
  while (Date.now() < deadline) {
    row = await matrixRow(page, AGENCY_CODE).catch(() => null);
    if (row && check(row)) return row;
    await sleep(300);
  }
  return row;
}

async function checkCoverage(page, base, context) {
  if (!(await signIn(page, base, 'demo-reviewer', DEMO_PASSWORD))) return;
  // The entry appears once the navigation knows the reviewer's government.
  const navLink = await page.waitForSelector(sel('nav-coverage'), { timeout: 10_000 }).catch(() => null);
  if (!navLink) fail('目录比较：政务公开办审核员的导航中没有「目录比较」');
  else {
    await navLink.click();
    try {
      await page.waitForURL(`**/governments/${GOVERNMENT_CODE}/coverage**`, { timeout: 10_000 });
      pass('目录比较：导航「目录比较」打开本级政府的覆盖矩阵');
    } catch {
      fail(`目录比较：导航「目录比较」应打开 /governments/${GOVERNMENT_CODE}/coverage，实际为 ${page.url()}`);
    }
  }
  if (!(await openMatrix(page, base, '目录比较'))) {
    await signOut(page);
    return;
  }
  const standardShown = (
    (await page
      .textContent(`${sel('coverage-standard')} .el-select__selected-item, ${sel('coverage-standard')} input`)
      .catch(() => '')) ?? ''
  ).trim();
  const names = await textsOf(page, sel('coverage-dept'));
  const expected = [AGENCY_NAME, ...OTHER_AGENCIES];
  const absentNames = expected.filter((n) => !names.includes(n));
  if (absentNames.length > 0) fail(`覆盖矩阵：缺少部门 ${absentNames.join('、')}（表中有：${names.join('、')}）`);
  else
    pass(
      `覆盖矩阵：${names.length} 个部门（含${expected.join('、')}）${standardShown ? `，标准「${standardShown}」` : ''}`,
    );
  if (names.some((n) => n.includes('标准目录'))) fail(`覆盖矩阵：标准目录不应作为部门出现（${names.join('、')}）`);
  const red = await page.$$(sel('coverage-cell', { 'data-status': 'MISSING' }));
  const columns = await page.$$(sel('coverage-column'));
  if (red.length === 0) fail('覆盖矩阵：没有红色（缺少）的格子');
  else pass(`覆盖矩阵：${columns.length} 个标准事项列，缺少的格子 ${red.length} 个`);
  const summary = ((await textOf(page, sel('coverage-summary'))) ?? '').replace(/\s+/g, ' ');
  if (!summary.includes('平均得分') || !summary.includes('缺少必选事项的部门'))
    fail(`覆盖矩阵：概况应有平均得分与缺少必选事项的部门数，实际为「${summary}」`);
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, 'coverage-matrix.png');

  // A cell's tooltip: the item, the department, the status and why.
  const sfjRed = await page.$(
    `${sel('coverage-row', { 'data-code': AGENCY_CODE })} ${sel('coverage-cell', { 'data-status': 'MISSING' })}`,
  );
  if (sfjRed) {
    await sfjRed.hover();
    const tip = await page
      .waitForSelector(sel('coverage-tip'), { state: 'visible', timeout: 5000 })
      .then((el) => el.textContent())
      .catch(() => null);
    if (tip && tip.includes(AGENCY_NAME) && tip.includes('缺少'))
      pass(`覆盖矩阵：悬停格子显示说明（${tip.replace(/\s+/g, ' ').slice(0, 60)}…）`);
    else fail(`覆盖矩阵：悬停缺少的格子应显示部门与「缺少」的说明，实际为「${tip ?? '无'}」`);
    await page.mouse.move(5, 5);
  }

  // Filters: name search, mandatory columns only, departments with problems only.
  await page.fill(field('coverage-search'), '司法');
  await page.waitForTimeout(300);
  const searched = await textsOf(page, sel('coverage-dept'));
  if (searched.length === 1 && searched[0] === AGENCY_NAME) pass('覆盖矩阵：按部门名称查找');
  else fail(`覆盖矩阵：查找「司法」应只剩根河市司法局，实际为 ${searched.join('、')}`);
  await page.fill(field('coverage-search'), '');
  await page.click(`${sel('coverage-mandatory-only')}`);
  await page.waitForTimeout(300);
  const mandatoryColumns = (await page.$$(sel('coverage-column'))).length;
  if (mandatoryColumns > 0 && mandatoryColumns < columns.length)
    pass(`覆盖矩阵：只看必选事项（${mandatoryColumns} / ${columns.length} 列）`);
  else fail(`覆盖矩阵：只看必选事项后列数应减少，实际为 ${mandatoryColumns} / ${columns.length}`);
  await page.click(`${sel('coverage-mandatory-only')}`);
  await page.click(`${sel('coverage-problems-only')}`);
  await page.waitForTimeout(300);
  const problemNames = await textsOf(page, sel('coverage-dept'));
  if (problemNames.includes(AGENCY_NAME) && problemNames.length <= names.length)
    pass(`覆盖矩阵：只看有问题的部门（${problemNames.length} / ${names.length}）`);
  else fail(`覆盖矩阵：只看有问题的部门应含根河市司法局，实际为 ${problemNames.join('、')}`);
  await page.click(`${sel('coverage-problems-only')}`);
  await page.waitForTimeout(300);

  // A department's compliance findings.
  await page.click(`${sel('coverage-row', { 'data-code': AGENCY_CODE })} ${sel('coverage-expand')}`);
  try {
    await page.waitForSelector(sel('coverage-findings'), { timeout: 5000 });
    const findings = await textsOf(page, `${sel('coverage-findings')} ${sel('coverage-finding')}`);
    const text = (await textOf(page, sel('coverage-findings'))) ?? '';
    if (findings.length > 0 || text.includes('未发现问题'))
      pass(`覆盖矩阵：展开根河市司法局，显示合规检查（${findings.length} 条）`);
    else fail(`覆盖矩阵：展开根河市司法局后没有合规检查结果：${text.slice(0, 120)}`);
  } catch {
    fail('覆盖矩阵：点击展开后没有显示根河市司法局的合规检查');
  }

  // The Excel export: the same address the button links to, with the browser's session cookie.
  const href = await page.getAttribute(sel('coverage-export'), 'href').catch(() => null);
  if (!href) fail('覆盖矩阵：没有「导出 Excel」链接');
  else {
    const res = await context.request.get(`${base}${href}`);
    const type = res.headers()['content-type'] ?? '';
    const body = await res.body();
    if (res.status() === 200 && type.includes('spreadsheetml') && body.subarray(0, 2).toString() === 'PK')
      pass(`覆盖矩阵：导出 Excel（${href}，${body.length} 字节）`);
    else fail(`覆盖矩阵：导出 Excel 应返回 200 与 xlsx，实际为 HTTP ${res.status()}（${type}）`);
  }

  const before = await matrixRow(page, AGENCY_CODE);
  const similar = before.cells.find((c) => c.method === 'similar');
  const missingCell =
    before.cells.find((c) => c.column === MANUAL_LEFT && c.status === 'MISSING') ??
    before.cells.find((c) => c.status === 'MISSING');

  // 1. Confirm a similar match in the pairwise view.
  if (!similar) console.log('· 根河市司法局没有待确认的相似匹配，跳过「确认匹配」');
  else {
    await page.click(
      `${sel('coverage-row', { 'data-code': AGENCY_CODE })} ${sel('coverage-cell', { 'data-column': similar.column })}`,
    );
    const pair = sel('compare-pair', { 'data-key': similar.column });
    const problem = await waitForContent(page, pair);
    if (problem) fail(`目录比较：点击格子后没有打开逐项比较（${similar.column}），${problem}`);
    else {
      pass(`目录比较：点击格子打开标准与根河市司法局的逐项比较（${similar.column}）`);
      await page.click(`${pair} ${sel('compare-confirm')}`);
      try {
        await page.waitForSelector(sel('compare-pair', { 'data-key': similar.column, 'data-method': 'confirmed' }), {
          timeout: 15_000,
        });
        pass(`目录比较：确认相似匹配「${similar.column}」后显示为已确认`);
        if (await page.$(`${sel('compare-pair', { 'data-key': similar.column })} ${sel('compare-undo')}`))
          pass('目录比较：已确认的匹配可以撤销');
        else fail('目录比较：已确认的匹配旁没有「撤销确认」');
      } catch {
        fail(`目录比较：确认「${similar.column}」后没有显示为已确认`);
      }
      await page.click(sel('back-to-matrix'));
      await page
        .waitForSelector(sel('coverage-row', { 'data-code': AGENCY_CODE }), { timeout: 15_000 })
        .catch(() => {});
      const after = await waitForSfjRow(
        page,
        (r) => r.cells.find((c) => c.column === similar.column)?.method === 'confirmed',
      );
      const cell = after?.cells.find((c) => c.column === similar.column);
      if (cell?.method === 'confirmed') pass(`覆盖矩阵：回到矩阵后「${similar.column}」不再是待确认（已确认）`);
      else fail(`覆盖矩阵：确认后「${similar.column}」应为已确认，实际为 ${cell?.method || '（无）'}`);
    }
  }

  // 2. Pair a standard item 司法局 lacks by hand.
  if (!missingCell) fail('覆盖矩阵：根河市司法局没有缺少的事项，无法检查「手动指定」');
  else {
    if (!page.url().includes('/coverage')) await openMatrix(page, base, '目录比较');
    const scoreBefore = (await matrixRow(page, AGENCY_CODE)).score;
    await page.click(
      `${sel('coverage-row', { 'data-code': AGENCY_CODE })} ${sel('coverage-cell', { 'data-column': missingCell.column })}`,
    );
    const item = sel('compare-only-left', { 'data-key': missingCell.column });
    const problem = await waitForContent(page, item);
    if (problem) fail(`目录比较：「${missingCell.column}」应列在「仅在左侧」，${problem}`);
    else {
      await page.click(`${item} ${sel('compare-manual')}`);
      await page.waitForSelector(sel('manual-dialog'), { state: 'visible', timeout: 5000 }).catch(() => {});
      await page.click(sel('manual-select'));
      const options = page.locator('.el-select-dropdown__item:visible');
      const preferred = options.filter({ hasText: MANUAL_RIGHT });
      const option = (await preferred.count()) > 0 ? preferred.first() : options.first();
      const chosen = ((await option.textContent()) ?? '').replace(/名称相似.*$/u, '').trim();
      await option.click();
      await page.click(sel('manual-submit'));
      try {
        await page.waitForSelector(
          sel('compare-pair', { 'data-key': missingCell.column, 'data-method': 'confirmed' }),
          { timeout: 15_000 },
        );
        pass(`目录比较：手动指定「${missingCell.column}」对应「${chosen}」`);
      } catch {
        fail(`目录比较：手动指定「${missingCell.column}」后没有成为已确认的匹配`);
      }
      await page.evaluate(
        (key) => document.querySelector(`[data-key=${JSON.stringify(key)}]`)?.scrollIntoView({ block: 'center' }),
        missingCell.column,
      );
      await page.waitForTimeout(400);
      await viewportShot(page, 'coverage-compare.png');
      await page.click(sel('back-to-matrix'));
      await page
        .waitForSelector(sel('coverage-row', { 'data-code': AGENCY_CODE }), { timeout: 15_000 })
        .catch(() => {});
      const after = await waitForSfjRow(
        page,
        (r) => r.cells.find((c) => c.column === missingCell.column)?.status !== 'MISSING' && r.score > scoreBefore,
      );
      const cell = after?.cells.find((c) => c.column === missingCell.column);
      if (cell && cell.status !== 'MISSING' && after.score > scoreBefore)
        pass(
          `覆盖矩阵：回到矩阵后「${missingCell.column}」为${cell.status === 'COVERED' ? '已覆盖' : '弱于标准'}，得分 ${scoreBefore} → ${after.score}`,
        );
      else
        fail(
          `覆盖矩阵：手动指定后「${missingCell.column}」应不再缺少且得分提高，实际为 ${cell?.status ?? '（无）'}，得分 ${scoreBefore} → ${after?.score ?? '—'}`,
        );
    }
  }

  // The office maintains the standard catalogue, not a department's.
  await page.goto(`${base}/agencies/${STANDARD_CODE}`, { waitUntil: 'domcontentloaded' });
  const standardProblem = await waitForContent(page, '[data-testid="catalogue-table"] [data-testid="item-name"]');
  if (standardProblem) fail(`标准目录：${STANDARD_CODE} 的目录没有出现，${standardProblem}`);
  else {
    const kind = ((await textOf(page, sel('agency-kind'))) ?? '').trim();
    const canImport = !!(await page.$(sel('import-button')));
    const canDraft = !!(await page.$(sel('create-draft-button')));
    if (kind === '标准目录' && canImport && canDraft)
      pass('标准目录：类型显示「标准目录」，政务公开办审核员可以导入和新建草稿');
    else
      fail(
        `标准目录：类型应为「标准目录」（实际「${kind}」），审核员应能导入（${canImport}）和新建草稿（${canDraft}）`,
      );
  }
  await page.goto(`${base}/agencies/${AGENCY_CODE}`, { waitUntil: 'domcontentloaded' });
  await waitForContent(page, '[data-testid="catalogue-table"] [data-testid="item-name"]');
  if (await page.$(sel('import-button'))) fail('标准目录：政务公开办审核员不应能导入部门的目录');
  else pass('标准目录：政务公开办审核员不能修改部门的目录');

  // 「与其他目录比较」 from a catalogue page: the standard goes on the left.
  const compareButton = await page.$(sel('compare-other-button'));
  if (!compareButton) fail('目录比较：目录页没有「与其他目录比较」');
  else {
    await compareButton.click();
    await page.waitForSelector(sel('compare-target-dialog'), { state: 'visible', timeout: 5000 }).catch(() => {});
    await page.click(sel('compare-target-select'));
    const option = page.locator('.el-select-dropdown__item:visible').filter({ hasText: '通用标准目录' }).first();
    try {
      await option.click({ timeout: 10_000 });
      await page.click(sel('compare-target-submit'));
      await page.waitForSelector(sel('compare-pair'), { timeout: 15_000 });
      const leftSide = ((await textOf(page, sel('compare-left'))) ?? '').replace(/\s+/g, ' ');
      const rightSide = ((await textOf(page, sel('compare-right'))) ?? '').replace(/\s+/g, ' ');
      if (leftSide.includes('通用标准目录') && rightSide.includes(AGENCY_NAME))
        pass('目录比较：从目录页「与其他目录比较」选择标准目录，标准在左侧');
      else
        fail(`目录比较：从目录页比较后左侧应为通用标准目录、右侧为根河市司法局，实际为「${leftSide}」「${rightSide}」`);
    } catch {
      fail('目录比较：从目录页选择「通用标准目录」后没有打开逐项比较');
    }
  }
  await signOut(page);
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

/** An account locked by wrong passwords shows 锁定 in 用户管理; the administrator lifts the lock there. */
async function checkUnlockAccount(page, base) {
  const login = (password) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($p: String!) { login(login: "sfj-viewer", password: $p) { login } }',
        variables: { p: password },
      }),
    }).then((r) => r.json());
  for (let i = 0; i < 6; i++) await login(`wrong-${i}`);
  const locked = await login(DEMO_PASSWORD);
  if (!/登录失败次数过多/u.test(locked.errors?.[0]?.message ?? '')) {
    fail(`sfj-viewer 连续输错密码后没有被锁定（${JSON.stringify(locked).slice(0, 200)}）`);
    return;
  }
  await page.reload();
  const row = page.locator('tr:has([data-testid="user-row"][data-login="sfj-viewer"])');
  try {
    await row.locator('[data-testid="user-locked"]').waitFor({ timeout: 10_000 });
    pass('用户管理页把 sfj-viewer 标为「锁定」');
  } catch {
    fail('用户管理页没有把被锁定的 sfj-viewer 标为「锁定」');
    return;
  }
  await row.locator('[data-testid="unlock-account"]').click();
  try {
    await row.locator('[data-testid="user-locked"]').waitFor({ state: 'detached', timeout: 10_000 });
  } catch {
    fail('点击「解除锁定」后 sfj-viewer 仍显示「锁定」');
    return;
  }
  const after = await login(DEMO_PASSWORD);
  if (after.data?.login?.login === 'sfj-viewer') pass('解除锁定后 sfj-viewer 能用正确密码登录');
  else fail(`解除锁定后 sfj-viewer 仍不能登录（${JSON.stringify(after).slice(0, 200)}）`);
}

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
  if (logins.length > 0 && logins.every((o) => o.text === '登录'))
    pass(`审计日志页列出「登录」记录（${logins.length} 条）`);
  else fail(`审计日志页应列出「登录」记录，实际操作列为：${ops.map((o) => o.text).join('、')}`);
  for (const [op, label] of [
    ['importCatalogue', '导入目录'],
    ['createUser', '新建用户'],
  ]) {
    if (ops.some((o) => o.op === op && o.text === label)) pass(`审计日志页列出「${label}」记录`);
    else fail(`审计日志页没有「${label}」记录`);
  }
  // Expand the user creation entry: before/after side by side.
  const row = await page.$(
    '[data-testid="audit-table"] tr.audit-row:not(.no-details):has([data-operation="createUser"]) .el-table__expand-icon',
  );
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

  // After the audit checks: the failed sign-ins it makes would push older entries off the audit page.
  await page.goto(`${base}/users`, { waitUntil: 'domcontentloaded' });
  if (!(await waitForContent(page, '[data-testid="users-table"] [data-testid="user-row"]')))
    await checkUnlockAccount(page, base);
  await page.goto(`${base}/audit`, { waitUntil: 'domcontentloaded' });
  await waitForContent(page, '[data-testid="audit-table"] [data-testid="audit-operation"]');

  // The session ends on the server (here: the cookie is gone): the next request sends the user to login.
  await context.clearCookies();
  await page.click('[data-testid="audit-page"] .page-tools button:has-text("刷新")');
  try {
    await page.waitForSelector('[data-testid="login-page"]', { timeout: 10_000 });
    const url = new URL(page.url());
    const notice = ((await page.textContent('[data-testid="login-notice"]').catch(() => '')) ?? '').trim();
    if (url.searchParams.get('redirect')?.startsWith('/audit'))
      pass(`会话失效后转到登录页（${notice || '无提示'}，redirect=${url.searchParams.get('redirect')}）`);
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
  await page
    .waitForSelector('[data-testid="user-form-dialog"] .el-form-item__error', { timeout: 5000 })
    .catch(() => null);
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
  // The server's content-security policy must not block anything the admin app does.
  const cspViolations = [];
  context.on('console', (msg) => {
    if (msg.type() === 'error') console.error(`  [浏览器控制台] ${msg.text()}`);
    if (/Content Security Policy/iu.test(msg.text())) cspViolations.push(msg.text());
  });

  await checkAnonymousCatalogue(page, base);
  await checkAgencyList(page, base, '访客', { shot: 'agencies.png' });
  await checkUnknownAgency(page, base);
  await checkProtectedPageAsksForLogin(page, base);
  await checkWrongPassword(page, base);
  await checkEditor(page, base);
  await checkApproverPublishes(page, base);
  await checkEditorImport(page, base);
  await (
    await import('./browser-flows/import-preview.mjs')
  ).importPreviewFlow({
    page,
    base,
    signIn: (p, b, login) => signIn(p, b, login, DEMO_PASSWORD),
    signOut,
    pass,
    fail,
    screenshot,
  });
  await checkReportEntry(page, base);
  await checkReportDashboard(page, base);
  await checkCoverage(page, base, context);
  // After the coverage checks: the drafts this makes (根河市财政局, 根河市教育局) would change their rows there.
  await (
    await import('./browser-flows/bulk-import.mjs')
  ).bulkImportFlow({ page, base, signIn: (p, b, login) => signIn(p, b, login, DEMO_PASSWORD), signOut, pass, fail });
  await checkForcedPasswordChange(page, base);
  await checkAdmin(page, base, context);

  if (cspViolations.length > 0) fail(`内容安全策略（CSP）拦截了管理界面的内容：\n  ${cspViolations.join('\n  ')}`);
  else pass('管理界面在内容安全策略（CSP）下运行，没有被拦截的内容');
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
