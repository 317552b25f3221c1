/**
 * The office's reviewer opens the coverage matrix of 根河市 against the general standard: rows for the departments,
 * red cells, a cell's tooltip, filters, a department's findings, the Excel export.
 */
import { AppHeader } from '../pages/AppHeader.js';
import { texts } from '../pages/common.js';
import { CoverageMatrixPage } from '../pages/CoverageMatrixPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { GOVERNMENT_CODE, OTHER_AGENCIES, SFJ, STANDARD_CODE } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).signIn('demo-reviewer');
});

test('导航「目录比较」打开本级政府的覆盖矩阵', async ({ page }) => {
  const nav = new AppHeader(page).navCoverage;
  // The entry appears once the navigation knows the reviewer's government.
  await expect(nav, '政务公开办审核员的导航中应有「目录比较」').toBeVisible();
  await nav.click();
  await page.waitForURL(`**/governments/${GOVERNMENT_CODE}/coverage**`);
});

test('覆盖矩阵：部门、缺少的格子、概况、悬停说明、筛选、合规检查、导出 Excel', async ({ page, context }) => {
  const matrix = new CoverageMatrixPage(page);
  await matrix.goto(GOVERNMENT_CODE, STANDARD_CODE);
  await expect(matrix.row(SFJ.code), '覆盖矩阵应出现根河市司法局').toBeVisible({ timeout: 30_000 });
  const names = await texts(matrix.departments);
  expect(names, '覆盖矩阵的部门').toEqual(expect.arrayContaining([SFJ.name, ...OTHER_AGENCIES]));
  expect(
    names.filter((n) => n.includes('标准目录')),
    '标准目录不应作为部门出现',
  ).toEqual([]);
  const columns = await matrix.columns.count();
  await expect(matrix.missingCells.first(), '覆盖矩阵应有红色（缺少）的格子').toBeVisible();
  console.log(
    `· 标准「${(await matrix.standard.innerText()).trim()}」，${names.length} 个部门，${columns} 个标准事项列，缺少的格子 ${await matrix.missingCells.count()} 个`,
  );
  await expect(matrix.summary, '概况应有平均得分').toContainText('平均得分');
  await expect(matrix.summary, '概况应有缺少必选事项的部门数').toContainText('缺少必选事项的部门');
  await screenshot(page, 'coverage-matrix.png');

  // A cell's tooltip: the item, the department, the status and why.
  await matrix.cell(SFJ.code, { 'data-status': 'MISSING' }).first().hover();
  await expect(matrix.tip, '悬停缺少的格子应显示说明').toBeVisible();
  await expect(matrix.tip).toContainText(SFJ.name);
  await expect(matrix.tip).toContainText('缺少');
  await page.mouse.move(5, 5);

  // Filters: name search, mandatory columns only, departments with problems only.
  await matrix.search.fill('司法');
  await expect(matrix.departments, '查找「司法」应只剩根河市司法局').toHaveText([SFJ.name]);
  await matrix.search.fill('');
  await expect(matrix.departments).toHaveCount(names.length);
  await matrix.mandatoryOnly.click();
  await expect.poll(() => matrix.columns.count(), { message: '只看必选事项后列数应减少' }).toBeLessThan(columns);
  expect(await matrix.columns.count(), '只看必选事项后仍应有列').toBeGreaterThan(0);
  await matrix.mandatoryOnly.click();
  await expect(matrix.columns).toHaveCount(columns);
  await matrix.problemsOnly.click();
  await expect(matrix.row(SFJ.code), '只看有问题的部门应含根河市司法局').toBeVisible();
  expect(await matrix.departments.count()).toBeLessThanOrEqual(names.length);
  await matrix.problemsOnly.click();
  await expect(matrix.departments).toHaveCount(names.length);

  // A department's compliance findings.
  await matrix.expand(SFJ.code).click();
  await expect(matrix.findings, '展开根河市司法局应显示合规检查').toBeVisible();
  expect(
    (await matrix.findingItems.count()) > 0 || ((await matrix.findings.textContent()) ?? '').includes('未发现问题'),
    '展开后应有合规检查结果',
  ).toBe(true);

  // The Excel export: the address the button links to, with the browser's session cookie.
  const href = await matrix.exportLink.getAttribute('href');
  expect(href, '应有「导出 Excel」链接').toBeTruthy();
  const res = await context.request.get(href!);
  expect(res.status(), '导出 Excel').toBe(200);
  expect(res.headers()['content-type'] ?? '').toContain('spreadsheetml');
  expect((await res.body()).subarray(0, 2).toString(), '导出的应是 xlsx（zip）').toBe('PK');
});
