/** The login page: a wrong password, then signing in (typing and Enter) and out. */
import { AppHeader } from '../pages/AppHeader.js';
import { LoginPage } from '../pages/LoginPage.js';
import { expect, test } from '../support/test.js';

test('密码错误时登录页显示「登录名或密码错误」', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.username.fill('sfj-editor');
  await login.password.fill('not-the-password');
  await login.submit.click();
  await expect(login.error).toContainText('登录名或密码错误');
});

test('通过登录页登录后页头显示用户，「退出登录」后恢复为「登录」按钮', async ({ page }) => {
  const login = new LoginPage(page);
  const header = new AppHeader(page);
  await login.signIn('sfj-viewer');
  await expect(header.userDisplayName).toBeVisible();
  await header.signOut();
});
