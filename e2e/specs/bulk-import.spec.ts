/**
 * 批量导入目录 as the office's reviewer: opened from the navigation, TWO catalogue files in one batch — 根河市财政局's
 * as text in the seed's tab layout and 根河市教育局's as a Word table, under file names that do not say which
 * department — each matched to its department with the reason (the title); 全部导入 imports both (成功, a link to the
 * draft), and the draft is on the department's catalogue page.
 */
import { AppHeader } from '../pages/AppHeader.js';
import { BulkImportPage } from '../pages/BulkImportPage.js';
import { CataloguePage } from '../pages/CataloguePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { deleteDrafts } from '../support/data.js';
import { RUN_ID } from '../support/env.js';
import { docxCatalogue, textCatalogue } from '../support/files.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const VERSION = `2027版（批量）-${RUN_ID}`;
const FILES = [
  { department: '根河市财政局', code: '150785-czj', fileName: '附件1：主动公开目录.txt' },
  { department: '根河市教育局', code: '150785-jyj', fileName: '附件2：主动公开目录.docx' },
] as const;

async function deleteTheDrafts() {
  const admin = await GraphqlClient.signIn('demo-admin');
  for (const f of FILES) await deleteDrafts(admin, f.code);
}

// A department with an open draft cannot take another; and the drafts made here would change others' views.
test.beforeAll(deleteTheDrafts);
test.afterAll(deleteTheDrafts);

test('批量导入两个文件：按标题匹配部门并说明理由，「全部导入」后都成功，「查看草稿」打开部门的草稿', async ({
  page,
}) => {
  await new LoginPage(page).signIn('demo-reviewer');
  const nav = new AppHeader(page).navOnboarding;
  await expect(nav, '政务公开办审核员的导航中应有「批量导入目录」').toBeVisible();
  await nav.click();
  const bulk = new BulkImportPage(page);
  await expect(bulk.root, '点击导航后应打开「批量导入目录」页面').toBeVisible();

  await bulk.upload.setInputFiles([
    { name: FILES[0].fileName, mimeType: 'text/plain', buffer: textCatalogue(FILES[0].department) },
    {
      name: FILES[1].fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docxCatalogue(FILES[1].department),
    },
  ]);
  await expect(bulk.statuses, '上传的两个文件都应列出').toHaveCount(2);
  for (const status of await bulk.statuses.all())
    await expect(status, '上传的文件应在 60 秒内读完').not.toHaveText(/^(等待读取|读取中)$/, { timeout: 60_000 });
  const rows = await bulk.rows();
  for (const f of FILES) {
    const row = rows.find((r) => r.file === f.fileName);
    expect(row?.agency, `「${f.fileName}」应匹配到「${f.department}」`).toBe(f.department);
    expect(row?.reason ?? '', `「${f.fileName}」的匹配理由应是标题`).toMatch(
      new RegExp(`^标题写的是「${f.department}」`),
    );
  }

  await bulk.version.fill(VERSION);
  await screenshot(page, 'bulk-import-matched.png');
  await bulk.importAll.click();
  for (const status of await bulk.statuses.all())
    await expect(status, '点击「全部导入」后应在 60 秒内全部完成').toHaveText(/^(成功|失败)$/, { timeout: 60_000 });
  const after = await bulk.rows();
  expect(
    after.map((r) => r.status),
    `两个文件都应导入成功：${JSON.stringify(after)}`,
  ).toEqual(['成功', '成功']);
  for (const f of FILES)
    expect(
      after.map((r) => r.link),
      `应有「${f.department}」草稿的链接`,
    ).toContain(`/agencies/${f.code}`);
  await expect(bulk.summary).toHaveText(/^\s*成功 2 个/);
  console.log(`· ${((await bulk.summary.textContent()) ?? '').replace(/\s+/g, ' ').trim()}`);
  await screenshot(page, 'bulk-import.png');

  // The draft is on the department's catalogue page.
  await bulk.draftLink(FILES[1].code).click();
  await expect(
    new CataloguePage(page).catalogueVersion,
    `「查看草稿」应打开「${FILES[1].department}」的目录页，显示新草稿`,
  ).toContainText(VERSION);
});
