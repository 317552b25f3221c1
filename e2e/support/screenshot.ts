/** Screenshots for people to look at the UI: screenshots/<name> (git-ignored), the same names as before. */
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { ROOT, SCREENSHOT_DIR } from './env.js';

/**
 * Waits for the fonts, then takes the screenshot (whole page, or the viewport with `fullPage: false` — a drawer is
 * fixed to the viewport). CSS transitions are fast-forwarded to their end, so no sleep is needed for them.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const file = path.join(SCREENSHOT_DIR, name);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  console.log(`· 截图：${path.relative(ROOT, file)}`);
}

/** Waits until the page stops scrolling (a smooth scroll to a located row), then scrolls to the top. */
export async function scrollToTopWhenSettled(page: Page): Promise<void> {
  const still = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const position = () =>
            [window.scrollY, ...[...document.querySelectorAll('.el-scrollbar__wrap')].map((e) => e.scrollTop)].join();
          const before = position();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(position() === before)));
        }),
    );
  await expect.poll(still, { message: '页面应停止滚动' }).toBe(true);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/** Waits until a canvas (an ECharts chart) stops changing: its animation has ended. */
export async function waitForStillCanvas(canvas: Locator): Promise<void> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await canvas.evaluate((c: any) => c.toDataURL());
        const still = now === previous;
        previous = now;
        return still;
      },
      { message: '图表的动画应结束', intervals: [250] },
    )
    .toBe(true);
}
