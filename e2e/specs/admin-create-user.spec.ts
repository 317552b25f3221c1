/** The platform administrator's 用户管理: the list, and 新建用户 with field errors and a one-time password. */
import { UserFormDialog, UsersPage } from '../pages/AdminPages.js';
import { texts } from '../pages/common.js';
import { LoginPage } from '../pages/LoginPage.js';
import { RUN_ID } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

const NEW_LOGIN = `browser-test-${RUN_ID}`;

test('用户管理页列出用户；新建用户：逐栏提示、登录名已被使用、一次性密码、出现在列表中', async ({ page }) => {
  await new LoginPage(page).signIn('demo-admin');
  const users = new UsersPage(page);
  await users.goto();
  await expect(users.rows.first()).toBeVisible({ timeout: 30_000 });
  expect(await users.logins(), '用户管理页应列出 sfj-editor').toContain('sfj-editor');

  await users.createButton.click();
  const form = new UserFormDialog(page);
  await expect(form.root).toBeVisible();
  // Client-side checks first.
  await form.submit.click();
  await expect(form.errors.first()).toBeVisible();
  expect(await texts(form.errors), '未填写时应逐栏提示').toEqual(
    expect.arrayContaining(['请输入登录名', '请至少选择一个角色']),
  );
  // The server's error goes to the field it names: the login name is taken.
  await form.login.fill('sfj-editor');
  await form.displayName.fill('浏览器测试用户');
  await form.chooseAgency('根河市民政局');
  await form.tickRole('只读用户');
  await form.submit.click();
  await expect(
    form.errors.filter({ hasText: '已被使用' }),
    '登录名已被使用时，服务器的错误应显示在「登录名」栏下',
  ).toBeVisible();

  await form.login.fill(NEW_LOGIN);
  await form.submit.click();
  await expect(form.oneTimePassword, '新建用户后应显示一次性密码').toBeVisible();
  expect(((await form.oneTimePassword.textContent()) ?? '').trim().length, '一次性密码的长度').toBeGreaterThanOrEqual(
    10,
  );
  await form.oneTimePasswordDone.click();
  await expect(form.oneTimePasswordDialog).toBeHidden();
  await expect(users.userCell(NEW_LOGIN), '新用户应出现在用户列表中').toBeVisible();
  await screenshot(page, 'users.png');
});
