/**
 * 审计日志 as the platform administrator: sign-ins, an imported catalogue and a new user (both made here through
 * GraphQL) are listed in Chinese — operation labels, and objects named as a person knows them (the catalogue version
 * by its agency and version label, the user by name and login); the user creation entry expands to its fields in
 * Chinese and its raw after-state;
 * filtering by user and operation narrows the list (and is kept in the address); the filtered log downloads as CSV
 * (UTF-8 with BOM).
 */
import { readFileSync } from 'node:fs';
import { AuditPage } from '../pages/AdminPages.js';
import { AppHeader } from '../pages/AppHeader.js';
import { LoginPage } from '../pages/LoginPage.js';
import { createUser, deleteDrafts, importSampleCatalogue } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const NEW_LOGIN = `audit-test-${RUN_ID}`;
const LABEL = `审计检查-${RUN_ID}`;

test.beforeAll(async () => {
  const editor = await GraphqlClient.signIn('sfj-editor');
  await importSampleCatalogue(editor, LABEL);
  await deleteDrafts(editor, SFJ.code);
  await createUser(await GraphqlClient.signIn('demo-admin'), {
    login: NEW_LOGIN,
    displayName: '审计测试用户',
    roles: ['VIEWER'],
    agencyCode: '150785-mzj',
  });
});

test('审计日志列出「登录」「导入目录」「新建用户」，展开记录显示修改后的 JSON', async ({ page }) => {
  await new LoginPage(page).signIn('demo-admin');
  await new AppHeader(page).navAudit.click();
  const audit = new AuditPage(page);
  await expect(audit.operations.first(), '审计日志页应出现记录').toBeVisible({ timeout: 30_000 });
  const entries = await audit.entries();
  const logins = entries.filter((e) => e.op === 'login');
  expect(logins.length, '审计日志页应列出「登录」记录').toBeGreaterThan(0);
  for (const e of logins) expect(e.text, '「登录」记录的操作名').toBe('登录');
  expect(entries, '审计日志页应列出「导入目录」记录').toContainEqual({ op: 'importCatalogue', text: '导入目录' });
  expect(entries, '审计日志页应列出「新建用户」记录').toContainEqual({ op: 'createUser', text: '新建用户' });
  for (const e of entries) expect(e.text, `操作「${e.op}」应显示中文名称`).not.toMatch(/[A-Za-z]/u);

  const names = (await audit.objectNames.allTextContents()).map((t) => t.trim());
  expect(names, '新建的用户应以「姓名（登录名）」显示').toContain(`审计测试用户（${NEW_LOGIN}）`);
  expect(
    names.some((n) => n.startsWith(SFJ.name) && n.endsWith(`（${LABEL}）`)),
    `导入的目录应显示为「${SFJ.name}……（${LABEL}）」，实际：${names.join(' | ')}`,
  ).toBe(true);

  // Expand the (newest) user creation entry: its fields in Chinese, the raw JSON one click further.
  await audit.expandIcon('createUser').click();
  const details = page.getByTestId('audit-details').first();
  await expect(details.locator('tr[data-field="login"]'), '展开记录应以中文字段名列出登录名').toContainText(
    `登录名${NEW_LOGIN}`,
  );
  await expect(details.locator('tr[data-field="agencyId"]'), '机关应显示名称而不是 id').toContainText('根河市民政局');
  await expect(details.locator('tr[data-field="roles"]')).toContainText('只读用户');
  await details.getByText('原始数据（JSON）').click();
  await expect(audit.after.first(), '展开原始数据应显示修改后的 JSON').toContainText(`"login": "${NEW_LOGIN}"`);
  await screenshot(page, 'audit.png');
});

test('按用户和操作筛选审计日志，并把筛选结果导出为 CSV', async ({ page }) => {
  await new LoginPage(page).signIn('demo-admin');
  const audit = new AuditPage(page);
  await audit.goto();
  await expect(audit.operations.first()).toBeVisible({ timeout: 30_000 });
  const totalText = async () => Number(/\d+/u.exec((await audit.total.textContent()) ?? '')?.[0] ?? NaN);
  const all = await totalText();

  await audit.userFilter.fill('sfj-editor');
  await audit.search.click();
  await audit.chooseOperation('导入目录');
  await expect(page, '筛选条件应写入地址').toHaveURL(
    /user=sfj-editor.*op=importCatalogue|op=importCatalogue.*user=sfj-editor/u,
  );
  await expect.poll(totalText, { message: '筛选后记录应更少' }).toBeLessThan(all);
  const entries = await audit.entries();
  expect(entries.length, '筛选后应至少有本次导入的记录').toBeGreaterThan(0);
  for (const e of entries) expect(e).toEqual({ op: 'importCatalogue', text: '导入目录' });
  for (const u of await page.getByTestId('audit-table').getByTestId('audit-user').allTextContents())
    expect(u, '筛选后只应有 sfj-editor 的记录').toContain('sfj-editor');
  await screenshot(page, 'audit-filtered.png');

  const [download] = await Promise.all([page.waitForEvent('download'), audit.exportCsv.click()]);
  expect(download.suggestedFilename()).toMatch(/^审计日志_.*\.csv$/u);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)], 'CSV 应以 UTF-8 BOM 开头（Excel 才能正确显示中文）').toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('时间,用户,机关,操作,对象类型,对象,对象 ID');
  expect(lines.length - 1, 'CSV 的行数应等于筛选出的记录数').toBe(await totalText());
  for (const line of lines.slice(1)) expect(line).toContain(',导入目录,目录版本,');
  expect(
    lines.some((l) => l.includes(`（${LABEL}）`)),
    'CSV 应包含本次导入的目录版本',
  ).toBe(true);
});
