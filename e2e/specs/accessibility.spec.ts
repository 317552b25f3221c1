/**
 * Accessibility: axe-core (the `@axe-core/playwright` runner) finds no critical and no serious violation on the login
 * page, the agency list, a catalogue, the annual report form, the coverage matrix and the report dashboard — as an
 * editor of 根河市司法局 for the first four, as the office's reviewer for the last two. A failure lists every
 * violation with its rule, the elements it concerns and why.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { AgencyListPage } from '../pages/AgencyListPage.js';
import { CataloguePage } from '../pages/CataloguePage.js';
import { CoverageMatrixPage } from '../pages/CoverageMatrixPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { ReportDashboardPage, ReportPage } from '../pages/ReportPage.js';
import { GOVERNMENT_CODE, SFJ, STANDARD_CODE } from '../support/env.js';
import { expect, test } from '../support/test.js';

const BLOCKING = new Set(['critical', 'serious']);

/** Runs axe on the page as it is once `ready` shows; returns one line per critical or serious violation. */
async function violations(page: Page, name: string, ready: Locator): Promise<string[]> {
  await expect(ready, `${name}应出现`).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  console.log(
    `· ${name}：axe 检查 ${result.passes.length + result.violations.length} 条规则，严重问题 ${found.length} 条` +
      (result.violations.length > found.length
        ? `（另有轻微问题：${result.violations
            .filter((v) => !BLOCKING.has(v.impact ?? ''))
            .map((v) => `${v.id}/${v.impact}`)
            .join('、')}）`
        : ''),
  );
  return found.map(
    (v) =>
      `${name} [${v.impact}] ${v.id}：${v.help}（${v.nodes.length} 处）\n` +
      v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${n.target.join(' ')}：${n.html.slice(0, 160)}\n      ${n.failureSummary?.replace(/\s+/gu, ' ') ?? ''}`,
        )
        .join('\n'),
  );
}

test('无障碍：登录、机关列表、目录、年度报告填报、覆盖矩阵、年度报告汇总页均无严重的 axe 问题', async ({
  page,
  context,
}) => {
  const found: string[] = [];
  const login = new LoginPage(page);
  await login.goto();
  found.push(...(await violations(page, '登录页', login.root)));

  await login.signIn('sfj-editor', undefined, { open: false });
  const list = new AgencyListPage(page);
  await list.goto();
  found.push(...(await violations(page, '机关列表', list.rows.first())));

  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  found.push(...(await violations(page, '主动公开目录', catalogue.itemNames.first())));

  const report = new ReportPage(page);
  await report.goto(SFJ.code, 2025);
  found.push(...(await violations(page, '年度报告填报页', report.rulesPanel)));

  await context.clearCookies();
  await new LoginPage(page).signIn('demo-reviewer');
  const matrix = new CoverageMatrixPage(page);
  await matrix.goto(GOVERNMENT_CODE, STANDARD_CODE);
  found.push(...(await violations(page, '覆盖矩阵', matrix.row(SFJ.code))));

  const dashboard = new ReportDashboardPage(page);
  await dashboard.goto(GOVERNMENT_CODE, 2024);
  found.push(...(await violations(page, '年度报告汇总页', dashboard.progressRows.first())));

  expect(found, `axe 发现严重（critical/serious）的无障碍问题：\n${found.join('\n')}`).toEqual([]);
});
