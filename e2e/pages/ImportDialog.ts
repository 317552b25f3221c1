import { expect, type Page } from '@playwright/test';
import { field } from './common.js';

/** 导入目录 on the catalogue page: choose a file, preview it, map its columns, import it as a new draft. */
export class ImportDialog {
  readonly root;
  readonly fileInput;
  readonly fileChosen;
  readonly version;
  readonly submit;
  readonly error;
  readonly draftWarning;
  readonly deleteDraft;
  readonly previewButton;
  readonly preview;
  readonly parsedTable;
  readonly useDetected;
  readonly countItems;
  readonly countRows;
  readonly countOffices;
  readonly columnSelects;
  readonly parsedRemarks;
  readonly previewTime;
  readonly previewSubmit;
  readonly remembered;
  readonly close;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-dialog');
    this.fileInput = this.root.locator('input[type="file"]');
    this.fileChosen = page.getByTestId('import-file-chosen');
    this.version = field(this.root, 'import-version');
    this.submit = page.getByTestId('import-submit');
    this.error = page.getByTestId('import-error');
    this.draftWarning = page.getByTestId('import-draft-warning');
    this.deleteDraft = page.getByTestId('import-delete-draft');
    this.previewButton = page.getByTestId('import-preview-button');
    this.preview = page.getByTestId('import-preview');
    this.parsedTable = page.getByTestId('import-parsed-table');
    this.useDetected = page.getByTestId('import-use-detected');
    this.countItems = page.getByTestId('import-count-items');
    this.countRows = page.getByTestId('import-count-rows');
    this.countOffices = page.getByTestId('import-count-offices');
    this.columnSelects = page.locator('[data-testid^="import-column-select-"]');
    this.parsedRemarks = page.getByTestId('import-parsed-remarks');
    this.previewTime = page.getByTestId('import-preview-time');
    this.previewSubmit = page.getByTestId('import-preview-submit');
    this.remembered = page.getByTestId('import-preview-remembered');
    this.close = this.root.locator('.el-dialog__headerbtn');
  }

  /** Opens the dialog with the catalogue page's 「导入目录」 button. */
  async open(): Promise<void> {
    await this.page.getByTestId('import-button').click();
    await this.root.waitFor({ state: 'visible' });
  }

  /** 删除草稿… in the dialog, confirmed. */
  async deleteOpenDraft(): Promise<void> {
    await this.deleteDraft.click();
    await this.page
      .locator('.el-message-box .el-button--danger, .el-message-box__btns .el-button--primary')
      .first()
      .click();
  }

  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    await this.fileInput.setInputFiles(file);
    await this.fileChosen.waitFor();
  }

  /** The column header of column `n`, and the select of its meaning. */
  column(n: number) {
    return this.page.getByTestId(`import-column-${n}`);
  }

  /**
   * Chooses an option of a column's select by its label, and waits until the select shows it. A click that lands
   * while the dropdown is still opening (its transition, on a busy machine) is lost: then the select is opened again.
   */
  async chooseColumn(n: number, labelStart: string): Promise<void> {
    const select = this.page.getByTestId(`import-column-select-${n}`);
    for (let attempt = 0; ; attempt++) {
      await select.click();
      const option = this.page
        .locator('.import-column-options:visible .el-select-dropdown__item', { hasText: labelStart })
        .first();
      await option.waitFor({ state: 'visible' });
      await expect
        .poll(() =>
          this.page.evaluate(
            () =>
              ![...document.querySelectorAll('.import-column-options')].some((e: any) =>
                e.getAnimations().some((a: { playState: string }) => a.playState === 'running'),
              ),
          ),
        )
        .toBe(true);
      await option.click();
      try {
        await expect(select).toContainText(labelStart, { timeout: 3000 });
        return;
      } catch (e) {
        if (attempt >= 2) throw e;
        await this.page.keyboard.press('Escape');
      }
    }
  }
}
