/**
 * A department editor (sfj-editor) signed in through the login page: sees only its own agency, not another's
 * catalogue, and its catalogue's import findings, which locate table rows.
 */
import { AgencyListPage } from '../pages/AgencyListPage.js';
import { AppHeader } from '../pages/AppHeader.js';
import { CataloguePage } from '../pages/CataloguePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { expectAgencyList, expectSfjCatalogue } from '../support/checks.js';
import { deleteDrafts } from '../support/data.js';
import { OTHER_AGENCIES, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot, scrollToTopWhenSettled } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

test.beforeAll(async () => {
  // The published version shows (not another spec's draft).
  await deleteDrafts(await GraphqlClient.signIn('sfj-editor'), SFJ.code);
});

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
});

test('页头显示姓名、机关和角色；没有「用户管理」「审计日志」', async ({ page }) => {
  const header = new AppHeader(page);
  await expect(header.userDisplayName).toHaveText('司法局编辑（示例）');
  await expect(header.userMeta).toContainText(SFJ.name);
  await expect(header.userMeta).toContainText('部门编辑');
  await expect(header.navUsers, '部门编辑不应看到「用户管理」菜单').toHaveCount(0);
  await expect(header.navAudit, '部门编辑不应看到「审计日志」菜单').toHaveCount(0);
});

test('首页机关列表只有本机关；打开其他机关的目录显示「没有权限查看该机关」', async ({ page }) => {
  const list = new AgencyListPage(page);
  await list.goto();
  await expectAgencyList(list, '部门编辑', [SFJ.name], OTHER_AGENCIES);
  const catalogue = new CataloguePage(page);
  await catalogue.goto('150785-mzj');
  await expect(catalogue.forbidden, '部门编辑打开根河市民政局的目录时应显示「没有权限查看该机关」').toBeVisible();
});

test('本机关目录：事项、科室，导入问题面板列出问题，点击问题定位并高亮表格行', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expectSfjCatalogue(catalogue, '部门编辑');
  // The published version's findings are folded under their count; opened, they list and locate.
  await expect(catalogue.findingsToggle, '已发布版本：导入问题应折叠并显示条数').toHaveText(/导入问题\s*（\d+ 条）/u);
  await expect(catalogue.findings.first(), '已发布版本：导入问题默认折叠').toBeHidden();
  await catalogue.findingsToggle.click();
  await expect(catalogue.findings.first(), '部门编辑：导入问题面板应列出问题').toBeVisible();
  console.log(`· 导入问题面板列出 ${await catalogue.findings.count()} 条问题`);
  const locatable = page.locator('[data-testid="finding-item"]:has(.finding-locate)').first();
  await expect(locatable, '应有可定位到表格行的导入问题').toBeVisible();
  await locatable.click();
  await expect(catalogue.locatedRow.first(), '点击导入问题后应高亮表格行').toBeVisible();
  // Show the page from the top (the located row stays marked).
  await scrollToTopWhenSettled(page);
  await screenshot(page, `catalogue-${SFJ.code}.png`);
});
