import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCatalogueTextOrThrow } from './catalogue-import.js';
import { importCatalogueJson } from './catalogue-json-import.js';

const seed = importCatalogueTextOrThrow(
  readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8'),
);

describe('importCatalogueJson', () => {
  it('reads back exactly what was exported', () => {
    const r = importCatalogueJson(JSON.stringify(seed));
    expect(r).toEqual({ ok: true, catalogue: seed });
  });

  it.each([
    ['not JSON', '{', /不是有效的 JSON/u],
    [
      'an unknown channel',
      (j: any) => (j.items[0].children[1].requirements[0].channels[0] = 'FAX'),
      /items\[0\]\.children\[1\]\.requirements\[0\]\.channels\[0\]：未知的渠道「FAX」/u,
    ],
    ['an unknown field', (j: any) => (j.items[2].colour = 'red'), /items\[2\]：未知的字段「colour」/u],
    [
      'a missing field',
      (j: any) => delete j.items[1].requirements[0].timeLimit,
      /items\[1\]\.requirements\[0\]\.timeLimit：应为对象/u,
    ],
    ['a wrong level', (j: any) => (j.items[0].children[0].level = 1), /items\[0\]\.children\[0\]\.level：应为 2/u],
    ['an empty item name', (j: any) => (j.items[3].name = ' '), /items\[3\]\.name：事项名称不能为空/u],
    // Numbers PostgreSQL's int cannot hold, and numbers that are not line numbers.
    [
      'a line number of 2³¹',
      (j: any) => (j.items[0].line = 2 ** 31),
      /^items\[0\]\.line：应为 1 至 2147483647 的整数或 null$/u,
    ],
    [
      'a row line number of 2⁵³',
      (j: any) => (j.items[0].children[0].requirements[0].line = 2 ** 53),
      /items\[0\]\.children\[0\]\.requirements\[0\]\.line：应为 1 至 2147483647/u,
    ],
    ['a line number of 1e300', (j: any) => (j.items[1].line = 1e300), /items\[1\]\.line：/u],
    ['a fractional line number', (j: any) => (j.items[1].line = 1.5), /items\[1\]\.line：/u],
    ['a line number 0', (j: any) => (j.items[1].line = 0), /items\[1\]\.line：/u],
    ['a line number as text', (j: any) => (j.items[1].line = '12'), /items\[1\]\.line：/u],
    ['a finding line of 2³¹', (j: any) => (j.findings[0].line = 2 ** 31), /findings\[0\]\.line：应为 1 至 2147483647/u],
    // Findings: kind and severity from the known sets.
    ['a finding without kind', (j: any) => delete j.findings[1].kind, /^findings\[1\]\.kind：缺少问题类型$/u],
    [
      'a finding without severity',
      (j: any) => delete j.findings[2].severity,
      /^findings\[2\]\.severity：缺少严重程度$/u,
    ],
    [
      'an unknown severity',
      (j: any) => (j.findings[3].severity = 'x'),
      /^findings\[3\]\.severity：未知的严重程度「x」/u,
    ],
    [
      'an unknown finding kind',
      (j: any) => (j.findings[0].kind = 'virus'),
      /^findings\[0\]\.kind：未知的问题类型「virus」$/u,
    ],
    ['a finding without message', (j: any) => delete j.findings[0].message, /^findings\[0\]\.message：应为文字$/u],
    ['a finding that is not an object', (j: any) => (j.findings[0] = 7), /^findings\[0\]：应为对象$/u],
    ['findings that are not a list', (j: any) => (j.findings = { a: 1 }), /^findings：应为列表$/u],
    ['an unknown finding field', (j: any) => (j.findings[0].id = 'x'), /^findings\[0\]：未知的字段「id」$/u],
    [
      'merged-office details with bad lines',
      (j: any) => (j.findings.find((f: any) => f.kind === 'office-alias-merged').data.lines = ['x']),
      /findings\[\d+\]\.data\.lines\[0\]：应为 1 至/u,
    ],
    [
      'merged-office details without an alias',
      (j: any) => delete j.findings.find((f: any) => f.kind === 'office-alias-merged').data.alias,
      /findings\[\d+\]\.data\.alias：应为文字/u,
    ],
    // Text that cannot be stored (valid JSON escapes).
    [
      'NUL in an item name',
      (j: any) => (j.items[0].name = 'a\u0000b'),
      /^items\[0\]\.name：含有不允许的字符（空字符 U\+0000）$/u,
    ],
    [
      'a lone surrogate in a list field',
      (j: any) => (j.items[0].children[0].requirements[0].remarks = ['ok', '\uD800']),
      /^items\[0\]\.children\[0\]\.requirements\[0\]\.remarks\[1\]：含有不允许的字符（不成对的 UTF-16 代理码元 U\+D800）$/u,
    ],
    ['NUL in the title', (j: any) => (j.title = '\u0000'), /^title：含有不允许的字符/u],
    [
      'NUL in an office alias',
      (j: any) => (j.offices[0].aliases = ['\u0000']),
      /^offices\[0\]\.aliases\[0\]：含有不允许的字符/u,
    ],
    [
      'NUL in a finding message',
      (j: any) => (j.findings[1].message = 'x\u0000'),
      /^findings\[1\]\.message：含有不允许的字符/u,
    ],
    [
      'NUL in other finding details',
      (j: any) => (j.findings[0] = { ...j.findings[0], kind: 'unknown-cell', data: { note: ['\u0000'] } }),
      /^findings\[0\]\.data\.note\[0\] 含有不允许的字符/u,
    ],
    ['an empty office name', (j: any) => (j.offices[0].name = ''), /^offices\[0\]\.name：科室名称不能为空$/u],
    [
      'a 100,000-character office name',
      (j: any) => (j.items[0].children[0].requirements[0].offices = ['科'.repeat(100_000)]),
      /requirements\[0\]\.offices\[0\]：科室名称过长/u,
    ],
  ])('rejects %s, naming the path', (_n, change, message) => {
    const text =
      typeof change === 'string'
        ? change
        : (() => {
            const j = structuredClone(seed) as any;
            change(j);
            return JSON.stringify(j);
          })();
    const r = importCatalogueJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });
});
