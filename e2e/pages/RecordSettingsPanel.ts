import type { Locator, Page } from '@playwright/test';

/** 本级公开时限设置 on the office's records page (RecordSettingsPanel.vue) and its dialog. */
export class RecordSettingsPanel {
  readonly text: Locator;
  readonly editButton: Locator;
  readonly dialog: Locator;
  readonly immediate: Locator;
  readonly interpretation: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByTestId('record-settings');
    this.text = panel.getByTestId('record-settings-text');
    this.editButton = panel.getByTestId('record-settings-edit');
    this.dialog = page.getByTestId('record-settings-dialog');
    this.immediate = this.dialog.getByTestId('record-settings-immediateWorkingDays').locator('input');
    this.interpretation = this.dialog.getByTestId('record-settings-interpretationWorkingDays').locator('input');
    this.saveButton = this.dialog.getByTestId('record-settings-save');
  }

  /** The error under a field (el-form-item's message), by the setting's name. */
  errorOf(field: 'immediateWorkingDays' | 'interpretationWorkingDays'): Locator {
    return this.dialog
      .locator('.el-form-item', { has: this.page.getByTestId(`record-settings-${field}`) })
      .locator('.el-form-item__error');
  }
}
