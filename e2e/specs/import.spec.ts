/** 导入目录: a file that is not a catalogue is refused with the line named; the demo catalogue is imported as a draft. */
import { CataloguePage } from '../pages/CataloguePage.js';
import { ImportDialog } from '../pages/ImportDialog.js';
import { LoginPage } from '../pages/LoginPage.js';
import { expectSfjCatalogue } from '../support/checks.js';
import { deleteDrafts, SAMPLE_CATALOGUE } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { expect, test } from '../support/test.js';

const VERSION = `2026版-${RUN_ID}`;

test.beforeAll(async () => {
  await deleteDrafts(await GraphqlClient.signIn('sfj-editor'), SFJ.code);
});

test.afterAll(async () => {
  await deleteDrafts(await GraphqlClient.signIn('sfj-editor'), SFJ.code);
});

test('导入非目录文件时指出行号；导入示例目录后显示新版本及全部一级事项', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expectSfjCatalogue(catalogue, '部门编辑（导入）');
  await expect(catalogue.importButton, '部门编辑在本机关目录页应看到「导入目录」').toBeVisible();

  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile({
    name: '不是目录.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('这不是目录\n第二行\n', 'utf8'),
  });
  await dialog.submit.click();
  await expect(dialog.error, '导入非目录文件时的错误应指出行号').toHaveText(/第\s*\d/);
  console.log(`· 服务器的错误：${((await dialog.error.textContent()) ?? '').replace(/\s+/g, ' ').trim()}`);

  await dialog.chooseFile(SAMPLE_CATALOGUE);
  await dialog.version.fill(VERSION);
  await dialog.submit.click();
  await expect(dialog.root, '导入示例目录应成功（对话框关闭）').toBeHidden({ timeout: 20_000 });
  await expect(catalogue.catalogueVersion, `目录页应显示新版本「${VERSION}」`).toContainText(VERSION);
  await expect(catalogue.level1Names, `导入后目录表格应有 ${SFJ.level1Items.length} 个一级事项`).toHaveCount(
    SFJ.level1Items.length,
  );
});
