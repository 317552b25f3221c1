import { describe, expect, it } from 'vitest';
import { importCatalogueRows } from './catalogue-import.js';
import { level1Step, serialNumbersRows, type RowNames } from './catalogue-item-identity.js';

const names = (serial: string, l1: string, l2: string, l3 = ''): RowNames => ({ serial, l1, l2, l3 });

describe('serialNumbersRows', () => {
  it('is true when every named row has its own 序号 and one of them leaves the 一级 cell blank under a named one', () => {
    expect(
      serialNumbersRows([
        names('1', '机构信息', '机构职能'),
        names('2', '', '领导信息'),
        names('3', '教育服务', '招生入学'),
      ]),
    ).toBe(true);
  });
  it('is true when consecutive rows repeat the 一级 name with their own 序号', () => {
    expect(serialNumbersRows([names('1', '机构信息', '机构职能'), names('2', '机构信息', '领导信息')])).toBe(true);
  });
  it('is false when 序号 numbers the 一级事项 (rows below it have none)', () => {
    expect(serialNumbersRows([names('1', '社会救助', '低保'), names('', '', '特困'), names('2', '', '养老机构')])).toBe(
      false,
    );
  });
  it('is false when every row names a new 一级事项', () => {
    expect(serialNumbersRows([names('1', '甲', 'a'), names('2', '乙', 'b')])).toBe(false);
  });
});

describe('level1Step', () => {
  const current = { name: '机构信息' };
  it('a named 一级 cell: the same item when it repeats the current name, else a new one', () => {
    expect(level1Step(names('2', '机构信息', '领导信息'), current, false)).toBe('same');
    expect(level1Step(names('2', '教育服务', '招生入学'), current, false)).toBe('new');
  });
  it('a 序号 under a blank 一级 cell: the same item when 序号 numbers rows, else a new (unnamed) one', () => {
    expect(level1Step(names('2', '', '领导信息'), current, true)).toBe('same');
    expect(level1Step(names('2', '', '领导信息'), current, false)).toBe('new');
    expect(level1Step(names('', '', '领导信息'), current, true)).toBe('none');
  });
});

const HEAD = [
  '序号',
  '信息类别',
  '事项名称',
  '公开内容',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '责任科室',
];
const data = (serial: string, l1: string, l2: string): string[] => [
  serial,
  l1,
  l2,
  `${l2}的内容`,
  '信息形成之日起20个工作日内',
  '某县教育局',
  '政府网站',
  '全社会',
  '办公室',
];
const outline = (
  rows: string[][],
  merged?: (r: number, c: number) => boolean,
): Array<[string | null, string, string[]]> => {
  const r = importCatalogueRows(rows, merged ? { merged } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.catalogue.items.map((i) => [i.serial, i.name, i.children.map((x) => x.name)]);
};

describe('importCatalogueRows: which 一级事项 a row belongs to', () => {
  it('序号 on every row, 信息类别 blank below its first row: the rows are 二级事项 of the 一级事项 above', () => {
    const rows = [
      HEAD,
      data('1', '机构信息', '机构职能'),
      data('2', '', '领导信息'),
      data('3', '教育服务', '招生入学'),
      data('4', '', '学校名录'),
    ];
    expect(outline(rows)).toEqual([
      ['1', '机构信息', ['机构职能', '领导信息']],
      ['3', '教育服务', ['招生入学', '学校名录']],
    ]);
    const r = importCatalogueRows(rows);
    expect(r.ok && r.catalogue.findings.filter((f) => f.kind === 'blank-required')).toEqual([]);
  });

  it('the same with the 信息类别 merged down (a spreadsheet)', () => {
    const rows = [HEAD, data('1', '机构信息', '机构职能'), data('2', '', '领导信息'), data('3', '', '信息公开年报')];
    expect(outline(rows, (r, c) => c === 1 && r >= 2)).toEqual([
      ['1', '机构信息', ['机构职能', '领导信息', '信息公开年报']],
    ]);
  });

  it('序号 per 一级事项: a 序号 with a blank name is still an unnamed 一级事项, reported', () => {
    const rows = [HEAD, data('1', '社会救助', '低保'), data('', '', '特困'), data('2', '', '临时救助')];
    const r = importCatalogueRows(rows);
    expect(r.ok && r.catalogue.items.map((i) => i.name)).toEqual(['社会救助', '']);
    expect(r.ok && r.catalogue.findings.some((f) => f.message.includes('有序号「2」但一级事项名称为空'))).toBe(true);
  });

  it('consecutive rows repeating 序号 and 一级 name (no merge), or the name with a new 序号, are one 一级事项', () => {
    expect(
      outline([
        HEAD,
        data('3', '社会组织管理', '社会组织登记'),
        data('3', '社会组织管理', '年检结果'),
        data('4', '婚姻登记', '婚姻登记服务'),
      ]),
    ).toEqual([
      ['3', '社会组织管理', ['社会组织登记', '年检结果']],
      ['4', '婚姻登记', ['婚姻登记服务']],
    ]);
    expect(outline([HEAD, data('1', '机构信息', '机构职能'), data('2', '机构信息', '领导信息')])).toEqual([
      ['1', '机构信息', ['机构职能', '领导信息']],
    ]);
  });
});

describe('importCatalogueRows: empty cells beyond the header', () => {
  it('a record with empty trailing fields (「…,办公室,」) is no column mismatch', () => {
    const r = importCatalogueRows([
      HEAD,
      [...data('1', '机构信息', '机构职能'), ''],
      [...data('2', '机构信息', '领导信息'), '', ' '],
    ]);
    expect(r.ok && r.catalogue.findings.filter((f) => f.kind === 'column-mismatch')).toEqual([]);
  });
  it('a filled cell beyond the header still is', () => {
    const r = importCatalogueRows([HEAD, [...data('1', '机构信息', '机构职能'), '', '多出的字']]);
    expect(r.ok && r.catalogue.findings.filter((f) => f.kind === 'column-mismatch').length).toBe(1);
  });
});
