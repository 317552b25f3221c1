/**
 * 依申请公开 register: sfj-editor registers a case in the browser (form, 保存草稿), asks for a 补正 (the clock stops and
 * says until when), records the corrected application (the clock restarts from it and explains why), answers it
 * (予以公开, 按期办结); an overdue case set up through GraphQL shows on the office's list for demo-reviewer without
 * personal data; then the year's report of 根河市司法局 gets tables 三 and 四 from the register in one action, a typed
 * value that differs is flagged and its flag lists the cases the cell counts.
 */
import { ApplicationsOverviewPage, ApplicationsPage, ReportRegisterPanel } from '../pages/ApplicationsPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { ReportPage } from '../pages/ReportPage.js';
import { GraphqlClient } from '../support/graphql.js';
import { GOVERNMENT_CODE, RUN_ID, SFJ, baseUrl } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

/** A date `days` before today in Beijing (the server's day), YYYY-MM-DD. */
function daysAgo(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

const REFERENCE = `YSQ-${RUN_ID}`;
const OVERDUE_REFERENCE = `逾期-${RUN_ID}`;
const APPLICANT = `张三${RUN_ID}`;
const RECEIVED = daysAgo(10);
const CORRECTION_ASKED = daysAgo(9);
const CORRECTED = daysAgo(6);
const REPLIED = daysAgo(2);
const YEAR = Number(REPLIED.slice(0, 4));

test.beforeAll(async () => {
  const editor = await GraphqlClient.signIn('sfj-editor');
  await editor.request(
    `mutation($code: String!, $input: ApplicationCaseInput!) { createApplicationCase(agencyCode: $code, input: $input) { id } }`,
    {
      code: SFJ.code,
      input: {
        reference: OVERDUE_REFERENCE,
        receivedOn: daysAgo(90),
        receiptWay: 'post',
        applicantKind: 'natural',
        subject: '逾期未答复的申请（测试）',
        applicantName: '李四',
        applicantContact: '13900000000',
      },
    },
  );
});

test('依申请公开登记：登记、补正、答复、政务公开办清单、用登记填入表三', async ({ page, browser }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const register = new ApplicationsPage(page);
  await register.goto(SFJ.code);
  await expect(register.title, '登记页标题应有机关名').toContainText(SFJ.name, { timeout: 30_000 });

  // Register a case: the form, 保存草稿.
  await register.newCase.click();
  await expect(register.drawer, '点击「登记申请」应打开申请表单').toBeVisible();
  await register.typeDate(register.formField('收到申请日期'), RECEIVED);
  await register.choose(page.getByTestId('case-receipt-way'), '网络');
  await register.choose(page.getByTestId('case-applicant-kind'), '自然人');
  await register.formField('编号').fill(REFERENCE);
  await register.formField('申请人').fill(APPLICANT);
  await register.formField('申请内容').fill('申请公开2026年度部门预算及“三公”经费明细');
  await register.save.click();
  await expect(register.clockState, '保存后应显示期限状态').toHaveText(/办理中|即将到期|已逾期/);
  await expect(register.clockExplanation, '期限说明应写出收到申请之日').toContainText(RECEIVED);
  await expect(register.clockExplanation).toContainText('答复期限');

  // Ask for a 补正: the clock waits for the applicant.
  await register.addStep('补正通知', CORRECTION_ASKED);
  await expect(register.clockWaiting, '补正通知后期限应暂停，等待补正').toContainText('等待申请人补正');
  await expect(register.stepsTable).toContainText('补正通知');

  // The corrected application comes: the clock restarts from it and says so.
  await register.addStep('收到补正', CORRECTED);
  await expect(register.clockWaiting, '收到补正后不再等待').toHaveCount(0);
  await expect(register.clockExplanation, '期限说明应写明自收到补正起重新计算').toContainText(
    `${CORRECTED} 收到补正后的申请`,
  );
  const due = (await register.clockDue.textContent())?.trim() ?? '';
  expect(due > CORRECTED, `答复截止日（${due}）应在收到补正（${CORRECTED}）之后`).toBe(true);
  await screenshot(page, 'applications-case.png', { fullPage: false });

  // Answer: 予以公开 → 按期办结.
  await register.close('（一）予以公开', REPLIED);
  await expect(register.outcomeClosed, '办结后应显示答复日期和结果').toContainText(`${REPLIED} 答复`);
  await expect(register.clockState, '在期限内答复应为「按期办结」').toHaveText('按期办结');
  await page.keyboard.press('Escape');
  await register.search.fill(RUN_ID);
  await expect(register.row(REFERENCE), '登记表中应有这件申请').toContainText('按期办结');
  await expect(register.row(OVERDUE_REFERENCE), 'GraphQL 登记的逾期申请应为「已逾期」').toContainText('已逾期');
  await register.search.fill('');
  await screenshot(page, 'applications-register.png');

  // The office's list: counts per department and the overdue case, without personal data.
  const reviewerContext = await browser.newContext({ baseURL: baseUrl() });
  const reviewerPage = await reviewerContext.newPage();
  await new LoginPage(reviewerPage).signIn('demo-reviewer');
  const overview = new ApplicationsOverviewPage(reviewerPage);
  await overview.goto(GOVERNMENT_CODE);
  await expect(overview.departments, '总览应列出根河市司法局').toContainText(SFJ.name, { timeout: 30_000 });
  await expect(overview.overdue, '逾期清单应有逾期的申请').toContainText(OVERDUE_REFERENCE);
  await expect(overview.overdue, '逾期清单不应有申请人姓名').not.toContainText('李四');
  await expect(overview.statistics, '办理统计应有根河市司法局').toContainText(SFJ.name);
  await reviewerContext.close();

  // Table 三 from the register, in one action.
  const editor = await GraphqlClient.signIn('sfj-editor');
  const { applicationTables } = await editor.request<{
    applicationTables: { applications: Array<{ id: string; value: string }> };
  }>('query($c: String!, $y: Int!) { applicationTables(agencyCode: $c, year: $y) { applications { id value } } }', {
    c: SFJ.code,
    y: YEAR,
  });
  const registerValue = (id: string): string => applicationTables.applications.find((c) => c.id === id)?.value ?? '';
  const report = new ReportPage(page);
  const panel = new ReportRegisterPanel(page);
  await report.goto(SFJ.code, YEAR);
  await expect(panel.fill, '年报页应有「从依申请公开登记填入表三、表四」').toBeVisible({ timeout: 30_000 });
  await panel.fill.click();
  await panel.confirm();
  for (const id of ['a.newReceived.natural', 'a.granted.natural', 'a.totalHandled.natural', 'a.carriedForward.natural'])
    await expect(report.cell(id), `填入后 ${id} 应为登记的值`).toHaveValue(registerValue(id));
  await expect(panel.diffCount, '填入后表三、表四应与登记一致').toHaveText('表三、表四与登记一致');

  // A typed value that differs is flagged; its flag lists the cases the cell counts.
  const granted = Number(registerValue('a.granted.natural'));
  await report.cell('a.granted.natural').fill(String(granted + 1));
  await expect(panel.flag('a.granted.natural'), '与登记不一致的格旁应有标记').toHaveText(`登记 ${granted}`);
  await panel.flag('a.granted.natural').click();
  await expect(panel.cellCases, '点击标记应列出该格计入的申请').toContainText(REFERENCE);
  await screenshot(page, 'applications-report-cell.png', { fullPage: false });
});
