/**
 * The `test` and `expect` of every spec: Playwright's, with the base URL of the server the global setup started,
 * and an automatic check after each test that the page threw no uncaught exception and that the server's
 * content-security policy blocked nothing the admin app does (both were checked once for the whole run before).
 */
import { test as base, expect } from '@playwright/test';
import { baseUrl } from './env.js';

export const test = base.extend<{ pageHealth: void }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => use(baseUrl()),
  pageHealth: [
    async ({ context }, use) => {
      const pageErrors: string[] = [];
      const cspViolations: string[] = [];
      context.on('page', (page) => page.on('pageerror', (err) => pageErrors.push(err.message)));
      context.on('console', (msg) => {
        if (msg.type() === 'error') console.error(`  [浏览器控制台] ${msg.text()}`);
        if (/Content Security Policy/iu.test(msg.text())) cspViolations.push(msg.text());
      });
      await use();
      expect(cspViolations, '内容安全策略（CSP）拦截了管理界面的内容').toEqual([]);
      expect(pageErrors, '页面抛出未捕获的异常').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
