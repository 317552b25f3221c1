import { importCatalogueText, type CatalogueJson, type ItemJson } from '@gongkai/domain';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findCatalogueTable, readCatalogueHtml } from './catalogue-html-read.js';
import { decodeText } from './text-decode.js';
import { SEED_TEXT, fixtureText, itemsWithoutLines, ok } from './test-support/reader-fixtures.js';

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * The seed text as the page a department would publish: the title as an <h1>, the two header rows with colspan and
 * rowspan, and every blank cell that the text importer fills from above (item names, and fields within one
 * 一级事项) as a rowspan of the cell above. Blank lines are dropped.
 */
function seedAsHtml(text: string): string {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const title = lines.shift()!;
  const rows = lines.map((l) => l.split('\t'));
  // vertical[r][c]: covered by the cell above; horizontal[r][c]: covered by the cell to the left.
  const vertical = rows.map((r) => r.map(() => false));
  const horizontal = rows.map((r) => r.map(() => false));
  // Header rows 0 and 1: a title over blank sub-titles spans down; a title over several sub-titles spans right.
  for (let c = 0; c < rows[0]!.length; c++) {
    const top = rows[0]![c]!.trim();
    const sub = rows[1]![c]!.trim();
    if (top !== '' && sub === '') vertical[1]![c] = true;
    if (top === '' && sub !== '' && c > 0) horizontal[0]![c] = true;
  }
  for (let r = 2; r < rows.length; r++) {
    const row = rows[r]!;
    const above = rows[r - 1]!;
    const newLevel1 = row[0]!.trim() !== '' || row[1]!.trim() !== '';
    if (r === 2 || above.length !== row.length || /序号/u.test(row[0]!)) continue;
    row.forEach((cell, c) => {
      if (cell.trim() !== '') return;
      const aboveFilled = above[c]!.trim() !== '' || vertical[r - 1]![c]!;
      if (aboveFilled && !newLevel1) vertical[r]![c] = true;
    });
  }
  const trs = rows.map((row, r) => {
    const tds: string[] = [];
    row.forEach((cell, c) => {
      if (vertical[r]![c] || horizontal[r]![c]) return;
      let cs = 1;
      while (horizontal[r]![c + cs]) cs++;
      let rs = 1;
      while (vertical[r + rs]?.[c]) rs++;
      const attrs = `${cs > 1 ? ` colspan="${cs}"` : ''}${rs > 1 ? ` rowspan="${rs}"` : ''}`;
      tds.push(`<td${attrs}>${escape(cell)}</td>`);
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>根河市司法局_根河市人民政府</title></head><body>
<table class="nav"><tr><td>首页</td><td>政务公开</td><td>公开目录</td></tr></table>
<h1>${escape(title)}</h1>
<table class="catalogue">${trs.join('\n')}</table>
<table class="footer"><tr><td>网站地图</td><td>联系我们</td></tr></table>
</body></html>`;
}

describe('readCatalogueHtml', () => {
  it('reads the seed as a web page with rowspans to the same items and rows as the text', () => {
    const fromText = ok(importCatalogueText(SEED_TEXT, { sourceName: 'seed.txt' }));
    const html = seedAsHtml(SEED_TEXT);
    expect(html).toMatch(/rowspan="\d+"/u);
    const fromHtml = ok(readCatalogueHtml(html, { sourceName: 'seed.html' }));
    expect(itemsWithoutLines(fromHtml.items)).toEqual(itemsWithoutLines(fromText.items));
    expect(fromHtml.title).toBe('根河市司法局主动公开目录');
    expect(fromHtml.agencyName).toBe('根河市司法局');
    expect(fromHtml.offices).toEqual(fromText.offices);
    // The spec's numbers.
    expect(fromHtml.items.map((i) => i.name)).toEqual([
      '履职依据',
      '部门会议',
      '政府重点工作',
      '人事信息',
      '新闻发布',
      '财政信息',
      '政府信息公开工作',
      '重点领域',
      '其他相关信息',
    ]);
    const flat = (items: ItemJson[]): ItemJson[] => items.flatMap((i) => [i, ...flat(i.children)]);
    expect(flat(fromHtml.items).filter((i) => i.level === 2)).toHaveLength(24);
    expect(flat(fromHtml.items).reduce((n, i) => n + i.requirements.length, 0)).toBe(28);
    // Merges are explicit here: no 「inherited-cell」 guesses, but the same alias merge and channel findings.
    expect(fromHtml.findings.filter((f) => f.kind === 'inherited-cell')).toHaveLength(0);
    const kinds = (c: CatalogueJson, k: string): number => c.findings.filter((f) => f.kind === k).length;
    for (const k of ['office-alias-merged', 'channels-truncated', 'unknown-channel', 'time-limit-unparsed'])
      expect(kinds(fromHtml, k)).toBe(kinds(fromText, k));
  });

  it('reads the seed as a page without rowspans (blank cells) exactly like the text, findings included', () => {
    const lines = SEED_TEXT.split(/\r?\n/u);
    const html = `<html><body><table>${lines
      .map(
        (l) =>
          `<tr>${
            l === ''
              ? ''
              : l
                  .split('\t')
                  .map((c) => `<td>${escape(c)}</td>`)
                  .join('')
          }</tr>`,
      )
      .join('\n')}</table></body></html>`;
    const fromText = ok(importCatalogueText(SEED_TEXT));
    const fromHtml = ok(readCatalogueHtml(html));
    expect(fromHtml.items).toEqual(fromText.items);
    expect(fromHtml.findings).toEqual(fromText.findings);
    expect(fromHtml.title).toBe(fromText.title);
  });

  it('picks the catalogue table of a page laid out with tables, with nav, metadata and footer tables (layout a)', async () => {
    const html = fixtureText('html-layout-a.html');
    const table = findCatalogueTable(html)!;
    expect(table.grid.rows[0]!.slice(0, 4)).toEqual(['序号', '公开事项', '', '公开内容\n（要素）']);
    expect(table.grid.rows[1]!.slice(0, 3)).toEqual(['', '一级事项', '二级事项']);
    expect(table.grid.rows).toHaveLength(7);
    expect(table.title).toBe('根河市司法局主动公开目录（2025版）');

    const c = ok(readCatalogueHtml(html, { sourceName: 'a.html' }));
    expect(c.title).toBe('根河市司法局主动公开目录（2025版）');
    expect(c.agencyName).toBe('根河市司法局');
    expect(c.items.map((i) => [i.serial, i.name, i.children.map((ch) => ch.name)])).toEqual([
      ['1', '履职依据', ['规范性文件', '机构职能', '领导信息']],
      ['2', '财政信息', ['财政预算决算']],
      ['3', '建议提案', []],
    ]);
    // Rows count from the table's first row (the header), not from the title the reader added.
    expect(c.items[0]!.children.map((i) => i.line)).toEqual([3, 4, 5]);
    const [rule, duties, leaders] = c.items[0]!.children.map((i) => i.requirements[0]!);
    expect(rule!.contentElements).toEqual(['规范性文件文本', '规范性文件解读']);
    expect(rule!.channels).toEqual(['GOVERNMENT_WEBSITE', 'GAZETTE', 'BULLETIN_BOARD', 'PRECISE_PUSH']);
    expect(rule!.offices).toEqual(['行政执法协调监督办公室']);
    expect(rule!.modes).toEqual(['主动']);
    expect(rule!.levels).toEqual(['县级']);
    expect(rule!.legalBasis).toEqual(['《中华人民共和国政府信息公开条例》']);
    // rowspan-covered cells inherit: 公开主体 over three rows, 公开时限 over two.
    expect(duties!.publishingOrgans).toEqual(['根河市司法局']);
    expect(leaders!.publishingOrgans).toEqual(['根河市司法局']);
    expect(leaders!.timeLimit.raw).toBe('信息形成或者变更之日起20个工作日内公开');
    expect(duties!.levels).toEqual(['县级', '乡级']);
    // A genuinely blank cell stays blank; hidden text is not read.
    expect(leaders!.legalBasis).toEqual([]);
    expect(leaders!.remarks).toEqual(['按要求更新']);
    const budget = c.items[1]!.children[0]!.requirements[0]!;
    expect(budget.timeLimit.rule).toMatchObject({ kind: 'afterEvent', amount: 20, unit: 'calendarDay' });
    expect(budget.remarks).toEqual(['必选']);
    const proposals = c.items[2]!.requirements[0]!;
    expect(proposals.timeLimit.rule.kind).toBe('afterApproval');
    expect(proposals.audiences).toEqual(['PUBLIC', 'SPECIFIC']);
    // <br> between two offices separates them.
    expect(proposals.offices).toEqual(['普法与依法治理办公室', '人民参与和促进法治办公室']);
    expect(c.offices.map((o) => o.name).sort()).toEqual(
      ['人民参与和促进法治办公室', '办公室', '普法与依法治理办公室', '行政执法协调监督办公室'].sort(),
    );
    expect(c.findings.filter((f) => f.severity === 'WARNING')).toEqual([]);
    await expect(`${JSON.stringify(c, null, 2)}\n`).toMatchFileSnapshot('./__fixtures__/html-layout-a.golden.json');
  });

  it('reads a GBK page with one header row, sloppy markup and the title from <title> (layout b)', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>根河市民政局政务公开目录 - 根河市人民政府</title></head><body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 公开目录</div>
<table><tr><td>事项名称</td><td>发布日期</td></tr><tr><td>通知公告</td><td>2025-01-02</td></tr></table>
<table border=1>
<tr><th>序号<th>事项名称<th>公开内容<th>公开时限<th>公开主体<th>公开渠道<th>公开对象<th>责任科室
<tr><td rowspan=2>1<td rowspan=2>社会救助<td>最低生活保障标准<td>信息形成之日起10个工作日内<td rowspan=3>根河市民政局<td>政府网站、公示栏<td>全社会<td>社会救助股
<tr><td>特困人员救助供养对象名单<td>每季度公开<td>政府网站<td><td>社会救助股
<tr><td>2<td>养老服务<td>养老机构名录&amp;收费标准<td>即时公开<td>政府网站、12345热线<td>全社会<td>养老服务股
</table>
<p>第 1 页</p></body></html>`;
    const bytes = iconv.encode(page, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = decodeText(bytes);
    expect(text).toContain('根河市民政局');

    const c = ok(readCatalogueHtml(text, { sourceName: 'b.htm' }));
    expect(c.title).toBe('根河市民政局政务公开目录');
    expect(c.agencyName).toBe('根河市民政局');
    expect(c.items.map((i) => [i.serial, i.name, i.requirements.length, i.children.length])).toEqual([
      ['1', '社会救助', 2, 0],
      ['2', '养老服务', 1, 0],
    ]);
    const [dibao, tekun] = c.items[0]!.requirements;
    expect(dibao!.timeLimit.rule).toMatchObject({ kind: 'afterEvent', amount: 10, unit: 'workingDay' });
    expect(dibao!.channels).toEqual(['GOVERNMENT_WEBSITE', 'BULLETIN_BOARD']);
    expect(tekun!.publishingOrgans).toEqual(['根河市民政局']);
    // Explicit merges: the blank 公开对象 below 全社会 is not a merge, so it stays blank and is reported.
    expect(tekun!.audiences).toEqual([]);
    expect(c.findings).toContainEqual(expect.objectContaining({ kind: 'blank-required', line: 3, column: '公开对象' }));
    const elder = c.items[1]!.requirements[0]!;
    expect(elder.contentElements.join('')).toContain('养老机构名录&收费标准');
    expect(elder.extraChannels).toEqual(['12345热线']);
    expect(c.findings).toContainEqual(expect.objectContaining({ kind: 'unknown-channel', line: 4 }));
  });

  it('refuses a page without a catalogue table, naming what it looked for', () => {
    const noTable = readCatalogueHtml('<html><body><p>根河市司法局主动公开目录</p></body></html>');
    expect(noTable).toMatchObject({ ok: false, error: { line: null, message: expect.stringContaining('没有表格') } });
    const linksOnly = readCatalogueHtml(
      '<table><tr><td>首页</td><td>公开指南</td></tr></table><table><tr><td>序号</td><td>标题</td></tr></table>',
    );
    expect(linksOnly).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('没有找到主动公开目录表格') },
    });
  });

  it('ignores header words in scripts, styles and a layout cell, and chooses the innermost catalogue table', () => {
    const inner =
      '<table><tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开时限</td><td>公开主体</td><td>公开渠道</td><td>公开对象</td><td>责任科室</td></tr><tr><td>1</td><td>机构职能</td><td>机构职能简介</td><td>20个工作日内</td><td>根河市司法局</td><td>政府网站</td><td>全社会</td><td>办公室</td></tr></table>';
    const page = `<script>"<table><tr><td>序号</td><td>公开事项</td><td>公开时限</td></tr></table>"</script><table><tr><td>序号 公开事项 公开时限</td><td>${inner}</td></tr><tr><td>x</td><td>y</td></tr><tr><td>x</td><td>y</td></tr></table>`;
    const t = findCatalogueTable(page)!;
    expect(t.grid.rows).toHaveLength(2);
    expect(t.grid.hasNestedTable).toBe(false);
    const c = ok(readCatalogueHtml(page));
    expect(c.items.map((i) => i.name)).toEqual(['机构职能']);
  });

  it('expands colspan and rowspan like a browser, including spans that overlap rows of different length', () => {
    const t = findCatalogueTable(
      '<table><tr><td rowspan="3" colspan="2">序号 公开事项</td><td>公开内容</td><td>公开时限</td></tr><tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr></table>',
    )!;
    expect(t.grid.rows).toEqual([
      ['序号 公开事项', '', '公开内容', '公开时限'],
      ['', '', 'a'],
      ['', '', 'b', 'c', 'd'],
    ]);
    expect(t.grid.coveredFromAbove).toEqual([
      [false, false, false, false],
      [true, true, false],
      [true, true, false, false, false],
    ]);
  });

  it('refuses a table whose spans would expand past the limit', () => {
    const rows = Array.from({ length: 2100 }, () => '<tr><td colspan="1000">x</td></tr>').join('');
    const r = readCatalogueHtml(`<table><tr><td>序号</td><td>公开事项</td><td>公开时限</td></tr>${rows}</table>`);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('过大') } });
  });
});

describe('decodeText', () => {
  const sample = '根河市司法局主动公开目录，序号、公开事项';
  it('reads UTF-8 with and without BOM, UTF-16 with BOM and GB18030', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toBe(sample);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(sample);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode(sample, 'utf-16le')]))).toBe(sample);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...iconv.encode(sample, 'utf-16be')]))).toBe(sample);
    expect(decodeText(iconv.encode(sample, 'gb18030'))).toBe(sample);
    expect(decodeText(iconv.encode(sample, 'gbk'))).toBe(sample);
    // 「根河」 in GBK, hard-coded (in case the encoder package ever changes).
    expect(decodeText(new Uint8Array([0xb8, 0xf9, 0xba, 0xd3]))).toBe('根河');
    // A character outside GBK (U+20000, 4 bytes in GB18030).
    expect(decodeText(iconv.encode('𠀀根河', 'gb18030'))).toBe('𠀀根河');
  });

  it('follows a page’s meta charset even when the bytes happen to be valid UTF-8', () => {
    // The GBK bytes of this page are not valid UTF-8 anyway; the meta charset decides before UTF-8 is tried.
    const page = '<meta charset="gbk"><p>中文</p>';
    const bytes = iconv.encode(page, 'gbk');
    expect(decodeText(bytes)).toBe(page);
    const utf8Page = '<meta charset="utf-8"><p>中文</p>';
    expect(decodeText(new TextEncoder().encode(utf8Page))).toBe(utf8Page);
  });
});
