/** 下载: the four formats of the version on screen, fetched with the browser's session cookie. */
import path from 'node:path';
import { CataloguePage } from '../pages/CataloguePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { freshDraft, type CatalogueRef } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { expect, test } from '../support/test.js';

let draft: CatalogueRef;

test.beforeAll(async () => {
  ({ draft } = await freshDraft(await GraphqlClient.signIn('sfj-editor'), `下载检查-${RUN_ID}`));
});

test('「下载」的 Excel、Word、CSV、JSON 链接都能下载，文件名含版本', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.versionSelect).toContainText(draft.versionLabel);
  await expect(catalogue.downloadLinks, '「下载」应有 4 种格式').toHaveCount(4);
  const hrefs = await catalogue.downloadLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const results: string[] = [];
  for (const href of hrefs) {
    const res = await page.request.get(href);
    const disposition = decodeURIComponent(res.headers()['content-disposition'] ?? '');
    results.push(`${path.extname(href)} ${res.status()}`);
    expect(res.status(), `下载 ${href}`).toBe(200);
    expect(disposition, `下载 ${href} 的文件名应含版本`).toContain(draft.versionLabel);
  }
  console.log(`· 下载：${results.join('，')}`);
});
