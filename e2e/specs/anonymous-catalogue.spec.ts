/** A visitor who is not signed in reads 根河市司法局's published catalogue: items and offices, no import findings. */
import { AppHeader } from '../pages/AppHeader.js';
import { CataloguePage } from '../pages/CataloguePage.js';
import { expectSfjCatalogue } from '../support/checks.js';
import { SFJ } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

test('访客看到已发布的目录（事项、科室），看不到导入问题和「导入目录」', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expectSfjCatalogue(catalogue, '访客');
  await expect(catalogue.findingsLoginHint, '访客：导入问题面板应提示登录后可见').toBeVisible();
  await expect(catalogue.findings, '访客：导入问题面板不应列出问题').toHaveCount(0);
  await expect(catalogue.importButton, '访客：不应看到「导入目录」按钮').toHaveCount(0);
  await expect(new AppHeader(page).loginButton, '访客：页头应显示「登录」按钮').toBeVisible();
  await screenshot(page, `catalogue-${SFJ.code}-anonymous.png`);
});
