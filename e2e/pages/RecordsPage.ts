import type { Locator, Page } from '@playwright/test';
import { field } from './common.js';

/** /agencies/:code/records — a department's 主动公开 records: figures, checks, the list, the entry form. */
export class RecordsPage {
  readonly title;
  readonly figures;
  readonly onTimeRate;
  readonly table;
  readonly newButton;
  readonly form;
  readonly policiesWithoutInterpretation;
  readonly checks;
  readonly linkDialog;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('records-title');
    this.figures = page.getByTestId('record-figures');
    this.onTimeRate = this.figures.getByTestId('on-time-rate');
    this.table = page.getByTestId('records-table');
    this.newButton = page.getByTestId('records-new');
    this.form = page.getByTestId('record-form');
    this.policiesWithoutInterpretation = page.getByTestId('policies-without-interpretation');
    this.checks = page.getByTestId('record-checks');
    this.linkDialog = page.getByTestId('link-dialog');
  }

  async goto(agencyCode: string, year: number): Promise<void> {
    await this.page.goto(`/agencies/${agencyCode}/records?year=${year}`);
  }

  /** The table row of the record titled `title`. */
  row(title: string): Locator {
    return this.table.locator('.el-table__body tr', { hasText: title });
  }

  /** The 按时 / 逾期 tag of the record titled `title`. */
  timeliness(title: string): Locator {
    return this.row(title).getByTestId('record-timeliness');
  }

  /** Opens the check section named `name` (缺期, 本年没有公开记录的事项, 未按时解读的政策). */
  async openCheck(name: string): Promise<void> {
    await this.checks.locator('.el-collapse-item__header', { hasText: name }).click();
  }

  /** Picks the catalogue row: the item names from the top, then the item's first row. */
  async chooseRow(itemNames: string[]): Promise<void> {
    await this.form.getByTestId('record-row').click();
    const menus = this.page.locator('.el-cascader-menu:visible');
    for (const [i, name] of itemNames.entries())
      await menus
        .nth(i)
        .locator('.el-cascader-node', { hasText: new RegExp(`^${name}$`) })
        .click();
    await menus.nth(itemNames.length).locator('.el-cascader-node').first().click();
  }

  /** Types a date into the form's el-date-picker (by data-testid) and confirms it with Enter. */
  async typeDate(testid: string, date: string): Promise<void> {
    const input = field(this.form, testid);
    await input.fill(date);
    await input.press('Enter');
  }

  /** Fills the entry form's text fields. */
  async fillText(testid: string, text: string): Promise<void> {
    await field(this.form, testid).fill(text);
  }

  /** Ticks a channel by its official label. */
  async tickChannel(label: string): Promise<void> {
    await this.form.getByTestId('record-channels').getByText(label, { exact: true }).click();
  }

  /** Picks `option` in the form's select (by data-testid). */
  async choose(testid: string, option: string): Promise<void> {
    await this.form.getByTestId(testid).click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
  }

  /** Links the record titled `interpretation` as the 解读 of the policy titled `policy`. */
  async linkInterpretation(policy: string, interpretation: string): Promise<void> {
    await this.row(policy).getByTestId('record-link').click();
    await this.linkDialog.getByTestId('link-choose').click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: interpretation }).first().click();
    await this.linkDialog.getByTestId('link-confirm').click();
  }
}

/** /governments/:code/records — the office's view: per department on-time rate, late records, missing periods. */
export class OfficeRecordsPage {
  readonly title;
  readonly table;
  readonly exportLink;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('office-records-title');
    this.table = page.getByTestId('office-records-table');
    this.exportLink = page.getByTestId('office-records-export');
  }

  async goto(governmentCode: string, year: number): Promise<void> {
    await this.page.goto(`/governments/${governmentCode}/records?year=${year}`);
  }

  /** The department's row. */
  row(name: string): Locator {
    return this.table.locator('.el-table__body tr', {
      has: this.page.getByTestId('office-department').getByText(name, { exact: true }),
    });
  }

  rate(name: string): Locator {
    return this.row(name).getByTestId('office-rate');
  }

  late(name: string): Locator {
    return this.row(name).getByTestId('office-late');
  }
}
