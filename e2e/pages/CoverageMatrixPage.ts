import type { Locator, Page } from '@playwright/test';
import { field } from './common.js';

export interface MatrixRow {
  score: number;
  cells: Array<{ column: string; status: string; method: string }>;
}

/** `[data-testid=x][k="v"]…` */
export const sel = (testid: string, attrs: Record<string, string> = {}) =>
  `[data-testid="${testid}"]${Object.entries(attrs)
    .map(([k, v]) => `[${k}=${JSON.stringify(v)}]`)
    .join('')}`;

/** /governments/:code/coverage — the departments' catalogues against a standard catalogue. */
export class CoverageMatrixPage {
  readonly standard;
  readonly departments;
  readonly columns;
  readonly missingCells;
  readonly summary;
  readonly tip;
  readonly search;
  readonly mandatoryOnly;
  readonly problemsOnly;
  readonly findings;
  readonly findingItems;
  readonly exportLink;

  constructor(readonly page: Page) {
    this.standard = page.getByTestId('coverage-standard');
    this.departments = page.getByTestId('coverage-dept');
    this.columns = page.getByTestId('coverage-column');
    this.missingCells = page.locator(sel('coverage-cell', { 'data-status': 'MISSING' }));
    this.summary = page.getByTestId('coverage-summary');
    this.tip = page.getByTestId('coverage-tip');
    this.search = field(page, 'coverage-search');
    this.mandatoryOnly = page.getByTestId('coverage-mandatory-only');
    this.problemsOnly = page.getByTestId('coverage-problems-only');
    this.findings = page.getByTestId('coverage-findings');
    this.findingItems = this.findings.getByTestId('coverage-finding');
    this.exportLink = page.getByTestId('coverage-export');
  }

  async goto(governmentCode: string, standardCode: string): Promise<void> {
    await this.page.goto(`/governments/${governmentCode}/coverage?standard=${standardCode}`);
  }

  row(agencyCode: string): Locator {
    return this.page.locator(sel('coverage-row', { 'data-code': agencyCode }));
  }

  cell(agencyCode: string, attrs: Record<string, string>): Locator {
    return this.row(agencyCode).locator(sel('coverage-cell', attrs));
  }

  expand(agencyCode: string): Locator {
    return this.row(agencyCode).getByTestId('coverage-expand');
  }

  /** An agency's row: score, and per column its status and match method. */
  rowData(agencyCode: string): Promise<MatrixRow> {
    return this.row(agencyCode).evaluate((tr) => ({
      score: Number(tr.getAttribute('data-score')),
      cells: [...tr.querySelectorAll('[data-testid="coverage-cell"]')].map((c) => ({
        column: c.getAttribute('data-column') ?? '',
        status: c.getAttribute('data-status') ?? '',
        method: c.getAttribute('data-method') ?? '',
      })),
    }));
  }
}

/** /catalogues/:leftId/compare/:rightId — two catalogues item by item, with match decisions. */
export class ComparePage {
  readonly left;
  readonly right;
  readonly pairs;
  readonly backToMatrix;
  readonly manualDialog;
  readonly manualSelect;
  readonly manualSubmit;

  constructor(readonly page: Page) {
    this.left = page.getByTestId('compare-left');
    this.right = page.getByTestId('compare-right');
    this.pairs = page.getByTestId('compare-pair');
    this.backToMatrix = page.getByTestId('back-to-matrix');
    this.manualDialog = page.getByTestId('manual-dialog');
    this.manualSelect = page.getByTestId('manual-select');
    this.manualSubmit = page.getByTestId('manual-submit');
  }

  pair(key: string, attrs: Record<string, string> = {}): Locator {
    return this.page.locator(sel('compare-pair', { 'data-key': key, ...attrs }));
  }

  onlyLeft(key: string): Locator {
    return this.page.locator(sel('compare-only-left', { 'data-key': key }));
  }
}
