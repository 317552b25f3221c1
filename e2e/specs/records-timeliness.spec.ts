/**
 * 主动公开 records (issue 16): sfj-editor files a 行政规范性文件 published long after it was made — the list flags it
 * 「逾期 N 个工作日」 with the counting explained on hover, and lists it as a policy without 解读; linking the 解读
 * (set up through GraphQL) clears that flag. The office (demo-reviewer) sees 根河市司法局's on-time rate and late count
 * change.
 */
import { LoginPage } from '../pages/LoginPage.js';
import { OfficeRecordsPage, RecordsPage } from '../pages/RecordsPage.js';
import { publishedCatalogue, requirementOf } from '../support/data.js';
import { baseUrl, GOVERNMENT_CODE, RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const YEAR = 2026;
const POLICY = `关于规范行政执法公示的办法（${RUN_ID}）`;
const INTERPRETATION = `《关于规范行政执法公示的办法》解读（${RUN_ID}）`;
const ON_TIME = `2026年法治宣传工作要点（${RUN_ID}）`;

const CREATE = `mutation($rid: ID!, $input: PublicationRecordInput!) {
  createPublicationRecord(requirementId: $rid, input: $input) { id state }
}`;

test('公开记录：逾期公开被标出、关联政策解读、政务公开办看到按时率变化', async ({ page, browser }) => {
  // Data through GraphQL: one record published on time (so the rate is a real fraction) and the 解读 to link.
  const editor = await GraphqlClient.signIn('sfj-editor');
  const catalogue = await publishedCatalogue(editor, SFJ.code);
  const normativeRow = await requirementOf(editor, catalogue.id, '规范性文件');
  const interpretationRow = await requirementOf(editor, catalogue.id, '政策解读');
  const onTime = await editor.request<{ createPublicationRecord: { state: string } }>(CREATE, {
    rid: normativeRow.id,
    input: { status: 'PUBLISHED', title: ON_TIME, formedDate: '2026-06-01', publishedDate: '2026-06-05' },
  });
  expect(onTime.createPublicationRecord.state, '5 天后公开的记录应为按时').toBe('ON_TIME');
  await editor.request(CREATE, {
    rid: interpretationRow.id,
    input: {
      status: 'PUBLISHED',
      title: INTERPRETATION,
      publishedDate: '2026-05-06',
      channels: ['GOVERNMENT_WEBSITE'],
    },
  });

  // The office's figure before.
  const reviewerContext = await browser.newContext({ baseURL: baseUrl() });
  const reviewerPage = await reviewerContext.newPage();
  await new LoginPage(reviewerPage).signIn('demo-reviewer');
  const office = new OfficeRecordsPage(reviewerPage);
  await office.goto(GOVERNMENT_CODE, YEAR);
  await expect(office.title, '政务公开办的页面应出现').toContainText('各部门主动公开情况', { timeout: 30_000 });
  await expect(office.rate(SFJ.name), '司法局应有按时率').toContainText('%');
  const rateBefore = (await office.rate(SFJ.name).innerText()).trim();
  const lateBefore = Number(await office.late(SFJ.name).innerText());

  // The editor files the policy by hand: made on 2 March, published on 6 May — far beyond 20 working days.
  await new LoginPage(page).signIn('sfj-editor');
  const records = new RecordsPage(page);
  await records.goto(SFJ.code, YEAR);
  await expect(records.title, '公开记录页应出现').toContainText(SFJ.name, { timeout: 30_000 });
  await expect(records.row(ON_TIME).getByTestId('record-timeliness'), 'GraphQL 录入的记录应为按时').toHaveText('按时');
  await records.newButton.click();
  await expect(records.form).toBeVisible();
  await records.chooseRow(['履职依据', '规范性文件']);
  await records.fillText('record-title', POLICY);
  await records.fillText('record-number', `根司发〔2026〕${RUN_ID}号`);
  await records.typeDate('record-formed', '2026-03-02');
  await records.typeDate('record-published', '2026-05-06');
  await records.tickChannel('政府网站');
  await records.tickChannel('政府公报');
  await records.choose('record-kind', '行政规范性文件');
  await records.choose('record-validity', '继续有效');
  await records.form.getByTestId('record-save').click();
  await expect(records.form, '保存后表单应关闭').toBeHidden();

  const tag = records.timeliness(POLICY);
  await expect(tag, '逾期公开的记录应标为「逾期 N 个工作日」').toHaveText(/^逾期 \d+ 个工作日$/);
  await expect(tag).toHaveAttribute('data-state', 'LATE');
  await tag.hover();
  await expect(page.locator('.record-explain-tip:visible'), '悬停应说明时限如何计算（工作日、节假日）').toContainText(
    '工作日',
  );
  await records.openCheck('未按时解读的政策');
  await expect(records.policiesWithoutInterpretation, '没有解读的政策应被列出').toContainText(POLICY);

  // Link the 解读 (published the same day): the flag goes.
  await records.linkInterpretation(POLICY, INTERPRETATION);
  await expect(records.linkDialog.locator('li', { hasText: INTERPRETATION }), '解读应出现在已关联列表中').toBeVisible();
  await page.keyboard.press('Escape');
  await expect(records.linkDialog).toBeHidden();
  await expect(records.row(POLICY).getByTestId('record-interpretation'), '政策的行应显示关联的解读').toContainText(
    INTERPRETATION,
  );
  await expect(records.policiesWithoutInterpretation, '关联解读后不应再列出该政策').not.toContainText(POLICY);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'records.png');

  // The office's on-time figure changed.
  await office.goto(GOVERNMENT_CODE, YEAR);
  await expect(office.late(SFJ.name), '政务公开办看到的逾期公开数应加 1').toHaveText(String(lateBefore + 1));
  await expect(office.rate(SFJ.name), '司法局的按时率应改变').not.toHaveText(rateBefore);
  await screenshot(reviewerPage, 'records-office.png');
  await reviewerContext.close();
});
