import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The JavaScript a first visit to the login page and to the agency list loads, gzipped, from the built app
// (`pnpm test` builds before it runs the unit tests; without a build there is nothing to weigh and this is skipped).
// Vite's manifest names each chunk's static imports: the entry's closure plus, when the page's route is lazy, the
// page's own chunk and its closure.
const dist = new URL('../dist/', import.meta.url);
const built = existsSync(new URL('index.html', dist));
const BUDGET_BYTES = 250 * 1000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

function firstLoad(manifest: Record<string, ManifestChunk>, page: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`清单中没有 ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  expect(entries.map(([k]) => k)).toEqual(['index.html']);
  visit('index.html');
  // Bundled into the entry when imported statically; its own chunk (loaded on the visit) when the route is lazy.
  if (manifest[page]?.isDynamicEntry) visit(page);
  return [...seen].map((k) => manifest[k]!.file);
}

describe.skipIf(!built)('page weight of the built admin app', () => {
  const manifestUrl = new URL('.vite/manifest.json', dist);

  it.each([
    ['登录页', 'src/pages/LoginPage.vue'],
    ['机关列表', 'src/pages/agencies/AgencyListPage.vue'],
  ])('%s: first-load JavaScript is at most 250 KB gzipped', (label, page) => {
    expect(existsSync(manifestUrl), 'dist/.vite/manifest.json 缺失：请用当前的 vite.config.ts 重新构建').toBe(true);
    const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as Record<string, ManifestChunk>;
    const files = firstLoad(manifest, page).filter((f) => f.endsWith('.js'));
    // The entry index.html loads is the manifest's entry (the test weighs what the browser is told to load).
    const html = readFileSync(new URL('index.html', dist), 'utf8');
    expect(html).toContain(`src="/${manifest['index.html']!.file}"`);
    const sizes = files.map((f) => ({ f, gz: gzipSync(readFileSync(new URL(f, dist))).length }));
    const total = sizes.reduce((sum, s) => sum + s.gz, 0);
    const list = sizes
      .sort((a, b) => b.gz - a.gz)
      .map((s) => `${s.f} ${(s.gz / 1000).toFixed(1)} KB`)
      .join('、');
    expect(total, `${label}首次加载的 JS 共 ${(total / 1000).toFixed(1)} KB（gzip）：${list}`).toBeLessThanOrEqual(
      BUDGET_BYTES,
    );
  });
});
