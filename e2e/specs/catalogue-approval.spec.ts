/**
 * 提交审批 (issue 17): the editor submits a draft; the approver sees the count in the header and the item on 待办事项,
 * opens it, returns it with a comment; the editor sees the comment on the catalogue page and on the to-do list.
 */
import { CataloguePage } from '../pages/CataloguePage.js';
import { messageBox } from '../pages/common.js';
import { LoginPage } from '../pages/LoginPage.js';
import { AppHeader } from '../pages/AppHeader.js';
import { TodoPage } from '../pages/TodoPage.js';
import { freshDraft, type CatalogueRef } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

let draft: CatalogueRef;
const COMMENT = `「工作动态」的公开时限请写明工作日（${RUN_ID}）`;

test.beforeAll(async () => {
  ({ draft } = await freshDraft(await GraphqlClient.signIn('sfj-editor'), `2025版（审批）-${RUN_ID}`));
});

test('编辑提交审批，审批人在待办中看到并退回，编辑看到退回意见', async ({ page }) => {
  // The editor submits the draft.
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.versionSelect).toContainText(draft.versionLabel);
  const submit = page.getByTestId('submit-draft-button');
  await expect(submit, '部门编辑在草稿上应看到「提交审批」').toBeVisible();
  await submit.click();
  const box = messageBox(page);
  await expect(box, '提交审批应先确认').toContainText('部门审批人');
  await box.locator('.el-button--primary').click();
  await expect(page.getByTestId('submission-submitted'), '提交后应显示「已提交审批」').toContainText('已提交审批');
  await expect(submit, '已提交的草稿不再显示「提交审批」').toHaveCount(0);
  await new AppHeader(page).signOut();

  // The approver: the count in the header, the item on 待办事项, which leads to the draft.
  await new LoginPage(page).signIn('sfj-approver');
  const todo = new TodoPage(page);
  await expect(todo.headerCount, '页头应显示待办数').toBeVisible();
  const before = Number(await todo.headerCount.textContent());
  expect(before, '待办数至少为 1').toBeGreaterThanOrEqual(1);
  await todo.headerLink.click();
  await expect(page).toHaveURL(/\/todo$/u);
  await expect(page.getByRole('heading', { name: '待办事项' })).toBeVisible();
  const item = todo.item(draft.versionLabel);
  await expect(item, '待办事项应列出待审批的草稿').toHaveCount(1);
  await expect(item).toContainText('目录待审批');
  await expect(item).toContainText('sfj-editor');
  await screenshot(page, 'todo-approver.png');
  await item.getByTestId('todo-link').click();
  await expect(page).toHaveURL(new RegExp(`/agencies/${SFJ.code}\\?v=${draft.id}`, 'u'));
  await expect(page.getByTestId('submission-submitted')).toBeVisible();

  // Returning needs a comment.
  await page.getByTestId('return-draft-button').click();
  const prompt = messageBox(page);
  await prompt.locator('.el-button--primary').click();
  await expect(prompt, '不写退回意见不能退回').toContainText('退回意见');
  await prompt.locator('textarea').fill(COMMENT);
  await prompt.locator('.el-button--primary').click();
  await expect(page.getByTestId('submission-returned'), '退回后应显示「已退回」与退回意见').toContainText(COMMENT);
  await expect(page.getByTestId('return-draft-button')).toHaveCount(0);
  // The header's count follows at once: one item fewer.
  if (before === 1) await expect(todo.headerCount, '退回后待办数应减少').toHaveCount(0);
  else await expect(todo.headerCount, '退回后待办数应减少').toHaveText(String(before - 1));
  await new AppHeader(page).signOut();

  // The editor sees the comment on the catalogue page and on the to-do list.
  await new LoginPage(page).signIn('sfj-editor');
  await catalogue.goto(SFJ.code);
  await expect(page.getByTestId('return-comment'), '编辑在目录页应看到退回意见').toContainText(COMMENT);
  await expect(page.getByTestId('submit-draft-button'), '退回的草稿可以重新提交审批').toBeVisible();
  await screenshot(page, 'catalogue-returned.png', { fullPage: false });
  await todo.headerLink.click();
  const returned = todo.item(draft.versionLabel);
  await expect(returned).toContainText('目录被退回');
  await expect(returned).toContainText(COMMENT);
  await screenshot(page, 'todo-editor.png');
});
