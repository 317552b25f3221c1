/** The dashboard's government row and the bulk steps on the departments' rows (issue 17). */
import type { Locator, Page } from '@playwright/test';

export class ReportDashboardBulk {
  readonly governmentRow;
  readonly governmentName;
  readonly governmentStatus;
  readonly governmentLate;
  readonly bulkReturn;
  readonly bulkApprove;
  readonly returnComment;
  readonly returnConfirm;
  readonly excelLink;
  readonly yearSelect;

  constructor(readonly page: Page) {
    this.governmentRow = page.getByTestId('government-progress');
    this.governmentName = page.getByTestId('government-name');
    this.governmentStatus = page.getByTestId('government-status');
    this.governmentLate = page.getByTestId('government-late');
    this.bulkReturn = page.getByTestId('bulk-return');
    this.bulkApprove = page.getByTestId('bulk-approve');
    this.returnComment = page.getByTestId('bulk-return-comment');
    this.returnConfirm = page.getByTestId('bulk-return-confirm');
    this.excelLink = page.getByTestId('dashboard-xlsx');
    this.yearSelect = page.getByTestId('dashboard-year');
  }

  /** The department's row in the progress table. */
  row(name: string): Locator {
    return this.page
      .locator('[data-testid="progress-table"] .el-table__body tr')
      .filter({ has: this.page.getByTestId('progress-agency').getByText(name, { exact: true }) });
  }

  async check(name: string): Promise<void> {
    await this.row(name).locator('.el-checkbox').click();
  }

  status(name: string): Locator {
    return this.row(name).getByTestId('progress-status');
  }
}
