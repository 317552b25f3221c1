/** 各部门对照表 (issue 17): the table choice, the grouped table with its sum row, the Excel export. */
import type { Locator, Page } from '@playwright/test';

export class SideBySidePage {
  readonly table;
  readonly sumRow;
  readonly excelLink;
  readonly trend;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('side-by-side-table');
    this.sumRow = page.getByTestId('side-by-side-sum');
    this.excelLink = page.getByTestId('side-by-side-xlsx');
    this.trend = page.getByTestId('report-trend');
  }

  /** Chooses 表二, 表三 or 表四. */
  async chooseTable(short: '表二' | '表三' | '表四'): Promise<void> {
    await this.page.getByTestId('side-by-side-table-choice').getByText(short, { exact: true }).click();
  }

  /** The row of a department (by code). */
  row(code: string): Locator {
    return this.page.getByTestId(`side-by-side-row-${code}`);
  }

  /** The header cell with this label. */
  header(label: string): Locator {
    return this.table.locator('thead th').filter({ hasText: label }).first();
  }
}
