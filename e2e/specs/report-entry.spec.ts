/**
 * Annual report entry: sfj-editor opens 根河市司法局's new 2025 report (the official layout of table 三), moves with
 * Enter and Tab, makes R1 fail for the 自然人 column (the rules panel names it, 报送 is disabled), fixes it with a
 * pasted column and 「采用计算值」, saves the draft and finds the values after a reload.
 */
import { LoginPage } from '../pages/LoginPage.js';
import { ReportPage } from '../pages/ReportPage.js';
import { SFJ } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const YEAR = 2025;
/** The outcome rows of table 三 from （一）予以公开 to （六）3.其他, in order. */
const OUTCOME_ROWS = 21;

test('填报年度报告：官方表格、键盘、即时校验、勾稽检查、粘贴一列、采用计算值、保存草稿', async ({ page }) => {
  await new LoginPage(page).signIn('sfj-editor');
  const report = new ReportPage(page);
  await report.goto(SFJ.code, YEAR);
  await expect(report.rulesPanel, '年度报告的填报页应出现').toBeVisible({ timeout: 30_000 });
  await expect(report.title).toContainText(SFJ.name);
  await expect(report.title).toContainText(String(YEAR));
  await expect(report.status, '新报告的状态应为「尚未填报」').toHaveText('尚未填报');

  // The official layout: merged headers and row labels of table 三, table 四's groups.
  for (const label of [
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '商业企业',
    '法律服务机构',
    '总计',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '三、本年度办理结果',
    '（三）不予公开',
    '（四）无法提供',
    '（五）不予处理',
    '（六）其他处理',
    '四、结转下年度继续办理',
  ])
    await expect(report.applications, `表三应有官方标签「${label}」`).toContainText(label);
  for (const label of ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '尚未审结'])
    await expect(report.reviewLitigation, `表四应有分组标签「${label}」`).toContainText(label);

  // Typing with the keyboard: Enter moves down the column, Tab to the right.
  await report.cell('a.newReceived.natural').click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(report.cell('a.carriedOver.natural'), 'Enter 键应移到下一行的同一列').toBeFocused();
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await expect(report.cell('a.carriedOver.commercial'), 'Tab 键应移到右边的「商业企业」格').toBeFocused();
  await report.cell('a.totalHandled.natural').fill('0');
  await report.cell('a.carriedForward.natural').fill('0');

  // An invalid value is marked inline.
  await report.cell('a.granted.commercial').fill('1.5');
  await expect(report.applications.getByTestId('cell-error'), '在表三填「1.5」应在格下提示应为整数').toContainText(
    '整数',
  );
  await report.cell('a.granted.commercial').fill('');

  await expect(report.rule('R1', '自然人').first(), '检查面板应列出「自然人」列的 R1 错误').toBeVisible();
  await expect(report.submit, '有错误时「报送」应不可用').toBeDisabled();
  // Clicking the rule focuses its cells.
  await report.rule('R1').first().click();
  await expect(report.cell('a.newReceived.natural'), '点击 R1 应定位到「一、本年新收」自然人格').toBeFocused();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'report-form.png');

  // Fix: paste the 自然人 column of the outcomes (5 予以公开, the rest 0), then adopt the computed （七）总计.
  await report.paste('a.granted.natural', ['5', ...Array<string>(OUTCOME_ROWS - 1).fill('0')].join('\n'));
  await expect(report.cell('a.other.other.natural'), '粘贴一列数字后「（六）3.其他」自然人格应为 0').toHaveValue('0');
  await expect(report.adopt('a.totalHandled.natural'), '（七）总计 自然人格应有「采用计算值」').toBeVisible();
  await report.adopt('a.totalHandled.natural').click();
  await expect(report.cell('a.totalHandled.natural'), '采用计算值后（七）总计 自然人应为 5').toHaveValue('5');
  await expect(report.rule('R1', '自然人'), '数字一致后「自然人」列的 R1 错误应消失').toHaveCount(0);

  // Save the draft and reload.
  await report.save.click();
  await expect(report.status, '保存草稿后状态应为「草稿」（未通过全部检查也能保存）').toHaveText('草稿');
  await page.reload();
  await expect(report.cell('a.newReceived.natural')).toBeVisible({ timeout: 30_000 });
  for (const [id, value] of [
    ['a.newReceived.natural', '5'],
    ['a.granted.natural', '5'],
    ['a.totalHandled.natural', '5'],
    ['a.carriedOver.natural', '0'],
  ] as const)
    await expect(report.cell(id), `重新打开后 ${id} 应为 ${value}`).toHaveValue(value);
  // The rules are checked once the values are in: R1 holds for 自然人 again.
  await expect(report.rulesPanel).toBeVisible();
  await expect(report.rule('R1', '自然人'), '重新打开后不应又出现「自然人」列的 R1 错误').toHaveCount(0);
});
