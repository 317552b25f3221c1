/** The agency list for visitors, and an unknown agency code. */
import { AgencyListPage } from '../pages/AgencyListPage.js';
import { CataloguePage } from '../pages/CataloguePage.js';
import { expectAgencyList } from '../support/checks.js';
import { SFJ } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

test('访客的首页机关列表含根河市司法局', async ({ page }) => {
  const list = new AgencyListPage(page);
  await list.goto();
  await expectAgencyList(list, '访客', [SFJ.name]);
  await screenshot(page, 'agencies.png');
});

test('未知机关编码显示「未找到该机关」', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await page.goto('/agencies/no-such-agency-000');
  await expect(catalogue.notFound).toBeVisible();
});
