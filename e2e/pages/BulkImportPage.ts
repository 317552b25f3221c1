import type { Locator, Page } from '@playwright/test';
import { field } from './common.js';

export interface BulkRow {
  file: string;
  title: string;
  agency: string;
  reason: string;
  status: string;
  message: string;
  link: string | null;
}

/** /onboarding — 批量导入目录: many files, each matched to a department, imported as drafts. */
export class BulkImportPage {
  readonly root;
  readonly upload;
  readonly statuses;
  readonly version;
  readonly importAll;
  readonly summary;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('bulk-import-page');
    this.upload = page.locator('[data-testid="bulk-upload"] input[type="file"]');
    this.statuses = page.getByTestId('bulk-status');
    this.version = field(page, 'bulk-version');
    this.importAll = page.getByTestId('bulk-import-all');
    this.summary = page.getByTestId('bulk-summary');
  }

  draftLink(agencyCode: string): Locator {
    return this.page.locator(`[data-testid="bulk-draft-link"][href="/agencies/${agencyCode}"]`);
  }

  /** The table's rows: file, title, chosen department (the select's shown label), reason, status, message, link. */
  rows(): Promise<BulkRow[]> {
    return this.page.locator('[data-testid="bulk-table"] .el-table__body tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        file: (tr.querySelector('[data-testid="bulk-file"]')?.textContent ?? '').trim(),
        title: (tr.querySelector('[data-testid="bulk-title"]')?.textContent ?? '').trim(),
        agency: (tr.querySelector('.el-select')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        reason: (tr.querySelector('[data-testid="bulk-reason"]')?.textContent ?? '').trim(),
        status: (tr.querySelector('[data-testid="bulk-status"]')?.textContent ?? '').trim(),
        message: (tr.querySelector('[data-testid="bulk-message"]')?.textContent ?? '').trim(),
        link: tr.querySelector('[data-testid="bulk-draft-link"]')?.getAttribute('href') ?? null,
      })),
    );
  }
}
