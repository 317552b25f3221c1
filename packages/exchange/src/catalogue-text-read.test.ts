import { importCatalogueText } from '@gongkai/domain';
import { describe, expect, it } from 'vitest';
import { pipeTextRows, readCatalogueTextAny, spaceSeparatedRows } from './catalogue-text-read.js';
import { SEED_TEXT, fixtureText, itemsWithoutLines, ok } from './test-support/reader-fixtures.js';

/**
 * The seed as a page's table copied as pipe text: `| a | b |` rows, a markdown separator after the first header row,
 * and the first content cell with 「 2. 」 broken over two lines.
 */
function seedAsPipes(): string {
  let broken = false;
  const out: string[] = [];
  for (const line of SEED_TEXT.split(/\r?\n/u)) {
    const cells = line.split('\t');
    if (cells.length < 2) {
      out.push(line);
      continue;
    }
    const row = cells.map((c, i) => {
      if (!broken && i === 4 && c.includes(' 2. ')) {
        broken = true;
        return c.replace(' 2. ', '\n2. ');
      }
      return c;
    });
    out.push(`| ${row.join(' | ')} |`);
    if (/序号/u.test(cells[0]!)) out.push(`|${cells.map(() => '---').join('|')}|`);
  }
  return out.join('\n');
}

describe('readCatalogueTextAny', () => {
  const fromText = ok(importCatalogueText(SEED_TEXT, { sourceName: 'seed' }));

  it('reads tab-separated text exactly as importCatalogueText does', () => {
    expect(readCatalogueTextAny(SEED_TEXT, { sourceName: 'seed' })).toEqual(
      importCatalogueText(SEED_TEXT, { sourceName: 'seed' }),
    );
    const notCatalogue = '姓名\t电话\n张三\t123';
    expect(readCatalogueTextAny(notCatalogue)).toEqual(importCatalogueText(notCatalogue));
  });

  it('reads the seed as pipe text to the same items and rows, with lines of the pipe text in findings', () => {
    const text = seedAsPipes();
    expect(text).toMatch(/\n2\. /u);
    const c = ok(readCatalogueTextAny(text, { sourceName: 'seed' }));
    expect(itemsWithoutLines(c.items)).toEqual(itemsWithoutLines(fromText.items));
    expect(c.offices).toEqual(fromText.offices);
    expect(c.title).toBe('根河市司法局主动公开目录');
    expect(c.findings.map((f) => f.kind)).toEqual(fromText.findings.map((f) => f.kind));
    // The separator line after the header shifts the seed's lines by one; findings name the pipe text's lines.
    const lines = text.split('\n');
    const alias = c.findings.find((f) => f.kind === 'office-alias-merged')!;
    expect(lines[alias.line! - 1]!.replace(/\s/gu, '')).toContain('人民参与和促进法制办公室');
    expect(alias.message).toMatch(new RegExp(`^第${alias.line}`, 'u'));
    const first = c.items[0]!.children[0]!;
    expect(lines[first.line! - 1]).toContain('规范性文件');
  });

  it('reads a markdown table with one header row, <br>, an escaped bar, merged cells left empty and a row broken over lines (layout b)', () => {
    const text = fixtureText('pipe-layout-b.md');
    const rows = pipeTextRows(text)!;
    expect(rows[0]).toEqual(['根河市民政局主动公开目录']);
    expect(rows[1]).toEqual([
      '序号',
      '事项名称',
      '公开内容',
      '公开时限',
      '公开主体',
      '公开渠道',
      '公开对象',
      '责任科室',
    ]);
    expect(rows[2]![2]).toBe('最低生活保障标准\n及申请条件');
    expect(rows[4]![2]).toBe('养老机构名录|收费标准');
    expect(rows[5]![2]).toBe('婚姻登记办理流程、\n所需材料及收费依据');
    expect(rows.slice(1, 6).every((r) => r.length === 8)).toBe(true);
    expect(rows[6]).toEqual(['第 1 页']);

    const c = ok(readCatalogueTextAny(text, { sourceName: 'b.md' }));
    expect(c.title).toBe('根河市民政局主动公开目录');
    expect(c.agencyName).toBe('根河市民政局');
    expect(c.items.map((i) => [i.serial, i.name, i.requirements.length])).toEqual([
      ['1', '社会救助', 2],
      ['2', '养老服务', 1],
      ['3', '婚姻登记', 1],
    ]);
    const tekun = c.items[0]!.requirements[1]!;
    expect(tekun.publishingOrgans).toEqual(['根河市民政局']);
    expect(tekun.audiences).toEqual(['SPECIFIC']);
    expect(c.items[2]!.requirements[0]!.channels).toEqual(['GOVERNMENT_WEBSITE', 'SERVICE_CENTER']);
    // Lines are the file's: the row of 特困人员 is line 6, the page number line 11.
    expect(c.findings).toContainEqual(expect.objectContaining({ kind: 'inherited-cell', line: 6 }));
    expect(c.findings).toContainEqual(
      expect.objectContaining({ kind: 'unknown-cell', line: 11, message: expect.stringContaining('第11行') }),
    );
  });

  it('reads columns set apart by runs of spaces when the column count is consistent', () => {
    const text = [
      '根河市民政局主动公开目录',
      '序号  事项名称  公开内容  公开时限  公开主体  公开渠道  公开对象  责任科室',
      '1  社会救助  最低生活保障标准  信息形成之日起10个工作日内  根河市民政局  政府网站  全社会  社会救助股',
      '2  养老服务  养老机构名录  即时公开  根河市民政局  政府网站  全社会  养老服务股',
    ].join('\n');
    expect(spaceSeparatedRows(text)![2]).toHaveLength(8);
    const c = ok(readCatalogueTextAny(text));
    expect(c.items.map((i) => i.name)).toEqual(['社会救助', '养老服务']);
    expect(c.items[1]!.requirements[0]!.offices).toEqual(['养老服务股']);
    expect(spaceSeparatedRows('一段  普通的  文字\n没有列\n也没有  表格')).toBeNull();
  });

  it('says when text is not pipe-separated, and refuses text that is no catalogue', () => {
    expect(pipeTextRows(SEED_TEXT)).toBeNull();
    expect(pipeTextRows('a | b\nno bars here')).toBeNull();
    const r = readCatalogueTextAny('这是一段说明文字。\n没有表格。');
    expect(r).toEqual(importCatalogueText('这是一段说明文字。\n没有表格。'));
    expect(readCatalogueTextAny('| 姓名 | 电话 |\n|---|---|\n| 张三 | 123 |')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('没有找到目录表头') },
    });
  });
});
