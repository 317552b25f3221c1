import type { Page } from '@playwright/test';

export interface DiffBlock {
  kind: string;
  path: string;
  fields: Array<{ field: string; before: string; after: string; removed: string[] }>;
}

/** /catalogues/:fromId/diff/:toId — two versions compared field by field. */
export class DiffPage {
  readonly result;
  readonly summary;

  constructor(readonly page: Page) {
    this.result = page.locator('[data-testid="diff-table"], [data-testid="diff-empty"], [data-testid="load-error"]');
    this.summary = page.getByTestId('diff-summary');
  }

  /** The changed blocks with their changed fields. */
  blocks(): Promise<DiffBlock[]> {
    return this.page.getByTestId('diff-block').evaluateAll((blocks) =>
      blocks.map((b) => ({
        kind: b.getAttribute('data-kind') ?? '',
        path: (b.querySelector('[data-testid="diff-after-path"]')?.textContent ?? '').trim(),
        fields: [...b.querySelectorAll('[data-testid="diff-field"]')].map((f) => ({
          field: f.getAttribute('data-field') ?? '',
          before: (f.querySelector('[data-testid="diff-before"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          after: (f.querySelector('[data-testid="diff-after"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          removed: [...f.querySelectorAll('.mark--removed')].map((m) => m.textContent ?? ''),
        })),
      })),
    );
  }
}
