/**
 * 导入目录 with the preview and a column mapping. As 根河市司法局's editor: deletes the open draft from the dialog
 * (删除草稿…), uploads a Word catalogue, previews it, sets its 公开依据 column to 「作为备注保留」 and sees the parsed
 * rows change at once (in the browser: the time is read from the page), imports it as a new draft and finds the rows
 * (the column kept as remarks) on the catalogue page; previews the same layout again and is offered the remembered
 * mapping (「已按上次的对应关系」).
 */
import { CataloguePage } from '../pages/CataloguePage.js';
import { ImportDialog } from '../pages/ImportDialog.js';
import { LoginPage } from '../pages/LoginPage.js';
import { deleteDrafts, freshDraft } from '../support/data.js';
import { PREVIEW_BASIS, previewFixtureDocx } from '../support/files.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const VERSION = `2027版-${RUN_ID}`;
const BASIS_COLUMN = 4;

test.beforeAll(async () => {
  // An open draft, which the dialog offers to delete.
  await freshDraft(await GraphqlClient.signIn('sfj-editor'), `待删除-${RUN_ID}`);
});

test.afterAll(async () => {
  await deleteDrafts(await GraphqlClient.signIn('sfj-editor'), SFJ.code);
});

test('导入预览：改列的含义即时重新解析，按所选含义导入为新草稿，再次预览时预选上次的对应关系', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const catalogue = new CataloguePage(page);
  await catalogue.goto(SFJ.code);
  await expect(catalogue.itemNames.first()).toBeVisible({ timeout: 30_000 });
  const docx = await previewFixtureDocx();
  const file = {
    name: '司法局目录（预览）.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  };

  const dialog = new ImportDialog(page);
  await dialog.open();
  await expect(dialog.draftWarning, '导入对话框应提示已有草稿').toBeVisible();
  await dialog.deleteOpenDraft();
  await expect(dialog.draftWarning, '在导入对话框中删除已有的草稿后不应再提示').toHaveCount(0);

  await dialog.version.fill(VERSION);
  await dialog.chooseFile(file);
  await dialog.previewButton.click();
  await expect(dialog.preview.or(dialog.error), '点击「预览」后应出现预览').toBeVisible({ timeout: 30_000 });
  await expect(dialog.error, '预览不应失败').toHaveCount(0);
  await expect(dialog.parsedTable).toBeVisible();
  // A mapping remembered from an earlier run on this server: start from the detection, as a first import would.
  if (await dialog.useDetected.isVisible()) await dialog.useDetected.click();

  await expect(dialog.countRows, '导入预览：应解析出 6 行公开要求').toHaveText('6');
  await expect(dialog.countOffices, '导入预览：应解析出 3 个科室').toHaveText('3');
  await expect(dialog.columnSelects, '导入预览：表头每列应有一个含义选择框（8 列）').toHaveCount(8);

  // 公开依据 → 作为备注保留: the parsed rows change at once (interpreted in the browser).
  const remarksBefore = (await dialog.parsedRemarks.allTextContents()).join(' ');
  expect(remarksBefore, '改列之前备注中不应已有「公开依据：」').not.toContain('公开依据：');
  await dialog.chooseColumn(BASIS_COLUMN, '作为备注保留');
  await expect(
    dialog.parsedRemarks.filter({ hasText: '公开依据：' }).first(),
    '改变列的含义后解析结果应随即显示「公开依据：…」备注',
  ).toBeVisible({ timeout: 5000 });
  const ms = Number(await dialog.previewTime.getAttribute('data-ms'));
  console.log(`· 浏览器中解析并显示用时 ${Math.round(ms)} 毫秒`);
  expect(ms, '改列后的解析和显示应在 1 秒内').toBeLessThan(1000);
  await expect(dialog.column(BASIS_COLUMN), '改过的列应标为「已改」').toContainText('已改');
  await expect(page.locator('.import-column-options:visible'), '列含义的下拉框应已关闭').toHaveCount(0);
  await screenshot(page, 'import-preview.png', { fullPage: false });

  // 导入为新草稿: the rows on the catalogue page, 公开依据 kept as remarks.
  await dialog.previewSubmit.click();
  await expect(dialog.root, '导入为新草稿应成功（对话框关闭）').toBeHidden({ timeout: 20_000 });
  await expect(catalogue.catalogueVersion, `目录页应显示新草稿「${VERSION}」`).toContainText(VERSION);
  await expect(catalogue.itemNames.first()).toBeVisible();
  expect(await catalogue.level1Texts(), '导入后目录页应显示导入的事项').toEqual(
    expect.arrayContaining(['机构职能', '普法工作', '公共法律服务']),
  );
  await expect(catalogue.table, '导入后目录页应显示导入的行').toContainText('预览内容6');
  await expect(catalogue.table, '按所选的列含义导入（「公开依据」保留为备注）').toContainText(
    `公开依据：${PREVIEW_BASIS}`,
  );

  // The same layout again: the remembered mapping is offered (a preview writes nothing, so the new draft is no obstacle).
  await dialog.open();
  await dialog.chooseFile(file);
  await dialog.previewButton.click();
  await expect(dialog.preview.or(dialog.error)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.error).toHaveCount(0);
  await expect(dialog.parsedTable).toBeVisible();
  await expect(dialog.remembered, '再次预览时应提示「已按上次的对应关系」').toBeVisible();
  await expect(
    dialog.column(BASIS_COLUMN).getByTestId('import-column-remembered'),
    '该列应标为按上次的对应关系',
  ).toBeVisible();
  await expect(dialog.parsedRemarks.filter({ hasText: '公开依据：' }).first()).toBeVisible();
  await screenshot(page, 'import-preview-remembered.png', { fullPage: false });
  await dialog.close.click();
  await expect(dialog.root).toBeHidden();
});
