/**
 * sfj-editor makes a draft from the published version (新建草稿) and edits a row in the drawer: 公开时限 parsed as
 * typed, a channel unticked, a due date computed; after saving, the table shows the change.
 */
import { CataloguePage, EditDrawer } from '../pages/CataloguePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { deleteDrafts } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const DRAFT = `2025版-${RUN_ID}`;
/** 部门会议's only row (its channels include 两微一端). */
const ROW_TEXT = '会议名称';
const NEW_TIME_LIMIT = '信息形成之日起10个工作日内';
const UNTICKED = { code: 'WEIBO_WECHAT_APP', label: '两微一端' };

test.beforeAll(async () => {
  await deleteDrafts(await GraphqlClient.signIn('sfj-editor'), SFJ.code);
});

test('新建草稿，在编辑抽屉中修改一行并保存', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.itemNames.first()).toBeVisible({ timeout: 30_000 });
  await expect(catalogue.publishButton, '部门编辑不应看到「发布」按钮').toHaveCount(0);
  await expect(catalogue.createDraftButton, '部门编辑在已发布的版本上应看到「新建草稿」').toBeVisible();

  await catalogue.createDraft(DRAFT);
  await expect(catalogue.versionSelect, `新建草稿「${DRAFT}」后版本选择应显示它`).toContainText(DRAFT);
  await expect(catalogue.versionSelect).toContainText('草稿');
  await expect(catalogue.editButtons.first(), '草稿的各行应出现「编辑」').toBeVisible();
  await screenshot(page, `catalogue-${SFJ.code}-draft.png`, { fullPage: false });

  const row = catalogue.row(ROW_TEXT);
  const drawer = new EditDrawer(page);
  await drawer.open(row);

  // 公开时限 parsed as typed.
  const before = ((await drawer.timeLimitPreviewText.textContent()) ?? '').trim();
  await drawer.timeLimit.fill(NEW_TIME_LIMIT);
  await expect(drawer.timeLimitPreview, '编辑抽屉：输入公开时限后即时显示解析结果').toHaveAttribute(
    'data-kind',
    'afterEvent',
  );
  await expect(drawer.timeLimitPreviewText).not.toHaveText(before);
  await expect(drawer.timeLimitPreviewText).toContainText('10个工作日');

  // A channel unticked; the 13 channels in the official order.
  const channel = drawer.channel(UNTICKED.label);
  await expect(channel, `编辑抽屉：「${UNTICKED.label}」原本应已勾选`).toHaveClass(/is-checked/);
  await channel.click();
  await expect(channel, `编辑抽屉：取消勾选「${UNTICKED.label}」应生效`).not.toHaveClass(/is-checked/);
  await expect(drawer.channels, '编辑抽屉：应按官方顺序列出 13 个公开渠道').toHaveCount(13);
  await expect(drawer.channels.first()).toHaveText('政府网站');
  await expect(drawer.channels.nth(12)).toHaveText('其他');

  // 期限试算.
  await drawer.dueDateEvent.fill('2026-09-28');
  await page.keyboard.press('Enter');
  await expect(drawer.dueDateValue, '编辑抽屉：选择日期后应算出公开期限').toBeVisible();
  console.log(`· 期限试算：${((await drawer.dueDateResult.textContent()) ?? '').replace(/\s+/g, ' ').trim()}`);
  await drawer.scrollToTop();
  // Close the date picker's panel (a click on the drawer's title), then move the pointer out of the way.
  await page.mouse.click(1500, 30);
  await page.mouse.move(1900, 1000);
  await expect(page.locator('.el-picker__popper:visible')).toHaveCount(0);
  await screenshot(page, 'edit-drawer.png', { fullPage: false });

  await drawer.save.click();
  await expect(drawer.root, '保存后抽屉应关闭').toBeHidden();
  await expect(row.getByTestId('time-limit'), `保存后该行的公开时限应为「${NEW_TIME_LIMIT}」`).toContainText(
    NEW_TIME_LIMIT,
  );
  await expect(
    row.locator(`[data-testid="channel-tick"][data-channel="${UNTICKED.code}"]`),
    `保存后「${UNTICKED.label}」一栏不应再打勾`,
  ).toHaveCount(0);
});
