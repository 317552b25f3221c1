import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, REPORT_FORMATS } from '../report-format.js';
import { checkReport, emptyReport, type ReportData } from '../report-rules.js';
import type { ApplicantKind, ApplicationCaseCore } from './application-model.js';
import { APPLICATION_OUTCOMES } from './application-model.js';
import {
  applicationTableFromCases,
  differencesFromRegister,
  reviewTableFromRecords,
  type ReviewRecord,
} from './application-tables.js';

function c(
  id: string,
  kind: ApplicantKind | null,
  receivedOn: string | null,
  closed?: { on: string; outcome: string },
): ApplicationCaseCore {
  return {
    id,
    receivedOn,
    applicantKind: kind,
    steps: closed ? [{ kind: 'replied', on: closed.on }] : [],
    outcome: closed?.outcome ?? null,
  };
}

/** A report of `year` with table 三 from the register and every other cell 0, for the rules. */
function reportWith(cells: Record<string, string | null>, year = 2025): ReportData {
  const r = emptyReport(year, '2021');
  for (const id of Object.keys(r.cells)) r.cells[id] = '0';
  Object.assign(r.cells, cells);
  r.texts = { overview: '概述', problems: '问题', other: '其他' };
  return r;
}
const tableRules = (r: ReportData) => checkReport(r).filter((x) => ['R1', 'R2', 'R3'].includes(x.rule));

describe('outcomes and applicant kinds come from the report format', () => {
  it('has exactly table 三’s 21 outcome rows and six applicant columns', () => {
    expect(APPLICATION_OUTCOMES.map((o) => o.key)).toEqual(
      REPORT_FORMATS['2021'].applicationRows
        .map((r) => r.key)
        .filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k)),
    );
    expect(APPLICATION_OUTCOMES).toHaveLength(21);
    expect(APPLICATION_OUTCOMES[2]).toEqual({
      key: 'denied.stateSecret',
      label: '1.属于国家秘密',
      subgroup: '（三）不予公开',
    });
  });
});

describe('a case received 30 December and answered 6 January', () => {
  const cases = [c('dec30', 'natural', '2025-12-30', { on: '2026-01-06', outcome: 'granted' })];
  it('counts as 一 and 四 in the first year', () => {
    const t = applicationTableFromCases(cases, 2025);
    expect(t.cells['a.newReceived.natural']).toBe('1');
    expect(t.cells['a.carriedForward.natural']).toBe('1');
    expect(t.cells['a.carriedForward.total']).toBe('1');
    expect(t.cells['a.granted.natural']).toBe('0');
    expect(t.caseIds['a.carriedForward.natural']).toEqual(['dec30']);
  });
  it('counts as 二 and （一） in the next', () => {
    const t = applicationTableFromCases(cases, 2026);
    expect(t.cells['a.carriedOver.natural']).toBe('1');
    expect(t.cells['a.newReceived.natural']).toBe('0');
    expect(t.cells['a.granted.natural']).toBe('1');
    expect(t.cells['a.totalHandled.total']).toBe('1');
    expect(t.cells['a.carriedForward.natural']).toBe('0');
    expect(tableRules(reportWith(t.cells as Record<string, string>, 2026))).toEqual([]);
  });
});

describe('table 三 from 30 varied cases', () => {
  const cases: ApplicationCaseCore[] = [
    c('c01', 'natural', '2024-12-20', { on: '2025-01-10', outcome: 'granted' }),
    c('c02', 'commercial', '2024-12-25', { on: '2025-01-15', outcome: 'partial' }),
    c('c03', 'natural', '2024-11-01', { on: '2024-11-20', outcome: 'granted' }), // closed before 2025: not counted
    c('c04', 'legalService', '2024-12-30'), // open through 2025
    c('c05', 'natural', '2025-03-01', { on: '2025-03-10', outcome: 'granted' }),
    c('c06', 'natural', '2025-03-02', { on: '2025-03-20', outcome: 'granted' }),
    c('c07', 'natural', '2025-04-01', { on: '2025-04-20', outcome: 'partial' }),
    c('c08', 'natural', '2025-04-02', { on: '2025-04-25', outcome: 'denied.stateSecret' }),
    c('c09', 'natural', '2025-05-06', { on: '2025-05-30', outcome: 'denied.thirdParty' }),
    c('c10', 'natural', '2025-05-07', { on: '2025-05-21', outcome: 'unable.notHeld' }),
    c('c11', 'natural', '2025-06-03', { on: '2025-06-20', outcome: 'unable.notHeld' }),
    c('c12', 'natural', '2025-06-04', { on: '2025-06-10', outcome: 'notProcessed.complaint' }),
    c('c13', 'natural', '2025-07-01', { on: '2025-08-01', outcome: 'other.noCorrection' }),
    c('c14', 'natural', '2025-12-20'), // open at year end
    c('c15', 'commercial', '2025-02-10', { on: '2025-03-01', outcome: 'granted' }),
    c('c16', 'commercial', '2025-02-11', { on: '2025-03-05', outcome: 'unable.needsCreation' }),
    c('c17', 'commercial', '2025-08-11', { on: '2025-09-05', outcome: 'denied.processInfo' }),
    c('c18', 'research', '2025-09-01', { on: '2025-09-20', outcome: 'granted' }),
    c('c19', 'research', '2025-12-29', { on: '2026-01-08', outcome: 'granted' }), // closed next year
    c('c20', 'publicInterest', '2025-10-09', { on: '2025-10-30', outcome: 'partial' }),
    c('c21', 'publicInterest', '2025-10-10', { on: '2025-10-15', outcome: 'notProcessed.repeat' }),
    c('c22', 'legalService', '2025-11-03', { on: '2025-11-20', outcome: 'granted' }),
    c('c23', 'legalService', '2025-11-04', { on: '2025-11-28', outcome: 'denied.enforcementFile' }),
    c('c24', 'otherOrg', '2025-01-06', { on: '2025-01-27', outcome: 'other.other' }),
    c('c25', 'otherOrg', '2025-01-07', { on: '2025-02-10', outcome: 'unable.unclear' }),
    c('c26', 'otherOrg', '2025-01-08', { on: '2025-01-20', outcome: 'granted' }),
    c('c27', 'natural', '2026-01-05'), // next year: not counted
    c('c28', null, null), // a draft without date: listed as not counted
    c('c29', null, '2025-06-01'), // no applicant kind: listed as not counted
    c('c30', 'natural', '2025-09-09', { on: '2025-09-30', outcome: 'notProcessed.massRepeat' }),
  ];
  // Computed by hand from the list above; columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
  const HAND: Record<string, number[]> = {
    newReceived: [11, 3, 2, 2, 2, 3, 23],
    carriedOver: [1, 1, 0, 0, 1, 0, 3],
    granted: [3, 1, 1, 0, 1, 1, 7],
    partial: [1, 1, 0, 1, 0, 0, 3],
    'denied.stateSecret': [1, 0, 0, 0, 0, 0, 1],
    'denied.thirdParty': [1, 0, 0, 0, 0, 0, 1],
    'denied.processInfo': [0, 1, 0, 0, 0, 0, 1],
    'denied.enforcementFile': [0, 0, 0, 0, 1, 0, 1],
    'unable.notHeld': [2, 0, 0, 0, 0, 0, 2],
    'unable.needsCreation': [0, 1, 0, 0, 0, 0, 1],
    'unable.unclear': [0, 0, 0, 0, 0, 1, 1],
    'notProcessed.complaint': [1, 0, 0, 0, 0, 0, 1],
    'notProcessed.repeat': [0, 0, 0, 1, 0, 0, 1],
    'notProcessed.massRepeat': [1, 0, 0, 0, 0, 0, 1],
    'other.noCorrection': [1, 0, 0, 0, 0, 0, 1],
    'other.other': [0, 0, 0, 0, 0, 1, 1],
    totalHandled: [11, 4, 1, 2, 2, 3, 23],
    carriedForward: [1, 0, 1, 0, 1, 0, 3],
  };
  const t = applicationTableFromCases(cases, 2025);

  it('equals the table computed by hand, in the report’s cell shape', () => {
    const expected: Record<string, string> = {};
    for (const row of REPORT_FORMATS['2021'].applicationRows)
      APPLICANT_COLUMNS.forEach((col, i) => {
        expected[`a.${row.key}.${col.key}`] = String(HAND[row.key]?.[i] ?? 0);
      });
    expect(t.cells).toEqual(expected);
    expect(t.format).toBe('2021');
    expect(t.notCounted).toEqual([
      { id: 'c28', reason: '未填写收到申请日期' },
      { id: 'c29', reason: '未填写申请人类型' },
    ]);
  });

  it('names the cases each cell counts', () => {
    expect(t.caseIds['a.unable.notHeld.natural']).toEqual(['c10', 'c11']);
    expect(t.caseIds['a.carriedForward.total']).toEqual(['c04', 'c14', 'c19']);
    expect(t.caseIds['a.carriedOver.total']).toEqual(['c01', 'c02', 'c04']);
    for (const [id, list] of Object.entries(t.caseIds)) expect(String(list.length)).toBe(t.cells[id]);
  });

  it('passes the report rules R1–R3, which catch a changed cell', () => {
    expect(tableRules(reportWith(t.cells as Record<string, string>))).toEqual([]);
    const broken = reportWith({ ...(t.cells as Record<string, string>), 'a.granted.natural': '4' });
    expect(
      tableRules(broken)
        .map((r) => r.rule)
        .sort(),
    ).toEqual(['R2', 'R3']);
    const broken1 = reportWith({
      ...(t.cells as Record<string, string>),
      'a.newReceived.natural': '12',
      'a.newReceived.total': '24',
    });
    expect(
      tableRules(broken1)
        .map((r) => r.rule)
        .sort(),
    ).toEqual(['R1', 'R1']);
  });

  it('holds R1–R3 for every year of the register', () => {
    for (const year of [2024, 2026])
      expect(
        tableRules(reportWith(applicationTableFromCases(cases, year).cells as Record<string, string>, year)),
      ).toEqual([]);
  });

  it('uses the trial format’s single （六） row for 2020', () => {
    const old = applicationTableFromCases(
      [c('x', 'natural', '2020-03-01', { on: '2020-03-20', outcome: 'other.noFee' })],
      2020,
    );
    expect(old.format).toBe('2019');
    expect(old.cells['a.other.natural']).toBe('1');
    expect(old.cells['a.other.noFee.natural']).toBeUndefined();
  });

  it('shows where a typed report differs from the register', () => {
    const typed = { ...(t.cells as Record<string, string>), 'a.granted.natural': '4', 'a.partial.total': null };
    expect(differencesFromRegister(typed, t)).toEqual([
      { cellId: 'a.granted.natural', reportValue: '4', registerValue: '3' },
      { cellId: 'a.partial.total', reportValue: null, registerValue: '3' },
    ]);
  });
});

describe('table 四 from review and lawsuit records', () => {
  const r = (
    id: string,
    kind: ReviewRecord['kind'],
    filedOn: string,
    result: ReviewRecord['result'],
    decidedOn: string | null,
    role: ReviewRecord['role'] = 'originalOrgan',
  ): ReviewRecord => ({
    id,
    caseId: null,
    kind,
    role,
    filedOn,
    result,
    decidedOn,
  });
  const records = [
    r('r1', 'review', '2025-03-01', 'upheld', '2025-05-01'),
    r('r2', 'review', '2025-04-01', 'corrected', '2025-06-01'),
    r('r3', 'review', '2025-11-01', 'upheld', '2026-01-20'), // decided next year: 尚未审结 in 2025
    r('r4', 'direct', '2025-02-01', 'other', '2025-09-01'),
    r('r5', 'afterReview', '2025-07-01', null, null),
    r('r6', 'afterReview', '2025-08-01', 'upheld', '2025-12-01', 'reviewBodyCoDefendant'), // 201号: not counted here
    r('r7', 'review', '2024-12-01', 'upheld', '2025-01-10'), // filed the year before
  ];
  it('counts by kind and result as of 31 December, applying 国办公开办函〔2016〕201号', () => {
    const t = reviewTableFromRecords(records, 2025);
    expect(t.cells).toMatchObject({
      'r.review.upheld': '1',
      'r.review.corrected': '1',
      'r.review.pending': '1',
      'r.review.total': '3',
      'r.direct.other': '1',
      'r.direct.total': '1',
      'r.afterReview.pending': '1',
      'r.afterReview.upheld': '0',
      'r.afterReview.total': '1',
    });
    expect(t.caseIds['r.review.total']).toEqual(['r1', 'r2', 'r3']);
    expect(t.notCounted.map((x) => x.id)).toEqual(['r6']);
    const rep = reportWith(t.cells as Record<string, string>);
    expect(checkReport(rep).filter((x) => x.rule === 'R4')).toEqual([]);
  });
});
