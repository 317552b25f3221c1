/** The department approver (sfj-approver) publishes a draft: confirmation, 已发布, read-only, the version list. */
import { CataloguePage } from '../pages/CataloguePage.js';
import { messageBox } from '../pages/common.js';
import { LoginPage } from '../pages/LoginPage.js';
import { freshDraft, type CatalogueRef } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { expect, test } from '../support/test.js';

let draft: CatalogueRef;

test.beforeAll(async () => {
  ({ draft } = await freshDraft(await GraphqlClient.signIn('sfj-editor'), `2025版（发布）-${RUN_ID}`));
});

test('部门审批人发布草稿：先确认，发布后显示「已发布」且不能再编辑', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-approver');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.versionSelect).toContainText(draft.versionLabel);
  await expect(catalogue.publishButton, `部门审批人在草稿「${draft.versionLabel}」上应看到「发布」`).toBeVisible();
  await catalogue.publishButton.click();
  const box = messageBox(page);
  await expect(box, '「发布」应先确认：发布后不能再修改').toContainText('发布后不能再修改');
  await box.locator('.el-button--primary').click();

  await expect(catalogue.versionSelect, '发布后版本选择应显示「已发布」').toContainText('已发布');
  await expect(catalogue.versionSelect).toContainText(draft.versionLabel);
  await expect(catalogue.editButtons, '发布后目录表不应再可编辑').toHaveCount(0);

  await catalogue.versionSelect.click();
  await expect(catalogue.versionOptions.first()).toBeVisible();
  const options = (await catalogue.versionOptions.allTextContents()).map((o) => o.replace(/\s+/g, ' ').trim());
  expect(
    options.some((o) => o.includes(draft.versionLabel) && o.includes('已发布')),
    `版本列表应有「${draft.versionLabel} 已发布」：${options.join('；')}`,
  ).toBe(true);
  expect(
    options.some((o) => o.includes(SFJ.baseVersion)),
    `版本列表应有「${SFJ.baseVersion}」：${options.join('；')}`,
  ).toBe(true);
  await page.keyboard.press('Escape');
});
