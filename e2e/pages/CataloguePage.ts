import type { Locator, Page } from '@playwright/test';
import { field, texts } from './common.js';

/** /agencies/:code — an agency's catalogue: header, version selector, table, findings, import and editing. */
export class CataloguePage {
  readonly agencyName;
  readonly agencyKind;
  readonly table;
  readonly itemNames;
  readonly level1Names;
  readonly rowOffices;
  readonly officeList;
  readonly findings;
  readonly findingsLoginHint;
  /** The 导入问题 collapse's title (closed on a published version) and the panel. */
  readonly findingsToggle;
  readonly findingsPanel;
  readonly importButton;
  readonly createDraftButton;
  readonly publishButton;
  readonly compareButton;
  readonly compareOtherButton;
  readonly versionSelect;
  readonly versionOptions;
  readonly catalogueVersion;
  readonly downloadLinks;
  readonly historyTab;
  readonly historyOperations;
  readonly forbidden;
  readonly notFound;
  readonly editButtons;
  readonly locatedRow;

  constructor(readonly page: Page) {
    this.agencyName = page.getByTestId('agency-name');
    this.agencyKind = page.getByTestId('agency-kind');
    this.table = page.getByTestId('catalogue-table');
    this.itemNames = this.table.getByTestId('item-name');
    this.level1Names = this.table.locator('[data-testid="item-name"][data-level="1"]');
    this.rowOffices = this.table.getByTestId('row-office');
    this.officeList = page.getByTestId('office-list').getByTestId('office-name');
    this.findings = page.getByTestId('finding-item');
    this.findingsLoginHint = page.getByTestId('findings-login-hint');
    this.findingsToggle = page.getByTestId('findings-toggle');
    this.findingsPanel = page.getByTestId('findings-panel');
    this.importButton = page.getByTestId('import-button');
    this.createDraftButton = page.getByTestId('create-draft-button');
    this.publishButton = page.getByTestId('publish-button');
    this.compareButton = page.getByTestId('compare-button');
    this.compareOtherButton = page.getByTestId('compare-other-button');
    this.versionSelect = page.getByTestId('version-select');
    this.versionOptions = page.locator('.el-select-dropdown [data-testid="version-option"]');
    this.catalogueVersion = page.getByTestId('catalogue-version');
    this.downloadLinks = page.getByTestId('download-link');
    this.historyTab = page.getByTestId('history-tab');
    this.historyOperations = page.getByTestId('history-operation');
    this.forbidden = page.getByTestId('agency-forbidden');
    this.notFound = page.getByTestId('agency-not-found');
    this.editButtons = this.table.getByTestId('edit-row');
    this.locatedRow = this.table.locator('tr.is-located');
  }

  async goto(code: string): Promise<void> {
    await this.page.goto(`/agencies/${code}`);
  }

  /** The table row whose text contains `text`. */
  row(text: string): Locator {
    return this.table.locator('tr.cat-row').filter({ hasText: text }).first();
  }

  level1Texts(): Promise<string[]> {
    return texts(this.level1Names);
  }

  /** Back to the table from the 修改记录 tab. */
  async showTable(): Promise<void> {
    await this.page.locator('[data-testid="catalogue-tabs"] .el-tabs__item', { hasText: '目录表' }).click();
  }

  /** 新建草稿 with a version label. */
  async createDraft(label: string): Promise<void> {
    await this.createDraftButton.click();
    const dialog = this.page.getByTestId('create-draft-dialog');
    await dialog.waitFor({ state: 'visible' });
    await field(this.page, 'create-draft-label').fill(label);
    await this.page.getByTestId('create-draft-submit').click();
  }

  /** 与…比较 → the version labelled `label`. */
  async compareWith(label: string): Promise<void> {
    await this.compareButton.click();
    await this.page.locator(`[data-testid="compare-option"][data-version-label="${label}"]`).click();
  }
}

/** The drawer that edits one row of a draft. */
export class EditDrawer {
  readonly root;
  readonly timeLimit;
  readonly timeLimitPreview;
  readonly timeLimitPreviewText;
  readonly channels;
  readonly audiences;
  readonly dueDateEvent;
  readonly dueDateValue;
  readonly dueDateResult;
  readonly save;
  readonly conflict;
  readonly conflictMessage;
  readonly refreshRow;
  readonly rebaseNote;
  readonly error;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('edit-drawer');
    this.timeLimit = field(page, 'edit-time-limit');
    this.timeLimitPreview = page.getByTestId('time-limit-preview');
    this.timeLimitPreviewText = page.getByTestId('time-limit-preview-text');
    this.channels = page.getByTestId('edit-channels').locator('label');
    this.audiences = page.getByTestId('edit-audiences').locator('label');
    this.dueDateEvent = field(page, 'due-date-event');
    this.dueDateValue = page.getByTestId('due-date-value');
    this.dueDateResult = page.getByTestId('due-date-result');
    this.save = page.getByTestId('edit-save');
    this.conflict = page.getByTestId('edit-conflict');
    this.conflictMessage = page.getByTestId('edit-conflict-message');
    this.refreshRow = page.getByTestId('edit-refresh-row');
    this.rebaseNote = page.getByTestId('edit-rebase-note');
    this.error = page.getByTestId('edit-error');
  }

  /** Opens the drawer of a table row. */
  async open(row: Locator): Promise<void> {
    await row.getByTestId('edit-row').click();
    await this.root.waitFor({ state: 'visible' });
  }

  channel(label: string): Locator {
    return this.channels.filter({ hasText: label });
  }

  audience(label: string): Locator {
    return this.audiences.filter({ hasText: label });
  }

  /** Scrolls the drawer to its top. */
  async scrollToTop(): Promise<void> {
    await this.root.locator('.el-drawer__body').evaluate((el) => el.scrollTo({ top: 0 }));
  }
}
