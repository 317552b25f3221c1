/**
 * The office's reviewer (demo-reviewer) sees the 2024 dashboard of 根河市: 根河市财政局 late, 政务公开办 未报; the 汇总
 * names the included and the missing departments above the numbers; a chart.
 */
import { AppHeader } from '../pages/AppHeader.js';
import { LoginPage } from '../pages/LoginPage.js';
import { ReportDashboardPage } from '../pages/ReportPage.js';
import { texts } from '../pages/common.js';
import { GOVERNMENT_CODE } from '../support/env.js';
import { screenshot, waitForStillCanvas } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const YEAR = 2024;

test('年度报告看板：报送情况、汇总（计入与未计入的部门）、图表', async ({ page }) => {
  await new LoginPage(page).signIn('demo-reviewer');
  await expect(new AppHeader(page).navReports, '政务公开办审核员的导航中应有「年度报告」').toBeVisible();
  const dashboard = new ReportDashboardPage(page);
  await dashboard.goto(GOVERNMENT_CODE, YEAR);
  await expect(dashboard.progressAgencies.first(), '报送情况表应出现').toBeVisible({ timeout: 30_000 });
  const rows = await dashboard.progress();
  const czj = rows.find((r) => r.name === '根河市财政局');
  expect(czj, `应有根河市财政局（表中有：${rows.map((r) => r.name).join('、')}）`).toBeTruthy();
  expect(czj?.status, '根河市财政局应为「已报送」').toBe('已报送');
  expect(czj?.late ?? '', '根河市财政局应逾期').toMatch(/^逾期/);
  const office = rows.find((r) => r.name === '根河市人民政府办公室（政务公开办）');
  expect(office?.status, '根河市人民政府办公室（政务公开办）应为「未报」').toBe('未报');
  await screenshot(page, 'report-dashboard.png');

  await dashboard.sumTab.click();
  await expect(dashboard.sumIncluded.first(), '汇总页应列出计入的部门').toBeVisible();
  await expect(page.locator('[data-testid="report-table-applications"] [data-cell]').first()).toBeVisible();
  const included = await texts(dashboard.sumIncluded);
  const missing = await texts(dashboard.sumMissing);
  expect(included, '汇总（已审核+已公开）应计入根河市司法局').toContain('根河市司法局');
  expect(missing, '汇总的「未计入」').toEqual(
    expect.arrayContaining(['根河市民政局 草稿', '根河市财政局 已报送', '根河市人民政府办公室（政务公开办） 未报']),
  );
  expect(await dashboard.coverageAboveTables(), '所含与缺少的部门应显示在汇总数字上方').toBe(true);
  await screenshot(page, 'report-sum.png');

  await dashboard.chartsTab.click();
  await expect(dashboard.chartCanvas.first(), '「图表」页应显示图表').toBeVisible();
  await waitForStillCanvas(dashboard.chartCanvas.first());
  await screenshot(page, 'report-charts.png');
});
