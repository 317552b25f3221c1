/**
 * Browser specs (@playwright/test) of the built platform: `pnpm test:browser` runs them all, `pnpm test:browser
 * e2e/specs/<flow>.spec.ts` one. One server for all specs (support/global-setup.ts), one worker (each spec sets up
 * its own data, so they pass alone and in any order). Debian's chromium, never a downloaded browser: CHROMIUM_PATH,
 * else /usr/bin/chromium.
 */
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './specs',
  testMatch: '**/*.spec.ts',
  globalSetup: './support/global-setup.ts',
  outputDir: path.join(os.tmpdir(), 'gongkai-e2e-results', 'artifacts'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env.GONGKAI_E2E_BASE_URL,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
