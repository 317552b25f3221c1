/** An account locked by wrong passwords shows 锁定 in 用户管理; the platform administrator lifts the lock there. */
import { UsersPage } from '../pages/AdminPages.js';
import { LoginPage } from '../pages/LoginPage.js';
import { createUser } from '../support/data.js';
import { RUN_ID } from '../support/env.js';
import { GraphqlClient } from '../support/graphql.js';
import { expect, test } from '../support/test.js';

/** A user of its own (not sfj-viewer, which other tests sign in as). */
const LOGIN = `locked-${RUN_ID}`;
let password = '';

const signInOutside = (pw: string) =>
  new GraphqlClient().post<{ login: { login: string } }>(
    'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }',
    { l: LOGIN, p: pw },
  );

test.beforeAll(async () => {
  const admin = await GraphqlClient.signIn('demo-admin');
  ({ oneTimePassword: password } = await createUser(admin, {
    login: LOGIN,
    displayName: '锁定测试用户',
    roles: ['VIEWER'],
    agencyCode: '150785-sfj',
  }));
  for (let i = 0; i < 6; i++) await signInOutside(`wrong-${i}`);
  const locked = await signInOutside(password);
  expect(locked.body.errors?.[0]?.message ?? '', `${LOGIN} 连续输错密码后应被锁定`).toMatch(/登录失败次数过多/u);
});

test('用户管理页把被锁定的账号标为「锁定」，「解除锁定」后能用正确密码登录', async ({ page }) => {
  await new LoginPage(page).signIn('demo-admin');
  const users = new UsersPage(page);
  await users.goto();
  const row = users.userRow(LOGIN);
  await expect(row.getByTestId('user-locked'), `用户管理页应把 ${LOGIN} 标为「锁定」`).toBeVisible();
  await row.getByTestId('unlock-account').click();
  await expect(row.getByTestId('user-locked'), '点击「解除锁定」后不应再显示「锁定」').toHaveCount(0);
  const after = await signInOutside(password);
  expect(after.body.data?.login?.login, `解除锁定后 ${LOGIN} 应能用正确密码登录`).toBe(LOGIN);
});
