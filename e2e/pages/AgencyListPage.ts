import type { Page } from '@playwright/test';
import { texts } from './common.js';

/** / — the agency list. */
export class AgencyListPage {
  readonly rows;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('agency-table').getByTestId('agency-row');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  names(): Promise<string[]> {
    return texts(this.rows);
  }
}
