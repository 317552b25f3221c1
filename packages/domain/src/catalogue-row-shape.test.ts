import { describe, expect, it } from 'vitest';
import { importCatalogueRows } from './catalogue-import.js';
import { joinBrokenRows, missingAtLeft } from './catalogue-row-shape.js';

const HEAD = [
  '序号',
  '一级目录',
  '二级目录',
  '公开要素',
  '时限要求',
  '责任主体',
  '公开方式和载体',
  '公开范围',
  '承办科室',
  '备注',
];
const full = (serial: string, l1: string, l2: string): string[] => [
  serial,
  l1,
  l2,
  `${l2}的要素`,
  '即时公开',
  '梅江区民政局',
  '门户网站',
  '全社会',
  '社会救助股',
  '',
];

describe('joinBrokenRows', () => {
  it('joins a row split by a bare line break inside a cell, and empties the joined part', () => {
    const rows = [['1', '社会救助', '最低生活保障', '申请条件、'], ['保障标准', '即时公开', '局'], ['x']];
    expect(joinBrokenRows(rows, 0, new Set([6]), () => false)).toEqual([{ row: 0, parts: [1] }]);
    expect(rows).toEqual([['1', '社会救助', '最低生活保障', '申请条件、\n保障标准', '即时公开', '局'], [], ['x']]);
  });
  it('leaves rows that do not add up to a layout’s width, and continuation rows starting with empty cells', () => {
    const rows = [
      ['1', '社会救助', '最低生活保障'],
      ['保障标准', '即时公开', '局'],
    ];
    expect(joinBrokenRows(rows, 0, new Set([6]), () => false)).toEqual([]);
    const cont = [
      ['1', '社会救助', '最低生活保障', '申请条件'],
      ['', '即时公开', '局'],
    ];
    expect(joinBrokenRows(cont, 0, new Set([6]), () => false)).toEqual([]);
  });
});

describe('missingAtLeft', () => {
  const roles = ['serial', 'l1', 'l2', 'content', 'timeLimit'] as const;
  it('counts the merged 序号/一级 cells a row under a rowspan lacks', () => {
    expect(missingAtLeft([...roles], ['特困人员救助供养', '条件', '即时公开'])).toBe(2);
  });
  it('is 0 for a row that starts with a 序号, or whose left-out columns hold more than names', () => {
    expect(missingAtLeft([...roles], ['2', '养老服务', '养老机构'])).toBe(0);
    expect(missingAtLeft([...roles], ['条件', '即时公开'])).toBe(0);
  });
});

describe('importCatalogueRows: a web table copied in a browser', () => {
  it('reads rows under a rowspan right-aligned (reported) and joins a row split inside a cell', () => {
    const broken = full('1', '社会救助', '最低生活保障');
    const rows = [
      HEAD,
      [...broken.slice(0, 3), '申请条件、'],
      ['保障标准', ...broken.slice(4)],
      full('', '', '特困人员救助供养').slice(2),
      full('2', '养老服务', '养老机构'),
    ];
    const r = importCatalogueRows(rows);
    if (!r.ok) throw new Error(r.error.message);
    const c = r.catalogue;
    expect(c.items.map((i) => [i.name, i.children.map((x) => x.name)])).toEqual([
      ['社会救助', ['最低生活保障', '特困人员救助供养']],
      ['养老服务', ['养老机构']],
    ]);
    expect(c.items[0]!.children[0]!.requirements[0]!.contentElements.join('')).toBe('申请条件、保障标准');
    expect(c.items[0]!.children[1]!.requirements[0]!.offices).toEqual(['社会救助股']);
    expect(c.findings.map((f) => [f.kind, f.line])).toEqual([
      ['continuation-row', 2],
      ['column-mismatch', 4],
    ]);
  });
  it('a spreadsheet (merges known) keeps its rows as they are', () => {
    const rows = [HEAD, full('1', '社会救助', '最低生活保障'), full('', '', '特困人员救助供养').slice(2)];
    const r = importCatalogueRows(rows, { merged: () => false });
    expect(r.ok && r.catalogue.findings.some((f) => f.kind === 'column-mismatch' && f.message.includes('右对齐'))).toBe(
      false,
    );
  });
});
