import { expect, type Page } from '@playwright/test';

/** The header and navigation every page has. */
export class AppHeader {
  readonly loginButton;
  readonly userMenuButton;
  readonly userDisplayName;
  readonly userMeta;
  readonly navUsers;
  readonly navAudit;
  readonly navReports;
  readonly navCoverage;
  readonly navOnboarding;

  constructor(readonly page: Page) {
    this.loginButton = page.getByTestId('header-login');
    this.userMenuButton = page.getByTestId('user-menu-button');
    this.userDisplayName = page.getByTestId('user-display-name');
    this.userMeta = page.getByTestId('user-meta');
    this.navUsers = page.getByTestId('nav-users');
    this.navAudit = page.getByTestId('nav-audit');
    this.navReports = page.getByTestId('nav-reports');
    this.navCoverage = page.getByTestId('nav-coverage');
    this.navOnboarding = page.getByTestId('nav-onboarding');
  }

  /** 退出登录 from the user menu; done when the header shows 「登录」 again. */
  async signOut(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByTestId('menu-logout').click();
    await expect(this.loginButton, '点击「退出登录」后页头应恢复为「登录」按钮').toBeVisible();
  }
}
