/** 科室管理: the agency's offices with the number of rows using each; the editor may merge them. */
import { LoginPage } from '../pages/LoginPage.js';
import { OfficesPage } from '../pages/OfficesPage.js';
import { SFJ } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

test('科室管理页列出全部科室及使用行数，部门编辑可「合并到…」', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const offices = new OfficesPage(page);
  await offices.goto(SFJ.code);
  await expect(offices.names.first()).toBeVisible({ timeout: 30_000 });
  const names = await offices.nameTexts();
  expect(names, '科室管理页应列出全部科室').toEqual(expect.arrayContaining([...SFJ.offices]));
  const usage = await offices.usageTexts();
  for (const u of usage) expect(u, '科室管理页的使用行数').toMatch(/^[1-9]\d* 行$/);
  console.log(`· ${names.map((n, i) => `${n} ${usage[i]}`).join('，')}`);
  await expect(offices.mergeButtons.first(), '部门编辑在科室管理页应看到「合并到…」').toBeVisible();
  await screenshot(page, 'offices.png');
});
