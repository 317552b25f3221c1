import type { Locator, Page } from '@playwright/test';

/** /agencies/:code/reports/:year — entering an annual report (the official tables) with the rules panel. */
export class ReportPage {
  readonly title;
  readonly status;
  readonly rulesPanel;
  readonly ruleResults;
  readonly submit;
  readonly save;
  readonly saveError;
  readonly applications;
  readonly reviewLitigation;
  /** The report as a document: 打印版, Word, PDF, CSV, JSON. */
  readonly documentLinks;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('report-title');
    this.status = page.getByTestId('report-status');
    this.rulesPanel = page.getByTestId('rules-panel');
    this.ruleResults = page.getByTestId('rule-result');
    this.submit = page.getByTestId('submit-report');
    this.save = page.getByTestId('save-report');
    this.saveError = page.getByTestId('save-error');
    this.applications = page.getByTestId('report-table-applications');
    this.reviewLitigation = page.getByTestId('report-table-reviewLitigation');
    this.documentLinks = page.locator('[data-testid^="export-"]');
  }

  async goto(agencyCode: string, year: number): Promise<void> {
    await this.page.goto(`/agencies/${agencyCode}/reports/${year}`);
  }

  /** The input of a cell, e.g. `a.newReceived.natural`. */
  cell(id: string): Locator {
    return this.page.locator(`input[data-cell="${id}"]`);
  }

  /** The rule result of rule `rule` (e.g. R1) whose text contains `text`. */
  rule(rule: string, text?: string): Locator {
    const results = this.page.locator(`[data-testid="rule-result"][data-rule="${rule}"]`);
    return text ? results.filter({ hasText: text }) : results;
  }

  /** The 「采用计算值」 button of a cell. */
  adopt(id: string): Locator {
    return this.page.locator(`[data-adopt="${id}"]`);
  }

  /** The data-cell of the focused element. */
  focusedCell(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  }

  /** Pastes text into a cell the way a browser does (a paste event with clipboard data). */
  async paste(id: string, text: string): Promise<void> {
    const input = this.cell(id);
    await input.focus();
    await input.evaluate((el, t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, text);
  }
}

/** /governments/:code/reports/:year — the office's dashboard: progress, 汇总, charts. */
export class ReportDashboardPage {
  readonly progressAgencies;
  readonly progressRows;
  readonly sumTab;
  readonly chartsTab;
  readonly sumIncluded;
  readonly sumMissing;
  readonly sumCoverage;
  readonly chartCanvas;

  constructor(readonly page: Page) {
    this.progressAgencies = page.getByTestId('progress-table').getByTestId('progress-agency');
    this.progressRows = page.locator('[data-testid="progress-table"] .el-table__body tr');
    this.sumTab = page.locator('#tab-sum');
    this.chartsTab = page.locator('#tab-charts');
    this.sumIncluded = page.locator('[data-testid="sum-included"] li');
    this.sumMissing = page.locator('[data-testid="sum-missing"] li');
    this.sumCoverage = page.getByTestId('sum-coverage');
    this.chartCanvas = page.locator('[data-testid="echart"] canvas');
  }

  async goto(governmentCode: string, year: number): Promise<void> {
    await this.page.goto(`/governments/${governmentCode}/reports/${year}`);
  }

  /** The progress table: department, status and lateness per row. */
  progress(): Promise<Array<{ name: string; status: string; late: string }>> {
    return this.progressRows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('[data-testid="progress-agency"]')?.textContent?.trim() ?? '',
        status: tr.querySelector('[data-testid="progress-status"]')?.textContent?.trim() ?? '',
        late: tr.querySelector('[data-testid="progress-late"]')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Whether the 所含与缺少的部门 block sits above the summed tables. */
  coverageAboveTables(): Promise<boolean> {
    return this.page.evaluate(() => {
      const cov = document.querySelector('[data-testid="sum-coverage"]');
      const table = document.querySelector('#pane-sum [data-testid="report-table-proactive"]');
      return !!cov && !!table && cov.getBoundingClientRect().top < table.getBoundingClientRect().top;
    });
  }
}
