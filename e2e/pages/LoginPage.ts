import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/env.js';
import { field } from './common.js';

export class LoginPage {
  readonly root;
  readonly username;
  readonly password;
  readonly submit;
  readonly error;
  readonly notice;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('login-page');
    this.username = field(page, 'login-username');
    this.password = field(page, 'login-password');
    this.submit = page.getByTestId('login-submit');
    this.error = page.getByTestId('login-error');
    this.notice = page.getByTestId('login-notice');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
  }

  /** Types the login name and password and presses Enter (the page must show the login form). */
  async fillAndEnter(login: string, password: string): Promise<void> {
    await this.username.fill(login);
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  /**
   * Signs in through the login page (opened here unless `open` is false) and waits until the header shows the user.
   */
  async signIn(login: string, password = DEMO_PASSWORD, { open = true } = {}): Promise<void> {
    if (open) await this.goto();
    await this.fillAndEnter(login, password);
    const user = this.page.getByTestId('user-display-name');
    await expect(user.or(this.error), `以 ${login} 登录后页面应有变化`).toBeVisible({ timeout: 20_000 });
    await expect(this.error, `以 ${login} 登录不应失败`).toHaveCount(0);
    await expect(user, `以 ${login} 登录后页头应显示用户`).toBeVisible();
  }
}
