/**
 * 审计日志 as the platform administrator: sign-ins, an imported catalogue and a new user (both made here through
 * GraphQL) are listed with their labels; the user creation entry expands to its after-state as JSON.
 */
import { AuditPage } from '../pages/AdminPages.js';
import { AppHeader } from '../pages/AppHeader.js';
import { LoginPage } from '../pages/LoginPage.js';
import { createUser, deleteDrafts, importSampleCatalogue } from '../support/data.js';
import { RUN_ID, SFJ } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const NEW_LOGIN = `audit-test-${RUN_ID}`;

test.beforeAll(async () => {
  const editor = await GraphqlClient.signIn('sfj-editor');
  await importSampleCatalogue(editor, `审计检查-${RUN_ID}`);
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

  // Expand the (newest) user creation entry: before/after side by side.
  await audit.expandIcon('createUser').click();
  await expect(audit.after.first(), '展开审计记录应显示修改后的 JSON').toContainText(`"login": "${NEW_LOGIN}"`);
  await screenshot(page, 'audit.png');
});
