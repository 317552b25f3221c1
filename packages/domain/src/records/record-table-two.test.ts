import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../report-format.js';
import { emptyRecordInput, type RecordInput } from './record-model.js';
import {
  fillTableTwo,
  tableTwoDifferences,
  tableTwoFromRecords,
  validateMonthlyDecisions,
} from './record-table-two.js';

const doc = (p: Partial<RecordInput>): RecordInput => ({ ...emptyRecordInput(), status: 'PUBLISHED', ...p });

describe('table 二 from records', () => {
  const records = [
    // 行政规范性文件
    doc({ title: 'A', documentKind: 'NORMATIVE', formedDate: '2024-03-01', validity: 'IN_FORCE' }),
    doc({ title: 'B', documentKind: 'NORMATIVE', formedDate: '2026-02-10' }),
    // made and abolished in 2026: counts in 制发 and 废止, not in 现行有效
    doc({
      title: 'C',
      documentKind: 'NORMATIVE',
      formedDate: '2026-04-01',
      abolishedDate: '2026-11-20',
      validity: 'ABOLISHED',
    }),
    doc({
      title: 'D',
      documentKind: 'NORMATIVE',
      formedDate: '2023-05-05',
      abolishedDate: '2026-06-30',
      validity: 'LAPSED',
    }),
    // abolished after the year: still in force at 2026-12-31
    doc({
      title: 'E',
      documentKind: 'NORMATIVE',
      formedDate: '2025-01-01',
      abolishedDate: '2027-01-10',
      validity: 'ABOLISHED',
    }),
    // a draft does not count
    doc({ title: 'F', documentKind: 'NORMATIVE', formedDate: '2026-05-01', status: 'DRAFT' }),
    // made on the last day, published next year: made in 2026
    doc({ title: 'G', documentKind: 'NORMATIVE', formedDate: '2026-12-31', publishedDate: '2027-01-05' }),
    // no formed date: made on its publication date
    doc({ title: 'H', documentKind: 'NORMATIVE', publishedDate: '2027-02-01' }),
    // 规章
    doc({ title: 'R', documentKind: 'REGULATION', formedDate: '2026-01-20' }),
    // not a document kind table 二 counts
    doc({ title: 'X', formedDate: '2026-01-20' }),
  ];
  const months = [
    { month: 1, licensing: 3, punishment: null, enforcement: 0, fees: '1.25' },
    { month: 2, licensing: null, punishment: null, enforcement: null, fees: '0.3333' },
    { month: 3, licensing: 7, punishment: null, enforcement: null, fees: '2' },
  ];
  const cells = tableTwoFromRecords(2026, records, months);
  const value = (id: string) => cells.find((c) => c.id === id)?.value;

  it('counts 制发 / 废止 / 现行有效 by hand', () => {
    // 制发 in 2026: B, C, G = 3. 废止 in 2026: C, D = 2. In force at 2026-12-31: A, B, E, G = 4.
    expect(value('p.normative.issued')).toBe('3');
    expect(value('p.normative.repealed')).toBe('2');
    expect(value('p.normative.inForce')).toBe('4');
    expect([value('p.regulations.issued'), value('p.regulations.repealed'), value('p.regulations.inForce')]).toEqual([
      '1',
      '0',
      '1',
    ]);
  });

  it('sums the months entered; a kind with no month entered stays unfilled', () => {
    expect(value('p.licensing.decisions')).toBe('10');
    expect(value('p.punishment.decisions')).toBeNull();
    expect(value('p.enforcement.decisions')).toBe('0');
    // 1.25 + 0.3333 + 2 = 3.5833 exactly
    expect(value('p.fees.amount')).toBe('3.5833');
  });

  it('uses the report format’s cells and labels, in order', () => {
    const def = REPORT_FORMATS['2021'];
    expect(cells.map((c) => c.id)).toEqual(def.proactive.flatMap((t) => t.rows.flatMap((r) => r.cells)));
    for (const c of cells) expect(c.column).toBe(def.byId.get(c.id)!.column);
    expect(cells.find((c) => c.id === 'p.fees.amount')!.row).toBe(def.proactive[3]!.rows[0]!.label);
  });

  it('shows typed values that differ and fills computed ones, keeping 「/」', () => {
    const typed = { 'p.normative.issued': '2', 'p.regulations.issued': '/', 'p.fees.amount': '3.58330' };
    const diff = tableTwoDifferences(cells, typed);
    expect(diff.map((d) => [d.id, d.typed, d.computed])).toEqual([['p.normative.issued', '2', '3']]);
    const filled = fillTableTwo(cells, typed);
    expect(filled.cells['p.regulations.issued']).toBe('/');
    expect(filled.cells['p.normative.issued']).toBe('3');
    expect(filled.cells['p.punishment.decisions']).toBeUndefined();
    expect(filled.changed).toContain('p.normative.issued');
  });

  it('checks a month’s entry', () => {
    expect(
      validateMonthlyDecisions({ month: 13, licensing: -1, punishment: null, enforcement: null, fees: '1.23456' }),
    ).toEqual([
      '月份「13」应为 1–12',
      '13月「行政许可」应为非负整数',
      '13月「行政事业性收费」金额「1.23456」应为非负数，最多 4 位小数',
    ]);
  });
});
