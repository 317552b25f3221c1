import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelClipboardRows } from './catalogue-tab-quotes.js';
import { readCatalogueTextAny } from './catalogue-text-read.js';
import { ok } from './test-support/reader-fixtures.js';

const HEAD = [
  '序号',
  '公开事项',
  '公开内容（要素）',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '责任科室',
].join('\t');

describe('excelClipboardRows', () => {
  it('reads a quoted cell with line breaks whole, undoubles its quotes, and numbers rows by the line they start on', () => {
    const text = `a\tb\r\n1\t"第一行\n他说""好""\n第三行"\tx\r\n2\ty\tz\r\n`;
    expect(excelClipboardRows(text)).toEqual({
      rows: [['a', 'b'], ['1', '第一行\n他说"好"\n第三行', 'x'], ['2', 'y', 'z'], ['']],
      lines: [1, 2, 5, 6],
    });
  });
  it('is null when no quoted cell holds a line break (the plain tab reading stands)', () => {
    expect(excelClipboardRows('a\t"b"\tc\n1\t2\t3\n')).toBeNull();
    expect(excelClipboardRows('a\t"未闭合的引号\n下一行\tc\n')).toBeNull();
    expect(excelClipboardRows('a\t"引号后还有字"字\n1\t2\n')).toBeNull();
  });
  it('finds nothing to change in the demo catalogues (they read exactly as before)', () => {
    const dir = new URL('../../../demo-data/catalogues/', import.meta.url);
    const names = readdirSync(dir);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names)
      expect([name, excelClipboardRows(readFileSync(new URL(name, dir), 'utf8'))]).toEqual([name, null]);
  });
});

describe('readCatalogueTextAny: text copied from Excel', () => {
  it('a cell with line breaks stays one cell of its row; the next row keeps its line', () => {
    const text = [
      '某县民政局主动公开目录',
      HEAD,
      '1\t高龄津贴\t"1. 补贴对象\n2. 补贴标准\n3. 申请程序"\t信息形成之日起20个工作日内\t某县民政局\t政府网站\t全社会\t养老服务股',
      '2\t养老机构\t机构名录\t即时公开\t某县民政局\t政府网站\t全社会\t养老服务股',
      '',
    ].join('\r\n');
    const c = ok(readCatalogueTextAny(text));
    expect(c.items.map((i) => [i.name, i.line, i.requirements[0]!.contentElements])).toEqual([
      ['高龄津贴', 3, ['补贴对象', '补贴标准', '申请程序']],
      ['养老机构', 6, ['机构名录']],
    ]);
    expect(c.findings.filter((f) => f.kind === 'blank-required' || f.kind === 'unknown-cell')).toEqual([]);
  });
});
