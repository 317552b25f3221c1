/**
 * 各部门对照表 (issue 17): from the dashboard the reviewer opens all departments side by side, switches to 表三,
 * sees the grouped headers and the sum row, opens a department's report from its value, and downloads the same
 * table as Excel.
 */
import { readFile } from 'node:fs/promises';
import { LoginPage } from '../pages/LoginPage.js';
import { SideBySidePage } from '../pages/SideBySidePage.js';
import { GOVERNMENT_CODE } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const YEAR = 2024;
const SFJ = '150785-sfj';

test('各部门对照表：从看板打开、切换到表三、点数字打开部门报告、导出 Excel', async ({ page }) => {
  await new LoginPage(page).signIn('demo-reviewer');
  await page.goto(`/governments/${GOVERNMENT_CODE}/reports/${YEAR}`);
  await page.getByTestId('dashboard-side-by-side').click();
  await expect(page).toHaveURL(new RegExp(`/governments/${GOVERNMENT_CODE}/reports/${YEAR}/side-by-side`));

  const sbs = new SideBySidePage(page);
  await expect(sbs.table, '对照表应显示').toBeVisible({ timeout: 30_000 });
  // 表二 by default: the items of 第二十条 as grouped headers.
  await expect(sbs.header('第二十条第（一）项')).toBeVisible();
  await expect(sbs.sumRow).toContainText('根河市人民政府汇总');

  await sbs.chooseTable('表三');
  await expect(page).toHaveURL(/table=applications/);
  await expect(sbs.header('三、本年度办理结果')).toBeVisible();
  await expect(sbs.header('（三）不予公开')).toBeVisible();
  await expect(sbs.header('1.属于国家秘密')).toBeVisible();
  await expect(sbs.row(SFJ)).toContainText('根河市司法局');
  await expect(sbs.row(SFJ)).toContainText('已审核通过');
  await expect(sbs.trend, '各年度汇总趋势').toContainText('各年度汇总趋势');
  await screenshot(page, 'report-side-by-side.png', { fullPage: false });

  // The Excel export of the same table, under the reviewer's session.
  const href = await sbs.excelLink.getAttribute('href');
  expect(href).toContain(`/exports/reports/${GOVERNMENT_CODE}/${YEAR}/side-by-side.xlsx?table=applications`);
  const [download] = await Promise.all([page.waitForEvent('download'), sbs.excelLink.click()]);
  expect(download.suggestedFilename()).toBe(
    `根河市人民政府${YEAR}年度各部门政府信息公开工作年度报告对照表（表三）.xlsx`,
  );
  const file = await readFile((await download.path())!);
  expect(file.subarray(0, 2).toString(), 'xlsx 是 zip 文件').toBe('PK');

  // A department's value opens its report.
  await sbs.row(SFJ).locator('td.num a').first().click();
  await expect(page).toHaveURL(new RegExp(`/agencies/${SFJ}/reports/${YEAR}$`));
});
