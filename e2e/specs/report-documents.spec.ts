/** The report as documents: Word and PDF (and the print, CSV and JSON versions) one click from the report page. */
import { LoginPage } from '../pages/LoginPage.js';
import { ReportPage } from '../pages/ReportPage.js';
import { SFJ } from '../support/env.js';
import { expect, test } from '../support/test.js';

const KINDS: Record<string, string> = {
  '.html': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
  '.json': 'application/json',
};

test('年度报告页面有 Word、PDF 等下载链接，都能下载', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const report = new ReportPage(page);
  // 司法局's 2024 report of the demo data (approved).
  await report.goto(SFJ.code, 2024);
  await expect(report.title).toBeVisible();
  await expect(report.documentLinks).toHaveCount(5);
  await expect(page.getByTestId('export-docx')).toContainText('Word');
  await expect(page.getByTestId('export-pdf')).toContainText('PDF');
  const hrefs = await report.documentLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    const ext = /\.[a-z]+$/u.exec(href)?.[0] ?? '';
    const res = await page.request.get(href);
    expect(res.status(), `下载 ${href}`).toBe(200);
    expect(res.headers()['content-type'] ?? '', `下载 ${href} 的类型`).toContain(KINDS[ext]);
    expect((await res.body()).length, `下载 ${href} 不应为空`).toBeGreaterThan(500);
  }
});
