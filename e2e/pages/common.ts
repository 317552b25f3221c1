import type { Locator, Page } from '@playwright/test';

/** An el-input's <input> by the data-testid given to the el-input (on the input itself or on its wrapper). */
export function field(scope: Page | Locator, testid: string): Locator {
  return scope.locator(`input[data-testid="${testid}"], [data-testid="${testid}"] input`).first();
}

/** The text of each element, whitespace collapsed. */
export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The pages show one of these instead of their content when something went wrong. */
export const PROBLEM_SELECTORS = [
  '[data-testid="load-error"]',
  '[data-testid="agency-not-found"]',
  '[data-testid="page-not-found"]',
  '[data-testid="page-forbidden"]',
].join(', ');

/** The visible options of the open Element Plus select dropdown. */
export function dropdownOptions(page: Page): Locator {
  return page.locator('.el-select-dropdown__item:visible');
}

/** The Element Plus confirmation box. */
export function messageBox(page: Page): Locator {
  return page.locator('.el-message-box');
}
