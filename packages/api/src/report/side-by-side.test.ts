import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, AnnualReport, User, hashPassword, saveReportDraft } from '@gongkai/db';
import { readRegisterXlsx } from '@gongkai/exchange';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { downloadReportSum, downloadSideBySide } from './side-by-side-files.js';

// Issue 17: all departments side by side (a table's cells per department, with the sum row), the multi-year
// trend of the sum, and the sum as documents.
let h: ApiHarness;
let reviewer: string;

const SIDE = `query($g: String!, $y: Int!, $t: String, $a: String, $s: [String!]) {
  reportSideBySide(governmentCode: $g, year: $y, table: $t, applicant: $a, statuses: $s) {
    format table applicant statuses columns { id path }
    rows { agencyCode agencyName reportId status included values }
    sum { values includedCount missingCount } } }`;

async function side(variables: Record<string, unknown>, token = reviewer) {
  const r = await h.run(SIDE, variables, { token });
  if (r.errors) throw new Error(`${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return (r.data as any).reportSideBySide;
}

beforeAll(async () => {
  h = await createApiHarness();
  // A county government under 根河市 with three departments: two reports of 2024 (one approved, one a draft), a
  // published one of 2023, and a department without any report.
  const em = h.db.orm.em.fork();
  const city = await em.findOneOrFail(Agency, { code: '150785' });
  const county = em.create(Agency, { code: 'sbs-gov', name: '对照县人民政府', kind: 'GOVERNMENT', parent: city });
  const [d1, d2] = [1, 2, 3].map((i) =>
    em.create(Agency, { code: `sbs-${i}`, name: `对照县第${i}局`, kind: 'DEPARTMENT', parent: county, position: i }),
  );
  // Another government (not under 根河市) with its own reviewer.
  const other = em.create(Agency, { code: 'sbs-other', name: '别处市人民政府', kind: 'GOVERNMENT' });
  const otherOffice = em.create(Agency, {
    code: 'sbs-other-gkb',
    name: '别处市政务公开办',
    kind: 'DEPARTMENT',
    parent: other,
  });
  em.create(User, {
    login: 'sbs-other-reviewer',
    displayName: '别处市审核员',
    agency: otherOffice,
    roles: ['CITY_REVIEWER'],
    passwordHash: await hashPassword('other-password-1'),
  });
  await em.flush();
  const save = async (d: Agency, year: number, cells: Record<string, string>, status: AnnualReport['status']) => {
    const { report } = await saveReportDraft(em, d, year, { cells });
    report.status = status;
    await em.flush();
  };
  await save(
    d1!,
    2024,
    {
      'r.review.upheld': '2',
      'r.review.total': '2',
      'r.direct.upheld': '/',
      'r.direct.total': '/',
      'r.afterReview.total': '1',
      'a.newReceived.total': '10',
      'a.granted.total': '4',
      'p.normative.issued': '3',
    },
    'APPROVED',
  );
  await save(
    d2!,
    2024,
    {
      'r.review.upheld': '5',
      'r.review.total': '5',
      'r.direct.upheld': '/',
      'r.direct.total': '/',
      'a.newReceived.total': '7',
      'p.normative.issued': '/',
    },
    'DRAFT',
  );
  await save(d1!, 2023, { 'a.newReceived.total': '6', 'r.direct.total': '2', 'p.normative.issued': '1' }, 'PUBLISHED');
  await save(d2!, 2023, { 'a.newReceived.total': '3', 'p.normative.issued': '/' }, 'APPROVED');
  reviewer = await h.tokenFor('demo-reviewer');
});
afterAll(async () => h?.close());

async function sheetRows(body: Buffer): Promise<string[][]> {
  const read = await readRegisterXlsx(body);
  if (!read.ok) throw new Error(read.message);
  return read.rows;
}

describe('all departments side by side', () => {
  it('lists every department with its values and status; the sum row counts the approved and published ones', async () => {
    const t = await side({ g: 'sbs-gov', y: 2024, t: 'reviewLitigation' });
    const col = (id: string) => t.columns.findIndex((c: any) => c.id === id);
    expect(t.columns).toHaveLength(15);
    expect(t.columns[col('r.direct.upheld')].path).toEqual(['行政诉讼', '未经复议直接起诉', '结果维持']);
    expect(t.rows.map((r: any) => [r.agencyCode, r.status, r.included, r.values[col('r.review.upheld')]])).toEqual([
      ['sbs-1', 'APPROVED', true, '2'],
      ['sbs-2', 'DRAFT', false, '5'],
      ['sbs-3', null, false, null],
    ]);
    expect(t.rows[2].reportId).toBeNull();
    // By hand: only 第1局 (已审核通过) is counted by default.
    expect(t.sum.values[col('r.review.upheld')]).toBe('2');
    expect(t.sum.values[col('r.direct.upheld')]).toBe('/');
    expect(t.sum).toMatchObject({ includedCount: 1, missingCount: 2 });
    // With drafts counted: 2 + 5; 「/」 in both stays 「/」; 1 + nothing = 1.
    const all = await side({ g: 'sbs-gov', y: 2024, t: 'reviewLitigation', s: ['APPROVED', 'DRAFT'] });
    expect(all.sum.values[col('r.review.upheld')]).toBe('7');
    expect(all.sum.values[col('r.review.total')]).toBe('7');
    expect(all.sum.values[col('r.direct.total')]).toBe('/');
    expect(all.sum.values[col('r.afterReview.total')]).toBe('1');
    expect(all.sum.includedCount).toBe(2);
  });

  it('has the same sum row as the dashboard’s sum, for every table of the demo government', async () => {
    const statuses = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];
    const agg = await h.run(
      'query($s: [String!]) { reportAggregate(governmentCode: "150785", year: 2024, statuses: $s) { includedCount cells { id value } } }',
      { s: statuses },
      { token: reviewer },
    );
    const sum = Object.fromEntries((agg.data as any).reportAggregate.cells.map((c: any) => [c.id, c.value]));
    for (const [table, applicant] of [
      ['proactive', null],
      ['applications', 'all'],
      ['reviewLitigation', null],
    ]) {
      const t = await side({ g: '150785', y: 2024, t: table, a: applicant, s: statuses });
      expect(t.sum.includedCount).toBe((agg.data as any).reportAggregate.includedCount);
      t.columns.forEach((c: any, i: number) => expect(t.sum.values[i], c.id).toBe(sum[c.id]));
    }
  });

  it('table 三 shows one 申请人 column (总计 by default) or all of them', async () => {
    const one = await side({ g: 'sbs-gov', y: 2024, t: 'applications' });
    expect(one.applicant).toBe('total');
    expect(one.columns[0]).toEqual({
      id: 'a.newReceived.total',
      path: ['一、本年新收政府信息公开申请数量', null, null],
    });
    expect(one.rows[0].values[0]).toBe('10');
    const all = await side({ g: 'sbs-gov', y: 2024, t: 'applications', a: 'all' });
    expect(all.columns).toHaveLength(one.columns.length * 7);
  });

  it('reads every department’s values in one statement, however many departments', async () => {
    h.db.queries.length = 0;
    await side({ g: 'sbs-gov', y: 2024, t: 'applications', a: 'all' });
    const few = h.db.queries.filter((q) => q.includes('annual_report'));
    h.db.queries.length = 0;
    await side({ g: '150785', y: 2024, t: 'applications', a: 'all' });
    const many = h.db.queries.filter((q) => q.includes('annual_report'));
    expect(few).toHaveLength(1);
    expect(many).toHaveLength(1);
  });

  it('refuses an unknown table or 申请人 column, naming the argument', async () => {
    for (const [vars, field] of [
      [{ t: 'table9' }, 'table'],
      [{ t: 'applications', a: 'aliens' }, 'applicant'],
      [{ s: ['NOPE'] }, 'statuses'],
    ] as const) {
      const r = await h.run(SIDE, { g: 'sbs-gov', y: 2024, ...vars }, { token: reviewer });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('is refused to another government’s reviewer and to a department editor', async () => {
    for (const login of ['sbs-other-reviewer', 'sfj-editor']) {
      const r = await h.run(SIDE, { g: 'sbs-gov', y: 2024 }, { token: await h.tokenFor(login) });
      expect(r.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
      expect(r.data ?? null).toBeNull();
      const file = downloadSideBySide(h.db.appOrm, h.db.systemOrm, await h.tokenFor(login), 'sbs-gov', 2024, {});
      await expect(file).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    const own = await h.run(SIDE, { g: 'sbs-other', y: 2024 }, { token: await h.tokenFor('sbs-other-reviewer') });
    expect(own.errors).toBeUndefined();
  });

  it('exports the same table to Excel: merged grouped headers, the sum row, numbers as numbers', async () => {
    const file = await downloadSideBySide(h.db.appOrm, h.db.systemOrm, reviewer, 'sbs-gov', 2024, {
      table: 'reviewLitigation',
      statuses: ['APPROVED', 'DRAFT'],
    });
    expect(file.fileName).toBe('对照县人民政府2024年度各部门政府信息公开工作年度报告对照表（表四）.xlsx');
    const rows = await sheetRows(file.body);
    const header = rows.findIndex((r) => r[0] === '部门');
    expect(rows[header]!.slice(0, 3)).toEqual(['部门', '报告状态', '行政复议']);
    expect(rows[header]![7]).toBe('行政诉讼');
    expect(rows[header + 1]![7]).toBe('未经复议直接起诉');
    expect(rows[header + 2]![2]).toBe('结果维持');
    const sumRow = rows[header + 3]!;
    expect(sumRow.slice(0, 3)).toEqual(['对照县人民政府汇总', '计入 2 份', '7']);
    expect(sumRow[7]).toBe('/');
    expect(rows[header + 4]!.slice(0, 3)).toEqual(['对照县第1局', '已审核通过', '2']);
    expect(rows[header + 6]!.slice(0, 3)).toEqual(['对照县第3局', '未报', '']);
    // 行政复议 spans its five columns and two header rows.
    expect(rows[header + 1]!.slice(2, 7)).toEqual(Array(5).fill('行政复议'));
  });
});

describe('the trend of the government’s sum', () => {
  const TREND =
    'query($g: String!, $s: [String!]) { reportTrend(governmentCode: $g, statuses: $s) { figures { key label } years { year format reports values } } }';

  it('gives the main figures of every year with reports in one statement', async () => {
    h.db.queries.length = 0;
    const r = await h.run(TREND, { g: 'sbs-gov' }, { token: reviewer });
    expect(r.errors).toBeUndefined();
    expect(h.db.queries.filter((q) => q.includes('annual_report'))).toHaveLength(1);
    const t = (r.data as any).reportTrend;
    const idx = (k: string) => t.figures.findIndex((f: any) => f.key === k);
    expect(t.figures[idx('newReceived')].label).toBe('本年新收政府信息公开申请数量');
    // By hand, default statuses: 2023 both reports (published + approved), 2024 only 第1局.
    expect(t.years.map((y: any) => [y.year, y.reports])).toEqual([
      [2023, 2],
      [2024, 1],
    ]);
    const [y23, y24] = t.years;
    expect(y23.values[idx('newReceived')]).toBe('9');
    expect(y23.values[idx('normative')]).toBe('1');
    expect(y23.values[idx('litigation')]).toBe('2');
    expect(y24.values[idx('newReceived')]).toBe('10');
    expect(y24.values[idx('granted')]).toBe('4');
    expect(y24.values[idx('litigation')]).toBe('1');
    expect(y24.values[idx('review')]).toBe('2');
  });

  it('is refused to a department editor', async () => {
    const r = await h.run(TREND, { g: 'sbs-gov' }, { token: await h.tokenFor('sfj-editor') });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the sum as documents', () => {
  it('downloads the sum as xlsx (official layout), docx and pdf', async () => {
    const x = await downloadReportSum(h.db.appOrm, h.db.systemOrm, reviewer, 'sbs-gov', 2024, 'xlsx', null);
    expect(x.fileName).toBe('对照县人民政府2024年度各部门政府信息公开工作年度报告汇总.xlsx');
    const rows = await sheetRows(x.body);
    expect(rows.find((r) => r[0] === '一、本年新收政府信息公开申请数量')![9]).toBe('10');
    expect(rows[1]![0]).toContain('对照县第1局');
    const docx = await downloadReportSum(h.db.appOrm, h.db.systemOrm, reviewer, 'sbs-gov', 2024, 'docx', ['APPROVED']);
    expect(docx.body.subarray(0, 2).toString()).toBe('PK');
    const pdf = await downloadReportSum(h.db.appOrm, h.db.systemOrm, reviewer, 'sbs-gov', 2024, 'pdf', null);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(
      downloadReportSum(h.db.appOrm, h.db.systemOrm, await h.tokenFor('sfj-editor'), 'sbs-gov', 2024, 'pdf', null),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
