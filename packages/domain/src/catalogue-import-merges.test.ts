import { describe, expect, it } from 'vitest';
import { importCatalogueRows } from './catalogue-import.js';

const HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开时限', '公开主体', '公开渠道', '公开对象', '责任科室'];

describe('cells a source marks as merged', () => {
  it('carry over 一级事项 boundaries when the source says so (公开主体 merged down the whole table)', () => {
    const rows = [
      HEADER,
      ['1', '机构信息', '机构职能', '职能', '即时公开', '根河市司法局', '政府网站', '全社会', '办公室'],
      ['2', '政策文件', '规范性文件', '文件', '20个工作日内', '', '政府网站', '全社会', '办公室'],
      ['3', '工作动态', '新闻', '动态', '即时公开', '', '政府网站', '全社会', ''],
    ];
    // 公开主体 (column 5) merged from row 1 down to row 3; 责任科室 of row 3 genuinely blank.
    const merged = (row: number, column: number): boolean => column === 5 && (row === 2 || row === 3);
    const r = importCatalogueRows(rows, { merged });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const reqs = r.catalogue.items.map((it) => it.children[0]!.requirements[0]!);
    expect(reqs.map((q) => q.publishingOrgans)).toEqual([['根河市司法局'], ['根河市司法局'], ['根河市司法局']]);
    // A blank that is not merged stays blank and is reported.
    expect(reqs[2]!.offices).toEqual([]);
    expect(r.catalogue.findings.some((f) => f.kind === 'blank-required' && f.line === 4)).toBe(true);
    expect(r.catalogue.findings.some((f) => f.kind === 'blank-required' && f.line === 3)).toBe(false);
  });

  it('without merge knowledge, a blank still inherits only within its 一级事项', () => {
    const rows = [
      HEADER,
      ['1', '机构信息', '机构职能', '职能', '即时公开', '根河市司法局', '政府网站', '全社会', '办公室'],
      ['2', '政策文件', '规范性文件', '文件', '20个工作日内', '', '政府网站', '全社会', '办公室'],
    ];
    const r = importCatalogueRows(rows);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.catalogue.items[1]!.children[0]!.requirements[0]!.publishingOrgans).toEqual([]);
  });
});
