import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from './report-format.js';
import { readReportJson } from './report-json-import.js';

/** The shape the .json download writes (packages/exchange reportJson). */
const exported = () => ({
  agency: { code: '150785-sfj', name: '根河市司法局' },
  status: 'APPROVED',
  year: 2023,
  format: '2021',
  texts: { overview: '概述', problems: '', other: '无' },
  cells: Object.fromEntries(
    REPORT_FORMATS['2021'].cells.map((c, i) => [c.id, i === 0 ? null : i === 1 ? '/' : i === 2 ? 7 : '0']),
  ),
});

describe('readReportJson', () => {
  it('reads the exported form', () => {
    const r = readReportJson(exported());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report).toMatchObject({
      year: 2023,
      format: '2021',
      texts: { overview: '概述', problems: '', other: '无' },
    });
    const [a, b, c, d] = REPORT_FORMATS['2021'].cells.map((x) => r.report.cells[x.id]);
    expect([a, b, c, d]).toEqual([null, '/', '7', '0']);
    expect(readReportJson({ ...exported(), texts: undefined }).ok).toBe(true);
  });

  it.each([
    ['not an object', () => [1], 'json', /^json：应为对象$/u],
    ['an unknown field', (j: any) => (j.colour = 'red'), 'json', /^json：未知的字段「colour」$/u],
    ['a year of 2³¹', (j: any) => (j.year = 2 ** 31), 'year', /^json\.year：应为年份/u],
    ['a year of 1e300', (j: any) => (j.year = 1e300), 'year', /^json\.year：/u],
    ['a fractional year', (j: any) => (j.year = 2023.5), 'year', /^json\.year：/u],
    ['a negative year', (j: any) => (j.year = -1), 'year', /^json\.year：/u],
    ['a year as text', (j: any) => (j.year = '2023'), 'year', /^json\.year：/u],
    [
      'a format that is an object property',
      (j: any) => (j.format = 'constructor'),
      'format',
      /^json\.format：应为 "2021" 或 "2019"$/u,
    ],
    ['a format that is __proto__', (j: any) => (j.format = '__proto__'), 'format', /^json\.format：/u],
    [
      'a format not of the year',
      (j: any) => (j.year = 2019),
      'format',
      /^json\.format：2019 年的报告应为 2019 年格式，不是 2021 年格式$/u,
    ],
    ['an unknown text section', (j: any) => (j.texts.preface = 'x'), 'texts', /^json\.texts：未知的部分「preface」/u],
    ['a text that is a number', (j: any) => (j.texts.overview = 5), 'overview', /^json\.texts\.overview：应为文字$/u],
    [
      'NUL in a text',
      (j: any) => (j.texts.problems = 'a\u0000'),
      'problems',
      /^json\.texts\.problems：含有不允许的字符（空字符 U\+0000）$/u,
    ],
    [
      'a lone surrogate in a cell',
      (j: any) => (j.cells[REPORT_FORMATS['2021'].cells[5]!.id] = '\uD800'),
      REPORT_FORMATS['2021'].cells[5]!.id,
      /含有不允许的字符（不成对的 UTF-16 代理码元 U\+D800）$/u,
    ],
    ['NUL in a cell id', (j: any) => (j.cells['a\u0000'] = '1'), 'cells', /^json\.cells 的字段名：含有不允许的字符/u],
    ['cells as a list', (j: any) => void (j.cells = ['1']), 'cells', /^json\.cells：应为对象$/u],
    ['an unknown cell', (j: any) => (j.cells['x.y'] = '1'), 'cells', /^json\.cells：未知的单元格「x\.y」$/u],
    [
      'a missing cell',
      (j: any) => delete j.cells[REPORT_FORMATS['2021'].cells[3]!.id],
      'cells',
      /^json\.cells：缺少单元格/u,
    ],
    [
      'a cell that is an object',
      (j: any) => (j.cells[REPORT_FORMATS['2021'].cells[3]!.id] = { v: 1 }),
      REPORT_FORMATS['2021'].cells[3]!.id,
      /应为数字、"\/" 或 null$/u,
    ],
  ])('refuses %s, naming the path', (_n, change, field, message) => {
    const j = exported() as any;
    const changed = change(j);
    const r = readReportJson(Array.isArray(changed) ? changed : j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.field).toBe(field);
    }
  });
});
