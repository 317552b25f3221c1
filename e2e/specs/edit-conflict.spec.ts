/**
 * Someone else saves a row while the editor has it open: the server's CONFLICT message, nothing typed lost,
 * 「刷新此行」 merges the other change in, and the next save goes through.
 */
import { CataloguePage, EditDrawer } from '../pages/CataloguePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { freshDraft, requirementOf, updateRequirement, type CatalogueRef } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { expect, test } from '../support/test.js';

let draft: CatalogueRef;

test.beforeAll(async () => {
  ({ draft } = await freshDraft(await GraphqlClient.signIn('sfj-editor'), `冲突检查-${RUN_ID}`));
});

test('保存冲突：显示服务器的提示，保留输入，「刷新此行」合并他人的修改后保存成功', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.versionSelect).toContainText(draft.versionLabel);
  const row = catalogue.row('会议名称');
  const drawer = new EditDrawer(page);
  await drawer.open(row);
  const typed = '信息形成之日起15个工作日内';
  await drawer.timeLimit.fill(typed);

  // sfj-approver saves the same row meanwhile.
  const other = await GraphqlClient.signIn('sfj-approver');
  await updateRequirement(other, await requirementOf(other, draft.id, '部门会议'), {
    audiences: ['PUBLIC', 'SPECIFIC'],
  });

  await drawer.save.click();
  await expect(drawer.conflict, '保存冲突时应显示冲突提示').toBeVisible();
  await expect(drawer.conflictMessage).toContainText('已被他人修改');
  await expect(drawer.conflictMessage, '冲突提示应指出他人改了「公开对象」').toContainText('公开对象');
  console.log(`· 冲突提示：${(await drawer.conflictMessage.textContent())?.trim()}`);
  await expect(drawer.timeLimit, '保存冲突后输入的内容不应丢失').toHaveValue(typed);

  await drawer.refreshRow.click();
  await expect(drawer.rebaseNote).toBeVisible();
  await expect(drawer.audience('特定群体'), '「刷新此行」应载入他人的修改（特定群体）').toHaveClass(/is-checked/);
  await expect(drawer.timeLimit, '「刷新此行」应保留自己的修改').toHaveValue(typed);

  await drawer.save.click();
  await expect(drawer.root, '刷新此行后再次保存应成功').toBeHidden();
  await expect(row).toContainText(typed);
});
