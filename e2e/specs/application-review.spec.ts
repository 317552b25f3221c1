/**
 * 行政复议 / 行政诉讼 and the reply letter on a 依申请公开 case: sfj-editor opens an answered case (set up through
 * GraphQL), records a lawsuit (行政诉讼，未经复议直接起诉，结果维持) in the case drawer and table 四 of the register counts
 * it; attaches the reply letter (a PDF Chromium prints) and downloads it back byte for byte, while the office's
 * reviewer gets 404 for the same address; then an anonymous visitor opens the public page of figures.
 */
import { readFile } from 'node:fs/promises';
import { ApplicationsPage } from '../pages/ApplicationsPage.js';
import { CaseReviewPanel } from '../pages/CaseReviewPanel.js';
import { LoginPage } from '../pages/LoginPage.js';
import { GraphqlClient } from '../support/graphql.js';
import { GOVERNMENT_CODE, RUN_ID, SFJ, baseUrl } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

/** A date `days` before today in Beijing (the server's day), YYYY-MM-DD. */
function daysAgo(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

const REFERENCE = `复议-${RUN_ID}`;
const FILED = daysAgo(4);
const DECIDED = daysAgo(1);
const YEAR = Number(FILED.slice(0, 4));
const LETTER = `答复书-${RUN_ID}.pdf`;

type Tables = { applicationTables: { reviewLitigation: Array<{ id: string; value: string; caseIds: string[] }> } };
const TABLES =
  'query($c: String!, $y: Int!) { applicationTables(agencyCode: $c, year: $y) { reviewLitigation { id value caseIds } } }';

let editor: GraphqlClient;
let before: number;

test.beforeAll(async () => {
  editor = await GraphqlClient.signIn('sfj-editor');
  const { createApplicationCase } = await editor.request<{ createApplicationCase: { id: string } }>(
    `mutation($code: String!, $input: ApplicationCaseInput!) { createApplicationCase(agencyCode: $code, input: $input) { id } }`,
    {
      code: SFJ.code,
      input: {
        reference: REFERENCE,
        receivedOn: daysAgo(30),
        receiptWay: 'online',
        applicantKind: 'natural',
        subject: '申请公开某项目的审批文件（测试）',
        applicantName: '王五',
        applicantContact: '13700000000',
      },
    },
  );
  await editor.request(
    'mutation($id: ID!, $on: String!) { recordApplicationOutcome(id: $id, outcome: "denied.stateSecret", repliedOn: $on) { id } }',
    { id: createApplicationCase.id, on: daysAgo(20) },
  );
  const t = await editor.request<Tables>(TABLES, { c: SFJ.code, y: YEAR });
  before = Number(t.applicationTables.reviewLitigation.find((c) => c.id === 'r.direct.upheld')?.value ?? '0');
});

test('复议诉讼记录计入表四；上传并下载答复书；公开页面', async ({ page, browser }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const register = new ApplicationsPage(page);
  await register.goto(SFJ.code);
  await expect(register.title).toContainText(SFJ.name, { timeout: 30_000 });
  await register.search.fill(RUN_ID);
  await register.row(REFERENCE).click();
  await expect(register.drawer, '点击申请应打开申请抽屉').toBeVisible();

  // A lawsuit filed directly, decided 维持.
  const panel = new CaseReviewPanel(page);
  await expect(panel.reviewsTable).toContainText('尚无行政复议、行政诉讼记录');
  await panel.record('行政诉讼（未经复议直接起诉）', FILED, '结果维持', DECIDED);
  await expect(panel.reviewsTable, '保存后记录应列在表中').toContainText('行政诉讼（未经复议直接起诉）');
  await expect(panel.reviewsTable).toContainText('结果维持');
  await expect(panel.reviewsTable).toContainText(FILED);

  // Table 四 of the register counts it (its cell lists the record).
  await expect
    .poll(async () => {
      const t = await editor.request<Tables>(TABLES, { c: SFJ.code, y: YEAR });
      return Number(t.applicationTables.reviewLitigation.find((c) => c.id === 'r.direct.upheld')?.value);
    }, '表四「行政诉讼·未经复议直接起诉·结果维持」应加 1')
    .toBe(before + 1);

  // The reply letter: a PDF printed by Chromium, attached and downloaded back.
  const printer = await browser.newPage();
  await printer.setContent(`<h1>政府信息公开申请答复书</h1><p>${REFERENCE}</p>`);
  const pdf = await printer.pdf();
  await printer.close();
  await panel.fileInput.setInputFiles({ name: LETTER, mimeType: 'application/pdf', buffer: pdf });
  await expect(panel.download(LETTER), '上传后附件表应有答复书').toBeVisible();
  await expect(panel.filesTable).toContainText('PDF');
  // A file that says it is a PDF but is not is refused before it is sent, naming it.
  await panel.fileInput.setInputFiles({ name: '假的.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>') });
  await expect(panel.fileError, '内容不是 PDF 的文件应被拒绝').toContainText('「假的.pdf」的内容不是 PDF 文件');
  await screenshot(page, 'application-review.png', { fullPage: false });

  const [download] = await Promise.all([page.waitForEvent('download'), panel.download(LETTER).click()]);
  expect(download.suggestedFilename()).toBe(LETTER);
  const got = await readFile((await download.path())!);
  expect(got.equals(pdf), '下载的答复书应与上传的一致').toBe(true);
  const href = (await panel.download(LETTER).getAttribute('href'))!;

  // The office's reviewer: not found at the same address (the letter names the applicant).
  const reviewer = await browser.newContext({ baseURL: baseUrl() });
  const reviewerPage = await reviewer.newPage();
  await new LoginPage(reviewerPage).signIn('demo-reviewer');
  const refused = await reviewerPage.request.get(href);
  expect(refused.status(), '政务公开办不能下载部门的答复书').toBe(404);
  await reviewer.close();

  // The public page of figures, anonymous.
  const visitor = await browser.newContext({ baseURL: baseUrl() });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/public/governments/${GOVERNMENT_CODE}/applications/${YEAR}`);
  const table = visitorPage.getByTestId('public-figures-table');
  await expect(table, '公开页面应列出根河市司法局').toContainText(SFJ.name, { timeout: 30_000 });
  await expect(table).toContainText('按期答复比例');
  await expect(visitorPage.getByTestId('public-figures'), '公开页面不应有申请人姓名').not.toContainText('王五');
  await screenshot(visitorPage, 'applications-public-figures.png');
  await visitor.close();
});
