/**
 * The office's dashboard (issue 17): it opens on the year whose filing season started last; the government's own
 * report is tracked first, apart from the departments (status, days late); the reviewer checks two departments'
 * submitted reports and returns both with one comment; the table exports to Excel.
 */
import { LoginPage } from '../pages/LoginPage.js';
import { ReportDashboardBulk } from '../pages/ReportDashboardBulk.js';
import { GOVERNMENT_CODE } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const YEAR = 2022;
const COMMENT = '表三（七）总计与各项之和不符，请核对后重新报送';
const DEPARTMENTS = [
  { code: '150785-sfj', name: '根河市司法局', by: 'sfj-approver' },
  { code: '150785-jyj', name: '根河市教育局', by: 'demo-admin' },
];

/** A complete report that passes R1–R5: two applications received and granted, every other count 0. */
async function submittedReport(gql: GraphqlClient, code: string): Promise<void> {
  const { reportFormat } = await gql.request<{ reportFormat: { cells: Array<{ id: string }> } }>(
    '{ reportFormat(format: "2021") { cells { id } } }',
  );
  const two = new Set([
    'a.newReceived.natural',
    'a.newReceived.total',
    'a.granted.natural',
    'a.granted.total',
    'a.totalHandled.natural',
    'a.totalHandled.total',
  ]);
  const cells = reportFormat.cells.map((c) => ({
    id: c.id,
    value: c.id.startsWith('p.regulations.') ? '/' : two.has(c.id) ? '2' : '0',
  }));
  const existing = await gql.request<{ annualReport: { id: string; status: string } | null }>(
    'query($c: String!, $y: Int!) { annualReport(agencyCode: $c, year: $y) { id status } }',
    { c: code, y: YEAR },
  );
  if (existing.annualReport?.status === 'SUBMITTED') return;
  const saved = await gql.request<{ saveAnnualReport: { id: string } }>(
    'mutation($c: String!, $y: Int!, $cells: [ReportCellInput!]) { saveAnnualReport(agencyCode: $c, year: $y, input: { overview: "总体情况（测试）", problems: "存在的问题（测试）", other: "其他事项（测试）", cells: $cells }) { id } }',
    { c: code, y: YEAR, cells },
  );
  await gql.request('mutation($id: ID!) { submitAnnualReport(id: $id) { status } }', { id: saved.saveAnnualReport.id });
}

test('年度报告看板：默认年度、本级政府报告、批量退回（同一条意见）、导出 Excel', async ({ page }) => {
  for (const d of DEPARTMENTS) await submittedReport(await GraphqlClient.signIn(d.by), d.code);

  await new LoginPage(page).signIn('demo-reviewer');
  const dashboard = new ReportDashboardBulk(page);
  // Without a year the dashboard opens on the year whose filing season started last.
  await page.goto(`/governments/${GOVERNMENT_CODE}/reports`);
  await expect(page, '看板应打开报送期已开始的最近一个年度').toHaveURL(/\/reports\/\d{4}$/);
  const opened = Number(/\/(\d{4})$/.exec(page.url())![1]);
  const now = new Date(Date.now() + 8 * 3600_000);
  expect(opened, '默认年度').toBe(now.getUTCFullYear() - 1);

  await page.goto(`/governments/${GOVERNMENT_CODE}/reports/${YEAR}`);
  await expect(dashboard.governmentRow, '本级政府报告应单独列在部门之前').toBeVisible({ timeout: 30_000 });
  await expect(dashboard.governmentName).toHaveText('根河市人民政府');
  await expect(dashboard.governmentStatus).toHaveText('未报');
  await expect(dashboard.governmentLate, '本级政府报告 3 月 31 日前未公开即逾期').toHaveText(/^逾期 \d+ 天$/);
  const governmentTop = (await dashboard.governmentRow.boundingBox())!.y;
  const firstDepartmentTop = (await dashboard.row(DEPARTMENTS[0]!.name).boundingBox())!.y;
  expect(governmentTop, '本级政府在部门之上').toBeLessThan(firstDepartmentTop);

  await expect(dashboard.bulkReturn).toBeDisabled();
  for (const d of DEPARTMENTS) {
    await expect(dashboard.status(d.name)).toHaveText('已报送');
    await dashboard.check(d.name);
  }
  await expect(dashboard.bulkReturn).toHaveText(/退回所选（2）/);
  await expect(dashboard.bulkApprove).toBeEnabled();
  await dashboard.bulkReturn.click();
  await expect(dashboard.returnConfirm, '没有意见时不能退回').toBeDisabled();
  await dashboard.returnComment.fill(COMMENT);
  await screenshot(page, 'report-dashboard-bulk-return.png', { fullPage: false });
  await dashboard.returnConfirm.click();
  await expect(page.getByText('已退回 2 份报告')).toBeVisible();
  for (const d of DEPARTMENTS) await expect(dashboard.status(d.name)).toHaveText('已退回');
  await screenshot(page, 'report-dashboard-bulk.png');

  // Each department got the same comment, recorded as the reviewer's return.
  const reviewer = await GraphqlClient.signIn('demo-reviewer');
  for (const d of DEPARTMENTS) {
    const { annualReport } = await reviewer.request<{
      annualReport: { transitions: Array<{ toStatus: string; comment: string | null; userLogin: string }> };
    }>(
      'query($c: String!, $y: Int!) { annualReport(agencyCode: $c, year: $y) { transitions { toStatus comment userLogin } } }',
      {
        c: d.code,
        y: YEAR,
      },
    );
    expect(annualReport.transitions.at(-1), `${d.name}的退回记录`).toEqual({
      toStatus: 'RETURNED',
      comment: COMMENT,
      userLogin: 'demo-reviewer',
    });
  }

  // The Excel export: a workbook, under the reviewer's session.
  const href = await dashboard.excelLink.getAttribute('href');
  expect(href).toBe(`/exports/reports/${GOVERNMENT_CODE}/${YEAR}/dashboard.xlsx`);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('spreadsheetml');
  expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
});
