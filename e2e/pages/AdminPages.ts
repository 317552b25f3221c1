import type { Locator, Page } from '@playwright/test';
import { field } from './common.js';

/** /users — 用户管理. */
export class UsersPage {
  readonly rows;
  readonly createButton;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('users-table').getByTestId('user-row');
    this.createButton = page.getByTestId('create-user');
  }

  async goto(): Promise<void> {
    await this.page.goto('/users');
  }

  /** The login names listed. */
  async logins(): Promise<string[]> {
    return (await this.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-login') ?? ''))).filter(Boolean);
  }

  /** The table row (tr) of a user. */
  userRow(login: string): Locator {
    return this.page.locator(`tr:has([data-testid="user-row"][data-login="${login}"])`);
  }

  userCell(login: string): Locator {
    return this.page.locator(`[data-testid="user-row"][data-login="${login}"]`);
  }
}

/** 新建用户 (the form dialog, then the one-time password dialog). */
export class UserFormDialog {
  readonly root;
  readonly errors;
  readonly login;
  readonly displayName;
  readonly agency;
  readonly roles;
  readonly submit;
  readonly formError;
  readonly oneTimePassword;
  readonly oneTimePasswordDialog;
  readonly oneTimePasswordDone;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('user-form-dialog');
    this.errors = this.root.locator('.el-form-item__error');
    this.login = field(page, 'user-login');
    this.displayName = field(page, 'user-display-name-input');
    this.agency = page.getByTestId('user-agency');
    this.roles = page.getByTestId('user-roles').locator('label');
    this.submit = page.getByTestId('user-form-submit');
    this.formError = page.getByTestId('user-form-error');
    this.oneTimePassword = page.getByTestId('one-time-password');
    this.oneTimePasswordDialog = page.getByTestId('one-time-password-dialog');
    this.oneTimePasswordDone = page.getByTestId('one-time-password-done');
  }

  async chooseAgency(name: string): Promise<void> {
    await this.agency.click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: name }).click();
  }

  async tickRole(label: string): Promise<void> {
    await this.roles.filter({ hasText: label }).click();
  }
}

/** /audit — 审计日志. */
export class AuditPage {
  readonly root;
  readonly operations;
  readonly objectNames;
  readonly refresh;
  readonly after;
  readonly userFilter;
  readonly operationFilter;
  readonly search;
  readonly exportCsv;
  readonly total;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('audit-page');
    this.operations = page.getByTestId('audit-table').getByTestId('audit-operation');
    this.objectNames = page.getByTestId('audit-table').getByTestId('audit-object-name');
    this.refresh = this.root.getByRole('button', { name: '刷新' });
    this.after = page.getByTestId('audit-after');
    this.userFilter = page
      .locator('input[data-testid="audit-user-filter"], [data-testid="audit-user-filter"] input')
      .first();
    this.operationFilter = page.getByTestId('audit-operation-filter');
    this.search = page.getByTestId('audit-search');
    this.exportCsv = page.getByTestId('audit-export');
    this.total = page.getByTestId('audit-pagination').locator('.el-pagination__total');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/audit${query}`);
  }

  /** Each entry's operation code and shown label. */
  async entries(): Promise<Array<{ op: string; text: string }>> {
    return this.operations.evaluateAll((els) =>
      els.map((e) => ({ op: e.getAttribute('data-operation') ?? '', text: (e.textContent ?? '').trim() })),
    );
  }

  /** Chooses an operation in the filter by its Chinese label. */
  async chooseOperation(label: string): Promise<void> {
    await this.operationFilter.click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^${label}$`, 'u') }).click();
  }

  /** The expand icon of the newest entry of `operation` that has details. */
  expandIcon(operation: string): Locator {
    return this.page
      .locator(
        `[data-testid="audit-table"] tr.audit-row:not(.no-details):has([data-operation="${operation}"]) .el-table__expand-icon`,
      )
      .first();
  }
}

/** The dialog that makes a user change a one-time password before anything else. */
export class ChangePasswordDialog {
  readonly root;
  readonly current;
  readonly next;
  readonly confirm;
  readonly submit;
  readonly errors;
  readonly mustChange;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('change-password-dialog');
    this.current = field(page, 'current-password');
    this.next = field(page, 'new-password');
    this.confirm = field(page, 'confirm-password');
    this.submit = page.getByTestId('change-password-submit');
    this.errors = this.root.locator('.el-form-item__error');
    this.mustChange = page.getByTestId('must-change-password');
  }
}
