import type { Page } from '@playwright/test';
import { texts } from './common.js';

/** /agencies/:code/offices — 科室管理. */
export class OfficesPage {
  readonly names;
  readonly usage;
  readonly mergeButtons;

  constructor(readonly page: Page) {
    this.names = page.getByTestId('offices-table').getByTestId('offices-name');
    this.usage = page.getByTestId('offices-table').getByTestId('offices-usage');
    this.mergeButtons = page.getByTestId('office-merge');
  }

  async goto(code: string): Promise<void> {
    await this.page.goto(`/agencies/${code}/offices`);
  }

  nameTexts(): Promise<string[]> {
    return texts(this.names);
  }

  usageTexts(): Promise<string[]> {
    return texts(this.usage);
  }
}
