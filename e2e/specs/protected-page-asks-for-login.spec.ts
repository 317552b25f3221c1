/** Pages that need a session: the login page first, then back where the user wanted to go; a lost session. */
import { LoginPage } from '../pages/LoginPage.js';
import { AuditPage, UsersPage } from '../pages/AdminPages.js';
import { expect, test } from '../support/test.js';

test('访客打开 /users 时转到登录页（redirect=/users），登录后回到 /users', async ({ page }) => {
  const login = new LoginPage(page);
  await page.goto('/users');
  await expect(login.root).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname, '访客打开 /users 时地址应为 /login').toBe('/login');
  expect(url.searchParams.get('redirect')).toBe('/users');

  await login.signIn('demo-admin', undefined, { open: false });
  await expect(new UsersPage(page).rows.first(), '平台管理员：登录后应回到登录前要打开的 /users').toBeVisible();
});

test('会话失效（Cookie 没了）后下一个请求转到登录页，redirect 指回原页面', async ({ page, context }) => {
  const login = new LoginPage(page);
  await login.signIn('demo-admin');
  const audit = new AuditPage(page);
  await audit.goto();
  await expect(audit.operations.first()).toBeVisible();
  await context.clearCookies();
  await audit.refresh.click();
  await expect(login.root, '会话失效后应转到登录页').toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('redirect') ?? '', '会话失效后的登录页地址应带 redirect=/audit').toMatch(/^\/audit/);
  console.log(`· 会话失效后的提示：${((await login.notice.textContent().catch(() => '')) ?? '').trim() || '无提示'}`);
});
