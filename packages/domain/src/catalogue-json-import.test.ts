import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import { importCatalogueJson } from './catalogue-json-import.js';

const seed = importCatalogueTextOrThrow(readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8'));

describe('importCatalogueJson', () => {
  it('reads back exactly what was exported', () => {
    const r = importCatalogueJson(JSON.stringify(seed));
    expect(r).toEqual({ ok: true, catalogue: seed });
  });

  it.each([
    ['not JSON', '{', /不是有效的 JSON/u],
    ['an unknown channel', (j: any) => (j.items[0].children[1].requirements[0].channels[0] = 'FAX'), /items\[0\]\.children\[1\]\.requirements\[0\]\.channels\[0\]：未知的渠道「FAX」/u],
    ['an unknown field', (j: any) => (j.items[2].colour = 'red'), /items\[2\]：未知的字段「colour」/u],
    ['a missing field', (j: any) => delete j.items[1].requirements[0].timeLimit, /items\[1\]\.requirements\[0\]\.timeLimit：应为对象/u],
    ['a wrong level', (j: any) => (j.items[0].children[0].level = 1), /items\[0\]\.children\[0\]\.level：应为 2/u],
    ['an empty item name', (j: any) => (j.items[3].name = ' '), /items\[3\]\.name：事项名称不能为空/u],
  ])('rejects %s, naming the path', (_n, change, message) => {
    const text = typeof change === 'string' ? change : (() => {
      const j = structuredClone(seed) as any;
      change(j);
      return JSON.stringify(j);
    })();
    const r = importCatalogueJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });
});
