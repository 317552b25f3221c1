/**
 * The office's reviewer maintains the standard catalogue, not a department's; 「与其他目录比较」 from a department's
 * catalogue puts the standard on the left.
 */
import { dropdownOptions } from '../pages/common.js';
import { CataloguePage } from '../pages/CataloguePage.js';
import { ComparePage } from '../pages/CoverageMatrixPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { SFJ, STANDARD_CODE } from '../support/env.js';
import { expect, test } from '../support/test.js';

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).signIn('demo-reviewer');
});

test('标准目录：类型「标准目录」，审核员可以导入和新建草稿；部门的目录不能改', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto(STANDARD_CODE);
  await expect(catalogue.itemNames.first(), `${STANDARD_CODE} 的目录应出现`).toBeVisible({ timeout: 30_000 });
  await expect(catalogue.agencyKind).toHaveText('标准目录');
  await expect(catalogue.importButton, '政务公开办审核员可以导入标准目录').toBeVisible();
  await expect(catalogue.createDraftButton, '政务公开办审核员可以为标准目录新建草稿').toBeVisible();

  await catalogue.goto(SFJ.code);
  await expect(catalogue.itemNames.first()).toBeVisible({ timeout: 30_000 });
  await expect(catalogue.importButton, '政务公开办审核员不应能导入部门的目录').toHaveCount(0);
});

test('从目录页「与其他目录比较」选择标准目录：标准在左侧', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.itemNames.first()).toBeVisible({ timeout: 30_000 });
  await expect(catalogue.compareOtherButton, '目录页应有「与其他目录比较」').toBeVisible();
  await catalogue.compareOtherButton.click();
  await expect(page.getByTestId('compare-target-dialog')).toBeVisible();
  await page.getByTestId('compare-target-select').click();
  await dropdownOptions(page).filter({ hasText: '通用标准目录' }).first().click();
  await page.getByTestId('compare-target-submit').click();
  const compare = new ComparePage(page);
  await expect(compare.pairs.first(), '选择「通用标准目录」后应打开逐项比较').toBeVisible();
  await expect(compare.left, '左侧应为通用标准目录').toContainText('通用标准目录');
  await expect(compare.right, '右侧应为根河市司法局').toContainText(SFJ.name);
});
