/* global document -- page.evaluate and waitForFunction callbacks run in the browser */
/**
 * Browser flow: 批量导入目录 (issue 12, items 5 and 7). As the office's reviewer (demo-reviewer): opens the page from
 * the navigation, uploads TWO catalogue files in one batch — 根河市财政局's as text in the seed's tab layout and
 * 根河市教育局's as a Word table (made here with the `docx` library), both under file names that do not say which
 * department they are — sees each matched to its department with the reason (the title), imports both with
 * 全部导入 and sees 成功 for each with a link to the draft, and the draft on the department's catalogue page.
 *
 * Called from scripts/test-browser.mjs with what it needs: { page, base, signIn, signOut, pass, fail }.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = '2027版（批量）';
const FILES = [
  { department: '根河市财政局', code: '150785-czj', fileName: '附件1：主动公开目录.txt' },
  { department: '根河市教育局', code: '150785-jyj', fileName: '附件2：主动公开目录.docx' },
];

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The seed's tab layout, its title line and 公开主体 naming the department. */
function textCatalogue(department) {
  return Buffer.from(
    readFileSync(path.join(ROOT, 'demo-data/catalogues/genhe-caizhengju.txt'), 'utf8')
      .replace('根河市财政局主动公开目录（示例数据）', `${department}主动公开目录`)
      .replaceAll('根河市财政局', department),
    'utf8',
  );
}

/** A Word catalogue: a title paragraph naming the department and one table. */
async function docxCatalogue(department) {
  const require = createRequire(path.join(ROOT, 'packages/exchange/package.json'));
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import(
    pathToFileURL(require.resolve('docx')).href
  );
  const cell = (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const rows = [
    ['序号', '一级事项', '二级事项', '公开内容', '公开时限', '公开主体', '责任科室'],
    ['1', '机构职能', '机构概况', '机构名称、职能、内设机构', '信息形成或变更之日起20个工作日内', department, '办公室'],
    ['', '', '领导信息', '领导姓名、职务、分工', '信息形成或变更之日起20个工作日内', department, '办公室'],
    ['2', '教育信息', '招生入学', '招生政策、划片范围', '每年招生前', department, '基础教育股'],
    ['', '', '学生资助', '资助政策、名单', '信息形成之日起10个工作日内', department, '资助中心'],
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(`${department}主动公开目录`)] }),
          new Table({
            columnWidths: rows[0].map(() => 1200),
            rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/**
 * @param {{ page: import('playwright-core').Page, base: string, signIn: (page: any, base: string, login: string) => Promise<boolean>,
 *   signOut: (page: any) => Promise<boolean>, pass: (m: string) => void, fail: (m: string) => void }} t
 */
export async function bulkImportFlow(t) {
  const { page, base, pass, fail } = t;
  // The flow before may have left someone signed in (the login page then forwards): start signed out.
  if (await page.$('[data-testid="user-menu-button"]')) await t.signOut(page);
  if (!(await t.signIn(page, base, 'demo-reviewer'))) return;
  const nav = await page.$('[data-testid="nav-onboarding"]');
  if (!nav) {
    fail('批量导入：政务公开办审核员的导航中没有「批量导入目录」');
    return;
  }
  await nav.click();
  try {
    await page.waitForSelector('[data-testid="bulk-import-page"]', { timeout: 15_000 });
  } catch {
    fail('批量导入：点击导航后没有打开「批量导入目录」页面');
    return;
  }
  await page.setInputFiles('[data-testid="bulk-upload"] input[type="file"]', [
    { name: FILES[0].fileName, mimeType: 'text/plain', buffer: textCatalogue(FILES[0].department) },
    {
      name: FILES[1].fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docxCatalogue(FILES[1].department),
    },
  ]);
  try {
    await page.waitForFunction(
      () => {
        const statuses = [...document.querySelectorAll('[data-testid="bulk-status"]')].map((e) =>
          (e.textContent ?? '').trim(),
        );
        return statuses.length === 2 && statuses.every((s) => s !== '等待读取' && s !== '读取中');
      },
      null,
      { timeout: 60_000 },
    );
  } catch {
    fail('批量导入：上传两个文件后 60 秒内没有读完');
    return;
  }
  const rows = await page.$$eval('[data-testid="bulk-table"] .el-table__body tr', (trs) =>
    trs.map((tr) => ({
      file: (tr.querySelector('[data-testid="bulk-file"]')?.textContent ?? '').trim(),
      title: (tr.querySelector('[data-testid="bulk-title"]')?.textContent ?? '').trim(),
      // The select's shown label (its options are rendered elsewhere, in a popper).
      agency: (tr.querySelector('.el-select')?.textContent ?? '').trim(),
      reason: (tr.querySelector('[data-testid="bulk-reason"]')?.textContent ?? '').trim(),
      status: (tr.querySelector('[data-testid="bulk-status"]')?.textContent ?? '').trim(),
      message: (tr.querySelector('[data-testid="bulk-message"]')?.textContent ?? '').trim(),
    })),
  );
  let matched = 0;
  for (const f of FILES) {
    const row = rows.find((r) => r.file === f.fileName);
    if (row && clean(row.agency) === f.department && row.reason.startsWith(`标题写的是「${f.department}」`)) matched++;
    else
      fail(
        `批量导入：「${f.fileName}」应匹配到「${f.department}」（理由：标题），实际为 ${JSON.stringify(row ?? null)}`,
      );
  }
  if (matched === FILES.length)
    pass(
      `批量导入：一次上传的两个文件分别匹配到「${FILES[0].department}」和「${FILES[1].department}」，并显示理由（标题写的是…）`,
    );

  await page.fill('input[data-testid="bulk-version"], [data-testid="bulk-version"] input', VERSION);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(ROOT, 'screenshots', 'bulk-import-matched.png'), fullPage: true });
  await page.click('[data-testid="bulk-import-all"]');
  try {
    await page.waitForFunction(
      () => {
        const statuses = [...document.querySelectorAll('[data-testid="bulk-status"]')].map((e) =>
          (e.textContent ?? '').trim(),
        );
        return statuses.length === 2 && statuses.every((s) => s === '成功' || s === '失败');
      },
      null,
      { timeout: 60_000 },
    );
  } catch {
    fail('批量导入：点击「全部导入」后 60 秒内没有全部完成');
    return;
  }
  const after = await page.$$eval('[data-testid="bulk-table"] .el-table__body tr', (trs) =>
    trs.map((tr) => ({
      status: (tr.querySelector('[data-testid="bulk-status"]')?.textContent ?? '').trim(),
      message: (tr.querySelector('[data-testid="bulk-message"]')?.textContent ?? '').trim(),
      link: tr.querySelector('[data-testid="bulk-draft-link"]')?.getAttribute('href') ?? null,
    })),
  );
  const summary = clean(await page.textContent('[data-testid="bulk-summary"]').catch(() => ''));
  await page.waitForTimeout(800); // the progress bar's transition
  await page.screenshot({ path: path.join(ROOT, 'screenshots', 'bulk-import.png'), fullPage: true });
  console.log('· 截图：screenshots/bulk-import-matched.png、screenshots/bulk-import.png');
  if (
    after.every((r) => r.status === '成功') &&
    FILES.every((f) => after.some((r) => r.link === `/agencies/${f.code}`)) &&
    summary.startsWith('成功 2 个')
  ) {
    pass(`批量导入：「全部导入」后两个文件都显示「成功」和草稿链接（${summary}）`);
  } else {
    fail(`批量导入：两个文件都应导入成功，实际为 ${JSON.stringify(after)}，汇总「${summary}」`);
    return;
  }
  // The draft is on the department's catalogue page.
  await page.click(`[data-testid="bulk-draft-link"][href="/agencies/${FILES[1].code}"]`);
  try {
    await page.waitForFunction(
      (label) => (document.querySelector('[data-testid="catalogue-version"]')?.textContent ?? '').includes(label),
      VERSION,
      { timeout: 15_000 },
    );
    pass(`批量导入：「查看草稿」打开「${FILES[1].department}」的目录页，显示新草稿「${VERSION}」`);
  } catch {
    fail(`批量导入：「查看草稿」后「${FILES[1].department}」的目录页没有显示草稿「${VERSION}」`);
  }
  await t.signOut(page);
}
