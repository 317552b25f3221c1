/** The first start's administrator (one-time password from the server's output) must change it first. */
import { ChangePasswordDialog } from '../pages/AdminPages.js';
import { AppHeader } from '../pages/AppHeader.js';
import { LoginPage } from '../pages/LoginPage.js';
import { FIRST_ADMIN_ENV } from '../support/env.js';
import { expect, test } from '../support/test.js';

test('首位管理员用一次性密码登录后必须先修改密码；新密码过短时逐栏提示', async ({ page }) => {
  const first = process.env[FIRST_ADMIN_ENV];
  test.skip(!first, '服务日志中没有首位管理员的一次性密码（服务不是由本次运行新启动的）');
  const [login, oneTime] = first!.split('\t') as [string, string];
  await new LoginPage(page).signIn(login, oneTime);
  const dialog = new ChangePasswordDialog(page);
  await expect(dialog.root, `首位管理员「${login}」用一次性密码登录后应出现修改密码对话框`).toBeVisible();

  await dialog.current.fill(oneTime);
  await dialog.next.fill('short');
  await dialog.confirm.fill('short');
  await dialog.submit.click();
  await expect(dialog.errors.first(), '新密码过短时应在该栏下提示「至少 10 个字符」').toContainText('至少 10 个字符');

  const newPassword = 'Browser-Test-2026!';
  await dialog.next.fill(newPassword);
  await dialog.confirm.fill(newPassword);
  await dialog.submit.click();
  await expect(dialog.root, '修改初始密码后对话框应关闭').toBeHidden();
  await expect(dialog.mustChange, '修改初始密码后可以继续使用').toHaveCount(0);
  await new AppHeader(page).signOut();
});
