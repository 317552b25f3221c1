import type { Locator, Page } from '@playwright/test';
import { dropdownOptions } from './common.js';

/** The case drawer's 行政复议、行政诉讼 records and its attachments (答复书). */
export class CaseReviewPanel {
  readonly reviewsTable;
  readonly addReview;
  readonly reviewForm;
  readonly saveReview;
  readonly filesTable;
  readonly fileInput;
  readonly fileError;

  constructor(readonly page: Page) {
    this.reviewsTable = page.getByTestId('reviews-table');
    this.addReview = page.getByTestId('review-add');
    this.reviewForm = page.getByTestId('review-form');
    this.saveReview = page.getByTestId('review-save');
    this.filesTable = page.getByTestId('files-table');
    this.fileInput = page.getByTestId('file-input');
    this.fileError = page.getByTestId('file-error');
  }

  /** The date input of the review form's item labelled `label`. */
  dateField(label: string): Locator {
    return this.reviewForm
      .locator('.el-form-item')
      .filter({ has: this.page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`, 'u') }) })
      .locator('input')
      .first();
  }

  /** Records a review or lawsuit: its kind and result as labelled, the dates typed. */
  async record(kind: string, filedOn: string, result: string, decidedOn: string): Promise<void> {
    await this.addReview.click();
    await this.reviewForm.getByRole('radio', { name: kind, exact: true }).check({ force: true });
    await this.fill(this.dateField('申请复议或立案日期'), filedOn);
    await this.reviewForm.getByRole('radio', { name: result, exact: true }).check({ force: true });
    await this.fill(this.dateField('审结日期'), decidedOn);
    await this.saveReview.click();
  }

  async chooseRole(label: string): Promise<void> {
    await this.page.getByTestId('review-role').click();
    await dropdownOptions(this.page).filter({ hasText: label }).first().click();
  }

  private async fill(input: Locator, date: string): Promise<void> {
    await input.fill(date);
    await input.press('Enter');
  }

  /** The download link of an attachment by its name. */
  download(fileName: string): Locator {
    return this.filesTable.getByRole('link', { name: fileName });
  }
}
