/** Names and paths every browser spec shares; the global setup fills the environment variables. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'screenshots');

/** Set by the global setup: the address of the server it started (or of one already running, if given). */
export const BASE_URL_ENV = 'GONGKAI_E2E_BASE_URL';
/** Set by the global setup: 「login<TAB>one-time password」 of the first administrator, from the server's output. */
export const FIRST_ADMIN_ENV = 'GONGKAI_E2E_FIRST_ADMIN';

export function baseUrl(): string {
  const base = process.env[BASE_URL_ENV];
  if (!base) throw new Error(`${BASE_URL_ENV} 未设置：浏览器测试须经 e2e/playwright.config.ts 的全局准备运行`);
  return base;
}

/** The demo data's password of every demo user (packages/db/src/demo-data.ts). */
export const DEMO_PASSWORD = 'gongkai-demo-2026';

/** A short suffix that differs between runs (version labels and logins must be new on a reused server). */
export const RUN_ID = Date.now().toString(36).slice(-5);

export const SFJ = {
  code: '150785-sfj',
  name: '根河市司法局',
  level1Items: [
    '履职依据',
    '部门会议',
    '政府重点工作',
    '人事信息',
    '新闻发布',
    '财政信息',
    '政府信息公开工作',
    '重点领域',
    '其他相关信息',
  ],
  offices: [
    '办公室',
    '行政执法协调监督办公室',
    '普法与依法治理办公室',
    '人民参与和促进法治办公室',
    '公共法律服务办公室',
  ],
  baseVersion: '2024版',
} as const;

export const OTHER_AGENCIES = ['根河市民政局', '根河市财政局'] as const;
export const GOVERNMENT_CODE = '150785';
export const STANDARD_CODE = '150785-bz-ty';
