/** 催报 (issue 17): the dashboard's reminder buttons, dialog and 「上次催报」 column; the notices on 待办事项. */
import type { Locator, Page } from '@playwright/test';

export class ReminderPage {
  readonly remindSelected;
  readonly remindAll;
  readonly dialog;
  readonly targets;
  readonly message;
  readonly send;
  readonly notices;
  readonly unread;

  constructor(readonly page: Page) {
    this.remindSelected = page.getByTestId('remind-selected');
    this.remindAll = page.getByTestId('remind-all');
    this.dialog = page.getByTestId('reminder-dialog');
    this.targets = page.getByTestId('reminder-targets');
    this.message = page.getByTestId('reminder-message');
    this.send = page.getByTestId('reminder-send');
    this.notices = page.getByTestId('notice-item');
    this.unread = page.getByTestId('notices-unread');
  }

  /** The 「上次催报」 cell of a department's row. */
  lastReminded(row: Locator): Locator {
    return row.getByTestId('progress-reminded');
  }

  /** The notice whose title contains `text`. */
  notice(text: string): Locator {
    return this.notices.filter({ has: this.page.getByTestId('notice-title').getByText(text) });
  }
}
