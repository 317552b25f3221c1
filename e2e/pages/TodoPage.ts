import type { Page } from '@playwright/test';

/** 待办事项 (/todo) and the header's count. */
export class TodoPage {
  readonly headerLink;
  readonly headerCount;
  readonly root;
  readonly items;
  readonly summary;

  constructor(readonly page: Page) {
    this.headerLink = page.getByTestId('header-todo');
    this.headerCount = page.getByTestId('header-todo-count');
    this.root = page.getByTestId('todo-page');
    this.items = page.getByTestId('todo-item');
    this.summary = page.getByTestId('todo-summary');
  }

  /** The item whose title contains `text`. */
  item(text: string) {
    return this.items.filter({ hasText: text });
  }
}
