import type { Locator, Page } from '@playwright/test';
import { dropdownOptions, field, messageBox } from './common.js';

/** /agencies/:code/applications — a department's 依申请公开 register, with the case drawer. */
export class ApplicationsPage {
  readonly title;
  readonly table;
  readonly rows;
  readonly newCase;
  readonly drawer;
  readonly save;
  readonly caseError;
  readonly clockState;
  readonly clockDue;
  readonly clockExplanation;
  readonly clockWaiting;
  readonly stepsTable;
  readonly stepAdd;
  readonly outcomeClosed;
  readonly recordOutcome;
  readonly search;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('register-title');
    this.table = page.getByTestId('register-table');
    this.rows = page.locator('[data-testid="register-table"] .el-table__body tr');
    this.newCase = page.getByTestId('register-new');
    this.drawer = page.locator('.el-drawer').filter({ has: page.getByTestId('case-form') });
    this.save = page.getByTestId('case-save');
    this.caseError = page.getByTestId('case-error');
    this.clockState = page.getByTestId('clock-state');
    this.clockDue = page.getByTestId('clock-due');
    this.clockExplanation = page.getByTestId('clock-explanation');
    this.clockWaiting = page.getByTestId('clock-waiting');
    this.stepsTable = page.getByTestId('steps-table');
    this.stepAdd = page.getByTestId('step-add');
    this.outcomeClosed = page.getByTestId('outcome-closed');
    this.recordOutcome = page.getByTestId('record-outcome');
    this.search = field(page, 'filter-search');
  }

  async goto(agencyCode: string): Promise<void> {
    await this.page.goto(`/agencies/${agencyCode}/applications`);
  }

  /** The input of the case form's field whose label is `label` (收到申请日期, 申请内容 …). */
  formField(label: string): Locator {
    return this.page
      .getByTestId('case-form')
      .locator('.el-form-item')
      .filter({ has: this.page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`, 'u') }) })
      .locator('input, textarea')
      .first();
  }

  /** Picks `option` in the Element Plus select `select` (clicked open first). */
  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await dropdownOptions(this.page).filter({ hasText: option }).first().click();
  }

  /** Types a date into an el-date-picker's input and confirms it with Enter. */
  async typeDate(input: Locator, date: string): Promise<void> {
    await input.fill(date);
    await input.press('Enter');
  }

  /** Adds a step (its label as in the select) on a date. */
  async addStep(kind: string, date: string): Promise<void> {
    await this.choose(this.page.getByTestId('step-kind'), kind);
    await this.typeDate(
      this.page.locator('[data-testid="add-step"] .el-form-item', { hasText: '日期' }).locator('input').first(),
      date,
    );
    await this.stepAdd.click();
  }

  /** Records an outcome (its row label) replied on a date. */
  async close(outcome: string, date: string): Promise<void> {
    await this.choose(this.page.getByTestId('outcome-select'), outcome);
    await this.typeDate(
      this.page.locator('[data-testid="case-outcome"] .el-form-item', { hasText: '答复日期' }).locator('input').first(),
      date,
    );
    await this.recordOutcome.click();
  }

  /** The row of the register whose text contains `text`. */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
}

/** /governments/:code/applications — the office's overview. */
export class ApplicationsOverviewPage {
  readonly title;
  readonly departments;
  readonly overdue;
  readonly statistics;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('overview-title');
    this.departments = page.getByTestId('overview-departments');
    this.overdue = page.getByTestId('overview-overdue');
    this.statistics = page.getByTestId('overview-statistics');
  }

  async goto(governmentCode: string): Promise<void> {
    await this.page.goto(`/governments/${governmentCode}/applications`);
  }
}

/** The register block of the report page (填入表三、表四, flags, the cases of a cell). */
export class ReportRegisterPanel {
  readonly fill;
  readonly diffCount;
  readonly cellCases;

  constructor(readonly page: Page) {
    this.fill = page.getByTestId('fill-from-register');
    this.diffCount = page.getByTestId('register-diff-count');
    this.cellCases = page
      .locator('.el-drawer')
      .filter({ has: page.locator('.el-drawer__title') })
      .last();
  }

  /** The flag beside a cell (「登记 N」). */
  flag(cellId: string): Locator {
    return this.page.locator(`[data-register="${cellId}"]`);
  }

  /** Confirms the open message box. */
  async confirm(): Promise<void> {
    await messageBox(this.page).getByRole('button', { name: '填入' }).click();
  }
}
