/* global document -- page.evaluate and waitForFunction callbacks run in the browser */
/**
 * Browser flow: 导入目录 with the preview and a column mapping (issue 12, items 3 and 7). As 根河市司法局's editor:
 * uploads a Word catalogue (made here with the `docx` library), previews it, sets its 公开依据 column to
 * 「作为备注保留」 and sees the parsed rows change (in the browser, no round trip; the time is read from the page),
 * imports it as a new draft and finds the rows (with the column kept as remarks) on the catalogue page; previews the
 * same layout again and is offered the remembered mapping (「已按上次的对应关系」). An open draft is deleted from the
 * dialog first (删除草稿…), as a user would.
 *
 * Called from scripts/test-browser.mjs with what it needs: { page, base, signIn, signOut, pass, fail, screenshot }.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AGENCY_CODE = '150785-sfj';
const VERSION = '2027版';
const BASIS_COLUMN = 4;
const BASIS = '《中华人民共和国政府信息公开条例》第二十条';

/** The `docx` library as packages/exchange has it (the repository root does not depend on it). */
async function loadDocx() {
  const require = createRequire(path.join(ROOT, 'packages/exchange/package.json'));
  return import(pathToFileURL(require.resolve('docx')).href);
}

/** A department's Word catalogue: a title paragraph and one table of eight columns, the last one no field. */
export async function previewFixtureDocx(rowCount = 6) {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await loadDocx();
  const cell = (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const header = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '责任科室', '填报说明'];
  const offices = ['办公室', '普法与依法治理办公室', '公共法律服务办公室'];
  const items = ['机构职能', '普法工作', '公共法律服务'];
  const rows = [header];
  for (let i = 0; i < rowCount; i++) {
    const first = i % 2 === 0;
    rows.push([
      first ? String(i / 2 + 1) : '',
      first ? items[(i / 2) % items.length] + (i >= 6 ? String(i) : '') : '',
      `预览子项${i + 1}`,
      `预览内容${i + 1}`,
      BASIS,
      '信息形成或变更之日起20个工作日内',
      offices[i % offices.length],
      i === 0 ? '按年更新' : '',
    ]);
  }
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('根河市司法局主动公开目录')] }),
          new Table({
            columnWidths: header.map(() => 1100),
            rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

async function textsOf(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Opens 导入目录 on the catalogue page; deletes an open draft through the dialog's 删除草稿… first. */
async function openDialog(page, { fail }) {
  const button = await page.$('[data-testid="import-button"]');
  if (!button) {
    fail('导入预览：部门编辑在本机关目录页看不到「导入目录」按钮');
    return false;
  }
  await button.click();
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'visible', timeout: 5000 });
  return true;
}

async function deleteOpenDraft(page, { fail, pass }) {
  if (!(await page.$('[data-testid="import-draft-warning"]'))) return true;
  await page.click('[data-testid="import-delete-draft"]');
  await page.click('.el-message-box .el-button--danger, .el-message-box__btns .el-button--primary');
  try {
    await page.waitForSelector('[data-testid="import-draft-warning"]', { state: 'detached', timeout: 15_000 });
    pass('导入预览：在导入对话框中删除了已有的草稿');
    return true;
  } catch {
    fail('导入预览：删除草稿后导入对话框仍提示已有草稿');
    return false;
  }
}

async function previewFile(page, buffer, { fail }) {
  await page.setInputFiles('[data-testid="import-dialog"] input[type="file"]', {
    name: '司法局目录（预览）.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer,
  });
  await page.waitForSelector('[data-testid="import-file-chosen"]', { timeout: 5000 });
  await page.click('[data-testid="import-preview-button"]');
  try {
    await page.waitForSelector('[data-testid="import-preview"], [data-testid="import-error"]', { timeout: 30_000 });
  } catch {
    fail('导入预览：点击「预览」后 30 秒内没有出现预览');
    return false;
  }
  const error = await page.$('[data-testid="import-error"]');
  if (error) {
    fail(`导入预览：预览失败：${clean(await error.textContent())}`);
    return false;
  }
  await page.waitForSelector('[data-testid="import-parsed-table"]', { timeout: 10_000 });
  return true;
}

/**
 * Chooses an option of a column's select by its label, and waits until the select shows it. A click that lands while
 * the dropdown is still opening (its transition, on a busy machine) is lost: then the select is opened again.
 */
async function chooseColumn(page, column, labelStart) {
  const select = `[data-testid="import-column-select-${column}"]`;
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.click(select);
    const option = page
      .locator('.import-column-options:visible .el-select-dropdown__item', { hasText: labelStart })
      .first();
    await option.waitFor({ state: 'visible', timeout: 5000 });
    await page
      .waitForFunction(
        () =>
          ![...document.querySelectorAll('.import-column-options')].some((e) =>
            e.getAnimations().some((a) => a.playState === 'running'),
          ),
        null,
        { timeout: 5000 },
      )
      .catch(() => {});
    await option.click();
    const chosen = await page
      .waitForFunction(
        ({ sel, label }) => (document.querySelector(sel)?.textContent ?? '').includes(label),
        { sel: select, label: labelStart },
        { timeout: 3000 },
      )
      .then(() => true)
      .catch(() => false);
    if (chosen) return;
    await page.keyboard.press('Escape');
  }
}

/**
 * @param {{ page: import('playwright-core').Page, base: string, signIn: (page: any, base: string, login: string) => Promise<boolean>,
 *   signOut: (page: any) => Promise<boolean>, pass: (m: string) => void, fail: (m: string) => void, screenshot: (page: any, name: string) => Promise<void> }} t
 */
export async function importPreviewFlow(t) {
  const { page, base, pass, fail } = t;
  if (!(await t.signIn(page, base, 'sfj-editor'))) return;
  await page.goto(`${base}/agencies/${AGENCY_CODE}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-testid="catalogue-table"] [data-testid="item-name"]', { timeout: 30_000 });
  const docx = await previewFixtureDocx();

  if (!(await openDialog(page, t)) || !(await deleteOpenDraft(page, t))) return;
  await page.fill(
    '[data-testid="import-dialog"] [data-testid="import-version"] input, [data-testid="import-dialog"] input[data-testid="import-version"]',
    VERSION,
  );
  if (!(await previewFile(page, docx, t))) return;
  // A mapping remembered from an earlier run: start from the detection, as a first import would.
  if (await page.$('[data-testid="import-use-detected"]')) await page.click('[data-testid="import-use-detected"]');

  const before = {
    items: clean(await page.textContent('[data-testid="import-count-items"]')),
    rows: clean(await page.textContent('[data-testid="import-count-rows"]')),
    offices: clean(await page.textContent('[data-testid="import-count-offices"]')),
  };
  if (before.rows === '6' && before.offices === '3')
    pass(
      `导入预览：显示识别出的表格和解析结果（事项 ${before.items} 个、公开要求 ${before.rows} 行、科室 ${before.offices} 个）`,
    );
  else fail(`导入预览：应解析出 6 行公开要求、3 个科室，实际为 ${JSON.stringify(before)}`);
  const selects = await page.$$('[data-testid^="import-column-select-"]');
  if (selects.length === 8) pass('导入预览：表头每列有一个含义选择框（8 列）');
  else fail(`导入预览：表头应有 8 个含义选择框，实际 ${selects.length} 个`);

  // 公开依据 → 作为备注保留: the parsed rows change at once (interpreted in the browser).
  const remarksBefore = (await textsOf(page, '[data-testid="import-parsed-remarks"]')).join(' ');
  await chooseColumn(page, BASIS_COLUMN, '作为备注保留');
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="import-parsed-remarks"]')].some((e) =>
          (e.textContent ?? '').includes('公开依据：'),
        ),
      null,
      { timeout: 5000 },
    );
    const ms = Number(await page.getAttribute('[data-testid="import-preview-time"]', 'data-ms'));
    pass(
      `导入预览：把「公开依据」列改为「作为备注保留」后，解析结果随即显示「公开依据：…」备注（浏览器中解析并显示用时 ${Math.round(ms)} 毫秒）`,
    );
    if (remarksBefore.includes('公开依据：')) fail('导入预览：改列之前备注中就已有「公开依据：」');
    if (!(ms < 1000)) fail(`导入预览：改列后的解析和显示应在 1 秒内，实际 ${ms} 毫秒`);
  } catch {
    fail('导入预览：改变列的含义后解析结果没有变化');
  }
  const tag = clean(await page.textContent(`[data-testid="import-column-${BASIS_COLUMN}"]`));
  if (tag.includes('已改')) pass('导入预览：改过的列标为「已改」');
  else fail(`导入预览：改过的列应标为「已改」，实际为「${tag}」`);
  await page.waitForTimeout(400); // the select's dropdown closes
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(ROOT, 'screenshots', 'import-preview.png') });
  console.log('· 截图：screenshots/import-preview.png');

  // 导入为新草稿: the rows on the catalogue page, 公开依据 kept as remarks.
  await page.click('[data-testid="import-preview-submit"]');
  try {
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden', timeout: 20_000 });
    await page.waitForFunction(
      (label) => (document.querySelector('[data-testid="catalogue-version"]')?.textContent ?? '').includes(label),
      VERSION,
      { timeout: 15_000 },
    );
    await page.waitForSelector('[data-testid="catalogue-table"] [data-testid="item-name"]', { timeout: 15_000 });
    const level1 = await textsOf(page, '[data-testid="catalogue-table"] [data-testid="item-name"][data-level="1"]');
    const table = clean(await page.textContent('[data-testid="catalogue-table"]'));
    if (['机构职能', '普法工作', '公共法律服务'].every((n) => level1.includes(n)) && table.includes('预览内容6')) {
      pass(`导入预览：导入为新草稿「${VERSION}」，目录页显示导入的事项和行`);
    } else {
      fail(
        `导入预览：导入后目录页应显示「机构职能」「普法工作」「公共法律服务」和各行，实际一级事项为 ${level1.join('、') || '无'}`,
      );
    }
    if (table.includes(`公开依据：${BASIS}`)) pass('导入预览：按所选的列含义导入（「公开依据」保留为备注）');
    else fail('导入预览：导入的行中没有「公开依据：…」备注');
  } catch {
    const err = await page.$('[data-testid="import-error"]');
    fail(`导入预览：导入为新草稿没有成功${err ? `：${clean(await err.textContent())}` : ''}`);
    await page.keyboard.press('Escape');
    return;
  }

  // The same layout again: the remembered mapping is offered (a preview writes nothing, so the new draft is no obstacle).
  if (!(await openDialog(page, t))) return;
  if (!(await previewFile(page, docx, t))) return;
  const remembered = await page.$('[data-testid="import-preview-remembered"]');
  const columnTag = await page.$(
    `[data-testid="import-column-${BASIS_COLUMN}"] [data-testid="import-column-remembered"]`,
  );
  const remarks = (await textsOf(page, '[data-testid="import-parsed-remarks"]')).join(' ');
  if (remembered && columnTag && remarks.includes('公开依据：'))
    pass('导入预览：再次预览同样表头的文件时，预选上次的对应关系并标为「已按上次的对应关系」');
  else
    fail(
      `导入预览：再次预览时应预选上次的对应关系（提示 ${remembered ? '有' : '无'}，列标记 ${columnTag ? '有' : '无'}）`,
    );
  await page.screenshot({ path: path.join(ROOT, 'screenshots', 'import-preview-remembered.png') });
  console.log('· 截图：screenshots/import-preview-remembered.png');
  await page.click('[data-testid="import-dialog"] .el-dialog__headerbtn');
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden', timeout: 5000 }).catch(() => {});
  await t.signOut(page);
}
