/**
 * Pages on a 1440 px wide screen: the 主动公开目录表 fits without a horizontal scroll (公开对象 and 责任科室 in view), the
 * selected version's label is not cut off, 目录内搜索 narrows the rows by item name and content; the report form's
 * tables 三 and 四 fit their column, 总计 in view.
 */
import type { Locator } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage.js';
import { deleteDrafts } from '../support/data.js';
import { SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { expect, test } from '../support/test.js';

test.use({ viewport: { width: 1440, height: 900 } });

// The published demo catalogue, not a draft another spec left (a draft adds the 操作 column).
test.beforeAll(async () => {
  await deleteDrafts(await GraphqlClient.signIn('sfj-editor'), SFJ.code);
});

/** How far an element's content is wider than its box (0: it fits). */
function overflow(el: Locator): Promise<number> {
  return el.evaluate((e) => e.scrollWidth - e.clientWidth);
}

test('1440 px：目录表不需横向滚动，版本名完整，目录内搜索按事项名称和公开内容筛选', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  await page.goto(`/agencies/${SFJ.code}`);
  const table = page.getByTestId('catalogue-table');
  await expect(table.locator('tr.cat-row').first(), '目录表应有行').toBeVisible({ timeout: 30_000 });

  const bodyWrap = table.locator('.el-table__body-wrapper .el-scrollbar__wrap').first();
  expect(await overflow(bodyWrap), '1440 px 宽时目录表不应出现横向滚动').toBeLessThanOrEqual(1);
  const tableBox = (await table.boundingBox())!;
  for (const label of ['公开对象', '责任科室']) {
    const th = table.locator('.el-table__header-wrapper th', { hasText: label }).first();
    const box = (await th.boundingBox())!;
    expect(box.x + box.width, `「${label}」列应在表格可见范围内`).toBeLessThanOrEqual(tableBox.x + tableBox.width + 1);
  }
  const selected = page.getByTestId('version-select').locator('.el-select__selected-item:not(.is-hidden)').first();
  await expect(selected).toContainText('版');
  expect(await overflow(selected), '所选版本的名称不应被截断').toBeLessThanOrEqual(0);

  const rows = table.locator('tr.cat-row');
  const all = await rows.count();
  const search = page.locator('input[data-testid="catalogue-search"], [data-testid="catalogue-search"] input').first();

  // By item name: only the rows under 「履职依据」, its name in one merged cell.
  const item = SFJ.level1Items[0]!;
  await search.fill(item);
  await expect(page.getByTestId('catalogue-search-count')).toBeVisible();
  const byItem = await rows.count();
  expect(byItem, `搜索「${item}」应只留下该事项的行`).toBeLessThan(all);
  expect(byItem).toBeGreaterThan(0);
  await expect(table.locator('[data-testid="item-name"][data-level="1"]')).toHaveText([item]);

  // By content: fewer rows, the word in a 公开内容 cell left.
  const word = '规范性文件';
  await search.fill(word);
  await expect(table.getByTestId('content-cell').filter({ hasText: word }).first()).toBeVisible();
  const byContent = await rows.count();
  expect(byContent).toBeGreaterThan(0);
  expect(byContent).toBeLessThan(all);

  await search.fill('不存在的事项名称');
  await expect(table.locator('.el-table__empty-text')).toContainText('没有包含「不存在的事项名称」的事项或公开内容');

  await search.fill('');
  await expect(rows).toHaveCount(all);
});

test('1440 px：年度报告表三、表四不超出填报栏，「总计」可见', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  await page.goto(`/agencies/${SFJ.code}/reports/2025`);
  for (const section of ['applications', 'reviewLitigation']) {
    const box = page.getByTestId(`report-table-${section}`);
    await expect(box.locator('table')).toBeVisible({ timeout: 30_000 });
    expect(await overflow(box), `表「${section}」不应需要横向滚动`).toBeLessThanOrEqual(1);
    const total = box.locator('thead th', { hasText: '总计' }).last();
    const t = (await total.boundingBox())!;
    const b = (await box.boundingBox())!;
    expect(t.x + t.width, `表「${section}」的「总计」列应可见`).toBeLessThanOrEqual(b.x + b.width + 1);
  }
});
