import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, REPORT_FORMATS, REVIEW_GROUPS, formatForYear } from './report-format.js';
import {
  canonical,
  checkReport,
  compareReports,
  computedTotals,
  emptyReport,
  hasErrors,
  parseCellInput,
  reportDeadline,
  sumReports,
  toUnits,
  type ReportData,
} from './report-rules.js';
import { textSimilarity } from './text-normalize.js';

/** A complete, consistent 2021-format report. */
function validReport(year: number, seed = 1): ReportData {
  const r = emptyReport(year, '2021');
  const def = REPORT_FORMATS['2021'];
  const parts = def.applicationRows.filter((x) => x.group && x.key !== 'totalHandled').map((x) => x.key);
  APPLICANT_COLUMNS.filter((c) => c.key !== 'total').forEach((c, ci) => {
    const v = (k: string): number => ((k.length + ci + seed) % 4) + (k === 'granted' ? 5 : 0);
    r.cells[`a.newReceived.${c.key}`] = String(30 + ci + seed);
    r.cells[`a.carriedOver.${c.key}`] = String(ci % 2);
    let handled = 0;
    for (const k of parts) {
      const n = k === 'granted' ? 0 : v(k) % 2;
      r.cells[`a.${k}.${c.key}`] = String(n);
      handled += n;
    }
    // Put the rest into 予以公开, keeping one carried forward.
    const granted = 30 + ci + seed + (ci % 2) - handled - 1;
    r.cells[`a.granted.${c.key}`] = String(granted);
    r.cells[`a.totalHandled.${c.key}`] = String(handled + granted);
    r.cells[`a.carriedForward.${c.key}`] = '1';
  });
  for (const row of def.applicationRows) {
    let t = 0n;
    for (const c of APPLICANT_COLUMNS.filter((x) => x.key !== 'total')) t += toUnits(r.cells[`a.${row.key}.${c.key}`]!);
    r.cells[`a.${row.key}.total`] = canonical(t);
  }
  for (const g of REVIEW_GROUPS) {
    r.cells[`r.${g.key}.upheld`] = '2';
    r.cells[`r.${g.key}.corrected`] = '1';
    r.cells[`r.${g.key}.other`] = '0';
    r.cells[`r.${g.key}.pending`] = '1';
    r.cells[`r.${g.key}.total`] = '4';
  }
  Object.assign(r.cells, {
    'p.regulations.issued': '/',
    'p.regulations.repealed': '/',
    'p.regulations.inForce': '/',
    'p.normative.issued': '3',
    'p.normative.repealed': '1',
    'p.normative.inForce': '12',
    'p.licensing.decisions': '120',
    'p.punishment.decisions': '35',
    'p.enforcement.decisions': '0',
    'p.fees.amount': '1.2345',
  });
  r.texts = {
    overview: `${year}年，本机关认真贯彻落实政府信息公开条例，主动公开各类信息。`,
    problems: `${year}年存在的问题：公开内容更新不够及时。改进：建立月度检查制度。`,
    other: '本年度未收取信息处理费。',
  };
  return r;
}

const rules = (r: ReportData, ctx = {}) => checkReport(r, ctx).map((x) => x.rule);

describe('formats', () => {
  it('has the 2021 tables: 8 + 175 + 15 cells, labels verbatim', () => {
    const d = REPORT_FORMATS['2021'];
    // 第二十条第（一）项 2 rows × 3, （五）1, （六）2, （八）1: 10 cells in the official table (the spec's "8" undercounts).
    expect(d.cells.filter((c) => c.section === 'proactive')).toHaveLength(10);
    expect(d.cells.filter((c) => c.section === 'applications')).toHaveLength(175);
    expect(d.cells.filter((c) => c.section === 'reviewLitigation')).toHaveLength(15);
    expect(d.applicationRows.map((r) => r.label)).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(d.applicationRows.find((r) => r.key === 'denied.safetyStability')!.label).toBe('3.危及“三安全一稳定”');
    expect(d.byId.get('p.fees.amount')).toMatchObject({ kind: 'amount', column: '本年收费金额（单位：万元）' });
  });
  it('uses the trial format for 2019–2020, with （六）其他处理 as one row', () => {
    expect(formatForYear(2020)).toBe('2019');
    expect(formatForYear(2021)).toBe('2021');
    expect(REPORT_FORMATS['2019'].applicationRows).toHaveLength(23);
    expect(REPORT_FORMATS['2019'].byId.get('t.licensing.change')!.kind).toBe('signedCount');
  });
});

describe('cell input', () => {
  it.each([
    ['count', '12', { ok: true, value: '12' }],
    ['count', ' 1,200 ', { ok: true, value: '1200' }],
    ['count', '０', { ok: true, value: '0' }],
    ['count', '', { ok: true, value: null }],
    ['count', '／', { ok: true, value: '/' }],
    ['count', '-3', { ok: false, message: '不能为负数' }],
    ['count', '2.5', { ok: false, message: '应为整数，不能有小数' }],
    ['count', '十二', { ok: false, message: '应为非负整数' }],
    ['amount', '3.14159', { ok: false, message: '最多 4 位小数' }],
    ['amount', '0.10', { ok: true, value: '0.1' }],
    ['amount', '12.34560', { ok: true, value: '12.3456' }],
    ['amount', '12.000000', { ok: true, value: '12' }],
    ['amount', '12.345601', { ok: false, message: '最多 4 位小数' }],
    ['signedCount', '-2', { ok: true, value: '-2' }],
    ['count', '123456789012345', { ok: false, message: '数字过大（最多 14 位整数）' }],
  ] as const)('%s 「%s」', (kind, text, expected) => {
    expect(parseCellInput(kind, text)).toEqual(expected);
  });
  it('adds decimals exactly', () => expect(canonical(toUnits('0.1') + toUnits('0.2'))).toBe('0.3'));
});

describe('rules R1–R11', () => {
  const good = validReport(2024);
  it('a consistent report passes every rule', () => {
    expect(checkReport(good)).toEqual([]);
    const last = validReport(2023);
    last.cells['p.normative.inForce'] = '10'; // 10 + 3 − 1 = 12
    last.texts = {
      overview: '上一年度的总体情况另有表述，内容完全不同。',
      problems: '去年的问题是平台建设滞后，已完成迁移。',
      other: '收取信息处理费零元。',
    };
    // 2023's carried forward is 1 in every column, 2024's carried over alternates 0/1: R6 warnings only.
    expect(new Set(checkReport(good, { lastYear: last }).map((r) => r.rule))).toEqual(new Set(['R6']));
  });

  it('R1: 一 + 二 must equal （七） + 四, per column', () => {
    const r = structuredClone(good);
    r.cells['a.carriedForward.natural'] = '5';
    r.cells['a.carriedForward.total'] = canonical(toUnits(r.cells['a.carriedForward.total']!) + 4n * 10000n);
    const found = checkReport(r).filter((x) => x.rule === 'R1');
    expect(found).toHaveLength(2);
    expect(found[0]!.message).toMatch(
      /^R1 「自然人」列：一、本年新收 \+ 二、上年结转 = \d+，（七）总计 \+ 四、结转下年度 = \d+，两者应相等$/u,
    );
    expect(found[0]!.severity).toBe('error');
  });

  it('R2: a stated （七）总计 that differs from the computed one is an error', () => {
    const r = structuredClone(good);
    r.cells['a.denied.stateSecret.research'] = String(Number(r.cells['a.denied.stateSecret.research']) + 1);
    r.cells['a.denied.stateSecret.total'] = String(Number(r.cells['a.denied.stateSecret.total']) + 1);
    // Both the 科研机构 column and the 总计 column now disagree with their stated （七）总计.
    expect(rules(r)).toEqual(['R2', 'R2']);
    expect(checkReport(r).map((x) => x.cells[0])).toEqual(['a.totalHandled.research', 'a.totalHandled.total']);
    expect(computedTotals(r)['a.totalHandled.research']).toBe(
      String(Number(good.cells['a.totalHandled.research']) + 1),
    );
  });

  it('R3: the 总计 column is the sum of the applicant columns', () => {
    const r = structuredClone(good);
    r.cells['a.newReceived.total'] = '999';
    expect(rules(r)).toContain('R3');
    expect(checkReport(r).find((x) => x.rule === 'R3')!.message).toContain('「一、本年新收政府信息公开申请数量」行');
  });

  it('R4: each 总计 of table 四', () => {
    const r = structuredClone(good);
    r.cells['r.afterReview.total'] = '5';
    const found = checkReport(r).filter((x) => x.rule === 'R4');
    expect(found.map((x) => x.message)).toEqual([
      'R4 「行政诉讼·复议后起诉」：总计填的是 5，结果维持、结果纠正、其他结果、尚未审结之和是 4',
    ]);
  });

  it('R5: counts are non-negative integers, the fee a decimal, nothing left unfilled', () => {
    const r = structuredClone(good);
    r.cells['p.licensing.decisions'] = '-1';
    r.cells['p.fees.amount'] = 'abc';
    r.cells['r.review.pending'] = null;
    const found = checkReport(r).filter((x) => x.rule === 'R5');
    expect(found.map((x) => x.cells[0])).toEqual(['p.licensing.decisions', 'p.fees.amount', 'r.review.pending']);
    expect(found[2]!.message).toBe('R5 「行政复议」「尚未审结」未填写（不适用的请填「/」）');
    expect(hasErrors(checkReport(r))).toBe(true);
  });

  it('R6: 上年结转 matches last year’s 结转下年度 (warning)', () => {
    const last = validReport(2023);
    const r = structuredClone(good);
    for (const c of APPLICANT_COLUMNS) r.cells[`a.carriedOver.${c.key}`] = last.cells[`a.carriedForward.${c.key}`]!;
    // keep R1 true by moving the difference into 予以公开
    const fixed = checkReport(r, { lastYear: last }).filter((x) => x.rule === 'R6');
    expect(fixed).toEqual([]);
    const off = checkReport(good, { lastYear: last }).filter((x) => x.rule === 'R6');
    expect(off.length).toBeGreaterThan(0);
    expect(off[0]!.severity).toBe('warning');
  });

  it('R7: 现行有效件数 follows last year + issued − repealed (warning)', () => {
    const last = validReport(2023);
    last.cells['p.normative.inForce'] = '10';
    expect(checkReport(good, { lastYear: last }).filter((x) => x.rule === 'R7')).toEqual([]);
    last.cells['p.normative.inForce'] = '8';
    expect(checkReport(good, { lastYear: last }).find((x) => x.rule === 'R7')!.message).toBe(
      'R7 行政规范性文件：现行有效件数 12，按上年 8 + 本年制发 3 − 本年废止 1 应为 10',
    );
  });

  it('R8: a total more than 5× or under 0.2× last year’s (both ≥ 10) is flagged', () => {
    const last = validReport(2023);
    last.cells['p.licensing.decisions'] = '20';
    expect(
      checkReport(good, { lastYear: last })
        .filter((x) => x.rule === 'R8')
        .map((x) => x.cells[0]),
    ).toEqual(['p.licensing.decisions']);
    last.cells['p.licensing.decisions'] = '100';
    expect(checkReport(good, { lastYear: last }).filter((x) => x.rule === 'R8')).toEqual([]);
  });

  it('R9: 五 and 六 not empty, 五 not a copy of last year’s', () => {
    const r = structuredClone(good);
    r.texts.other = ' ';
    expect(
      checkReport(r)
        .filter((x) => x.rule === 'R9')
        .map((x) => x.cells),
    ).toEqual([['other']]);
    const last = validReport(2023);
    last.texts.problems = good.texts.problems;
    expect(checkReport(good, { lastYear: last }).some((x) => x.rule === 'R9' && x.cells[0] === 'problems')).toBe(true);
  });

  it('R10: text ≥ 90 % identical to a peer’s report', () => {
    const peer = structuredClone(good);
    peer.texts.overview += '另有少量补充。';
    const long = structuredClone(good);
    long.texts.overview = long.texts.overview.repeat(3);
    peer.texts.overview = long.texts.overview + '另有补充。';
    const found = checkReport(long, { peers: [{ name: '根河市民政局', report: peer }] }).filter(
      (x) => x.rule === 'R10',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^R10 报告文字与根河市民政局的相似度为 9\d%/u);
    expect(textSimilarity('今年完成了十项工作', '明年计划开展五项改革')).toBeLessThan(0.3);
  });

  it('R11: department reports by 31 January (or earlier), government reports by 31 March', () => {
    expect(reportDeadline('department', 2024, '2025-01-20', '2025-03-01')).toEqual({
      deadline: '2025-01-31',
      daysLate: 0,
      late: false,
    });
    expect(reportDeadline('department', 2024, '2025-02-03', '2025-03-01')).toEqual({
      deadline: '2025-01-31',
      daysLate: 3,
      late: true,
    });
    expect(reportDeadline('department', 2024, null, '2025-02-10', '2025-01-26')).toEqual({
      deadline: '2025-01-26',
      daysLate: 15,
      late: true,
    });
    expect(reportDeadline('government', 2024, null, '2025-03-01')).toEqual({
      deadline: '2025-03-31',
      daysLate: 0,
      late: false,
    });
  });
});

describe('sums and comparison', () => {
  it('sums cell by cell, exactly; R1 holds for the sum of reports that satisfy it', () => {
    const a = validReport(2024, 1);
    const b = validReport(2024, 2);
    const s = sumReports('2021', 2024, [a, b]);
    expect(s.cells['p.fees.amount']).toBe('2.469');
    // 「/」 in both reports stays 「/」 (not applicable is not 0).
    expect(s.cells['p.regulations.issued']).toBe('/');
    expect(checkReport(s).filter((x) => ['R1', 'R2', 'R3', 'R4'].includes(x.rule))).toEqual([]);
  });
  it('「/」 in every report stays 「/」; 「/」 in some and a number in others sums the numbers', () => {
    const a = validReport(2024, 1);
    const b = validReport(2024, 2);
    const c = validReport(2024, 3);
    a.cells['p.licensing.decisions'] = '/';
    b.cells['p.licensing.decisions'] = '7';
    c.cells['p.licensing.decisions'] = '/';
    b.cells['p.fees.amount'] = '/';
    const s = sumReports('2021', 2024, [a, b, c]);
    expect(s.cells['p.licensing.decisions']).toBe('7');
    expect(s.cells['p.regulations.inForce']).toBe('/');
    expect(s.cells['p.fees.amount']).toBe(canonical(toUnits(a.cells['p.fees.amount']!) + toUnits('1.2345')));
    expect(sumReports('2021', 2024, [a, c]).cells['p.licensing.decisions']).toBe('/');
    // A cell nobody filled in is not summed into a 0.
    a.cells['p.punishment.decisions'] = null;
    expect(sumReports('2021', 2024, [a]).cells['p.punishment.decisions']).toBeNull();
  });
  it('a total whose parts are all 「/」 is 「/」, in a report and in a sum; R1–R4 hold on such sums', () => {
    const reports = [validReport(2024, 1), validReport(2024, 2)];
    for (const r of reports) {
      // Table 四's 复议后起诉 not applicable: the four parts 「/」, the total stated as 0 in one, 「/」 in the other.
      for (const k of ['upheld', 'corrected', 'other', 'pending']) r.cells[`r.afterReview.${k}`] = '/';
    }
    reports[0]!.cells['r.afterReview.total'] = '0';
    reports[1]!.cells['r.afterReview.total'] = '/';
    expect(computedTotals(reports[0]!)['r.afterReview.total']).toBe('/');
    expect(checkReport(reports[0]!).filter((x) => x.rule === 'R4')).toEqual([]);
    const s = sumReports('2021', 2024, reports);
    expect(s.cells['r.afterReview.upheld']).toBe('/');
    expect(s.cells['r.afterReview.total']).toBe('/');
    expect(checkReport(s).filter((x) => ['R1', 'R2', 'R3', 'R4'].includes(x.rule))).toEqual([]);
    // A stated total 「/」 over parts with numbers fails R4 and says 「/」, not 0.
    const bad = validReport(2024, 1);
    bad.cells['r.review.total'] = '/';
    const r4 = checkReport(bad).find((x) => x.rule === 'R4');
    expect(r4?.message).toContain('总计填的是 「/」');
    expect(r4?.message).toContain('之和是 4');
  });
  it('mixed 「/」 and numbers in table 三 keep R1–R3 on the sum', () => {
    const a = validReport(2024, 1);
    const b = validReport(2024, 2);
    // 法律服务机构 column 「/」 throughout in a (its totals count it as 0), numbers in b.
    const total = (r: ReportData, row: string): bigint =>
      APPLICANT_COLUMNS.filter((c) => c.key !== 'total').reduce((t, c) => {
        const v = r.cells[`a.${row}.${c.key}`]!;
        return v === '/' ? t : t + toUnits(v);
      }, 0n);
    for (const row of REPORT_FORMATS['2021'].applicationRows) a.cells[`a.${row.key}.legalService`] = '/';
    for (const row of REPORT_FORMATS['2021'].applicationRows)
      a.cells[`a.${row.key}.total`] = canonical(total(a, row.key));
    expect(checkReport(a).filter((x) => ['R1', 'R2', 'R3'].includes(x.rule))).toEqual([]);
    const s = sumReports('2021', 2024, [a, b]);
    expect(s.cells['a.newReceived.legalService']).toBe(b.cells['a.newReceived.legalService']);
    expect(checkReport(s).filter((x) => ['R1', 'R2', 'R3', 'R4'].includes(x.rule))).toEqual([]);
    expect(sumReports('2021', 2024, [a]).cells['a.newReceived.legalService']).toBe('/');
  });
  it('compares two years cell by cell', () => {
    const last = validReport(2023);
    last.cells['p.licensing.decisions'] = '100';
    const c = compareReports(good(), last).find((x) => x.id === 'p.licensing.decisions');
    expect(c).toEqual({ id: 'p.licensing.decisions', current: '120', previous: '100', change: '20' });
    function good() {
      return validReport(2024);
    }
  });
});
