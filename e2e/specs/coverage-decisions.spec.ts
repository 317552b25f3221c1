/**
 * From the coverage matrix to the pairwise view: the reviewer confirms a similar match of 根河市司法局 and pairs a
 * missing standard item by hand, and finds both in the matrix afterwards (cell confirmed, score up).
 */
import { dropdownOptions } from '../pages/common.js';
import { ComparePage, CoverageMatrixPage, type MatrixRow } from '../pages/CoverageMatrixPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { GOVERNMENT_CODE, SFJ, STANDARD_CODE } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

/** A standard item 根河市司法局 lacks, and the name of its own item paired with it by hand (if both exist). */
const MANUAL_LEFT = '履职信息 › 行政执法公示';
const MANUAL_RIGHT = '行政执法协调监督';

let matrix: CoverageMatrixPage;
let compare: ComparePage;

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).signIn('demo-reviewer');
  matrix = new CoverageMatrixPage(page);
  compare = new ComparePage(page);
  await matrix.goto(GOVERNMENT_CODE, STANDARD_CODE);
  await expect(matrix.row(SFJ.code), '覆盖矩阵应出现根河市司法局').toBeVisible({ timeout: 30_000 });
});

/** The 司法局 row once it satisfies `check` (the page may show the cached matrix first). */
async function sfjRowWhen(check: (row: MatrixRow) => boolean, message: string): Promise<MatrixRow> {
  let row: MatrixRow | null = null;
  await expect
    .poll(
      async () => {
        row = await matrix.rowData(SFJ.code).catch(() => null);
        return row !== null && check(row);
      },
      { message },
    )
    .toBe(true);
  return row!;
}

test('确认相似匹配：点击格子打开逐项比较，确认后可撤销，回到矩阵后为已确认', async () => {
  const before = await matrix.rowData(SFJ.code);
  const similar = before.cells.find((c) => c.method === 'similar');
  test.skip(!similar, '根河市司法局没有待确认的相似匹配');
  const column = similar!.column;
  await matrix.cell(SFJ.code, { 'data-column': column }).click();
  await expect(compare.pair(column), `点击格子应打开逐项比较（${column}）`).toBeVisible({ timeout: 30_000 });
  await compare.pair(column).getByTestId('compare-confirm').click();
  await expect(compare.pair(column, { 'data-method': 'confirmed' }), `确认「${column}」后应显示为已确认`).toBeVisible();
  await expect(compare.pair(column).getByTestId('compare-undo'), '已确认的匹配旁应有「撤销确认」').toBeVisible();
  await compare.backToMatrix.click();
  await expect(matrix.row(SFJ.code)).toBeVisible();
  await sfjRowWhen(
    (r) => r.cells.find((c) => c.column === column)?.method === 'confirmed',
    `回到矩阵后「${column}」应为已确认`,
  );
});

test('手动指定：标准中缺少的事项对应到司法局的事项，回到矩阵后不再缺少且得分提高', async ({ page }) => {
  const before = await matrix.rowData(SFJ.code);
  const missing =
    before.cells.find((c) => c.column === MANUAL_LEFT && c.status === 'MISSING') ??
    before.cells.find((c) => c.status === 'MISSING');
  expect(missing, '根河市司法局应有缺少的事项').toBeTruthy();
  const column = missing!.column;
  await matrix.cell(SFJ.code, { 'data-column': column }).click();
  const item = compare.onlyLeft(column);
  await expect(item, `「${column}」应列在「仅在左侧」`).toBeVisible({ timeout: 30_000 });
  await item.getByTestId('compare-manual').click();
  await expect(compare.manualDialog).toBeVisible();
  await compare.manualSelect.click();
  const options = dropdownOptions(page);
  await expect(options.first()).toBeVisible();
  const preferred = options.filter({ hasText: MANUAL_RIGHT });
  const option = (await preferred.count()) > 0 ? preferred.first() : options.first();
  const chosen = ((await option.textContent()) ?? '').replace(/名称相似.*$/u, '').trim();
  await option.click();
  await compare.manualSubmit.click();
  await expect(
    compare.pair(column, { 'data-method': 'confirmed' }),
    `手动指定「${column}」后应成为已确认的匹配`,
  ).toBeVisible();
  console.log(`· 手动指定「${column}」对应「${chosen}」`);
  await compare.pair(column).scrollIntoViewIfNeeded();
  await page.evaluate(
    (key) => document.querySelector(`[data-key=${JSON.stringify(key)}]`)?.scrollIntoView({ block: 'center' }),
    column,
  );
  await screenshot(page, 'coverage-compare.png', { fullPage: false });
  await compare.backToMatrix.click();
  await expect(matrix.row(SFJ.code)).toBeVisible();
  const after = await sfjRowWhen(
    (r) => r.cells.find((c) => c.column === column)?.status !== 'MISSING' && r.score > before.score,
    `手动指定后「${column}」应不再缺少且得分提高`,
  );
  console.log(`· 得分 ${before.score} → ${after.score}`);
});
