/**
 * A draft with one row changed (set up through GraphQL): its 修改记录 tab lists the changes, and 与…比较 against the
 * version it was made from shows the row field by field.
 */
import { CataloguePage } from '../pages/CataloguePage.js';
import { DiffPage } from '../pages/DiffPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { freshDraft, requirementOf, updateRequirement, type CatalogueRef } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const NEW_TIME_LIMIT = '信息形成之日起10个工作日内';
const UNTICKED = { code: 'WEIBO_WECHAT_APP', label: '两微一端' };
let draft: CatalogueRef;
let base: CatalogueRef;

test.beforeAll(async () => {
  const editor = await GraphqlClient.signIn('sfj-editor');
  ({ draft, base } = await freshDraft(editor, `修改记录-${RUN_ID}`));
  const row = await requirementOf(editor, draft.id, '部门会议');
  expect(row.channels, `「部门会议」的行原本应勾选「${UNTICKED.label}」`).toContain(UNTICKED.code);
  await updateRequirement(editor, row, {
    timeLimitRaw: NEW_TIME_LIMIT,
    channels: row.channels.filter((c) => c !== UNTICKED.code),
  });
});

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.versionSelect).toContainText(draft.versionLabel);
});

test('「修改记录」列出本草稿的改动（新建草稿、修改公开要求）', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.historyTab.click();
  await expect(
    page.locator('[data-testid="history-operation"][data-operation="updateRequirement"]').first(),
    '「修改记录」中应有「修改公开要求」的记录',
  ).toBeVisible();
  const ops = await catalogue.historyOperations.allTextContents();
  expect(ops.map((o) => o.trim())).toEqual(expect.arrayContaining(['修改公开要求', '新建草稿']));
  await catalogue.showTable();
});

test('与所依据的版本比较：比较页列出「部门会议」的改动和统计', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.compareWith(base.versionLabel);
  const diff = new DiffPage(page);
  await expect(diff.result.first(), `选择「${base.versionLabel}」后应打开比较页`).toBeVisible();
  expect(new URL(page.url()).pathname, '比较页地址').toMatch(/\/catalogues\/[0-9a-f-]{36}\/diff\/[0-9a-f-]{36}$/);
  const blocks = await diff.blocks();
  const meeting = blocks.find((b) => b.path.includes('部门会议'));
  expect(meeting, `比较页应列出「部门会议」的改动（列出：${JSON.stringify(blocks).slice(0, 400)}）`).toBeTruthy();
  const time = meeting?.fields.find((f) => f.field === 'timeLimit');
  const channels = meeting?.fields.find((f) => f.field === 'channels');
  expect(time?.after ?? '', '公开时限改后的值').toContain(NEW_TIME_LIMIT);
  expect(channels?.removed ?? [], `公开渠道应删去「${UNTICKED.label}」`).toContain(UNTICKED.label);
  await expect(diff.summary, '比较页的统计应为修改的公开要求 1 条').toHaveText(/1\s*修改的公开要求/);
  await screenshot(page, 'diff.png');
});
