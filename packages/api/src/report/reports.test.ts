import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, AnnualReport, demoReportData } from '@gongkai/db';
import { REPORT_FORMATS, sumReports } from '@gongkai/domain';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

let h: ApiHarness;
let approver: string;
let editor: string;
let reviewer: string;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await h.run(query, variables, { token });
  if (r.errors) throw new Error(`${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return r.data as T;
}

const cellsInput = (cells: Record<string, string | null>) =>
  Object.entries(cells).map(([id, value]) => ({ id, value }));

beforeAll(async () => {
  h = await createApiHarness();
  approver = await h.tokenFor('sfj-approver');
  editor = await h.tokenFor('sfj-editor');
  reviewer = await h.tokenFor('demo-reviewer');
});
afterAll(async () => h?.close());

describe('demo reports', () => {
  it('show the dashboard: statuses, a late submitter, an R1 failure, a missing report', async () => {
    const d = await ok(
      '{ reportDashboard(governmentCode: "150785", year: 2024) { departmentDue departments { agency { code } status daysLate late errors } } }',
      {},
      reviewer,
    );
    const by = Object.fromEntries(d.reportDashboard.departments.map((x: any) => [x.agency.code, x]));
    expect(by['150785-sfj']).toMatchObject({ status: 'APPROVED', late: false, errors: 0 });
    expect(by['150785-czj']).toMatchObject({ status: 'SUBMITTED', late: true, daysLate: 6 });
    expect(by['150785-mzj'].status).toBe('DRAFT');
    expect(by['150785-mzj'].errors).toBeGreaterThan(0);
    expect(by['150785-zwgkb']).toMatchObject({ status: null, late: true });
  });

  it('were reviewed by someone outside the reporting agency: the office’s own report by the administrator', async () => {
    const r = await ok(
      '{ annualReport(agencyCode: "150785-zwgkb", year: 2023) { status transitions { toStatus userLogin } } }',
      {},
      reviewer,
    );
    expect(r.annualReport.status).toBe('PUBLISHED');
    expect(
      r.annualReport.transitions.filter((t: any) => t.toStatus !== 'SUBMITTED').map((t: any) => t.userLogin),
    ).toEqual(['demo-admin', 'demo-admin']);
  });

  it('the office does not fill a department’s report (职责分离)', async () => {
    const r = await h.run(
      'mutation { saveAnnualReport(agencyCode: "150785-mzj", year: 2024, input: { other: "政务公开办代填" }) { id } }',
      {},
      { token: reviewer },
    );
    expect(r.errors?.[0]).toMatchObject({
      message: '职责分离：政务公开办只能填报本级政府的报告，部门的报告由部门自己填报',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('name the R1 failure of the 民政局 draft', async () => {
    const r = await ok(
      '{ annualReport(agencyCode: "150785-mzj", year: 2024) { ruleResults { rule severity message } } }',
      {},
      reviewer,
    );
    expect(r.annualReport.ruleResults.find((x: any) => x.rule === 'R1').message).toMatch(/^R1 「自然人」列：/u);
  });
});

describe('a department fills, submits, is returned, resubmits; the office approves and publishes', () => {
  let id: string;

  it('saves a half-filled draft even though rules fail', async () => {
    const r = await ok(
      'mutation($c: [ReportCellInput!]) { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { overview: "2022年总体情况", cells: $c }) { id status format version ruleResults { rule severity } computedTotals { id value } } }',
      {
        c: cellsInput({
          'a.newReceived.natural': '5',
          'a.newReceived.commercial': '2',
          'p.fees.amount': '0.35',
          'p.regulations.issued': '/',
        }),
      },
      editor,
    );
    id = r.saveAnnualReport.id;
    expect(r.saveAnnualReport).toMatchObject({ status: 'DRAFT', format: '2021' });
    expect(r.saveAnnualReport.ruleResults.some((x: any) => x.rule === 'R5' && x.severity === 'error')).toBe(true);
    const cells = await ok('{ annualReport(agencyCode: "150785-sfj", year: 2022) { cells { id value } } }', {}, editor);
    const value = (cid: string) => cells.annualReport.cells.find((c: any) => c.id === cid).value;
    expect([value('p.fees.amount'), value('p.regulations.issued'), value('a.newReceived.research')]).toEqual([
      '0.35',
      '/',
      null,
    ]);
  });

  it('rejects malformed values with the cell named and saves nothing of that request', async () => {
    for (const [cell, value, message] of [
      ['a.granted.natural', '-1', '「三、本年度办理结果 · （一）予以公开」「自然人」：不能为负数'],
      ['p.licensing.decisions', '2.5', '「第二十条第（五）项 行政许可」「本年处理决定数量」：应为整数，不能有小数'],
      ['r.review.upheld', '两件', '「行政复议」「结果维持」：应为非负整数'],
      ['x.unknown', '1', '未知的单元格「x.unknown」（2021 年格式中没有）'],
    ]) {
      const r = await h.run(
        'mutation($c: [ReportCellInput!]) { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { problems: "不应保存", cells: $c }) { id } }',
        { c: cellsInput({ 'a.newReceived.natural': '9', [cell!]: value! }) },
        { token: editor },
      );
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: cell } });
    }
    const again = await ok(
      '{ annualReport(agencyCode: "150785-sfj", year: 2022) { problems cells { id value } } }',
      {},
      editor,
    );
    expect(again.annualReport.problems).toBe('');
    expect(again.annualReport.cells.find((c: any) => c.id === 'a.newReceived.natural').value).toBe('5');
  });

  it('refuses to submit while error-level rules fail, listing them', async () => {
    const r = await h.run('mutation($id: ID!) { submitAnnualReport(id: $id) { status } }', { id }, { token: approver });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^有 \d+ 个错误，不能报送：R5 /u);
    expect((r.errors?.[0]?.extensions?.ruleResults as unknown[]).length).toBeGreaterThan(100);
  });

  it('submits a complete consistent report; the office returns it with comments, the department fixes and resubmits', async () => {
    const full = demoReportData(2022, 7, '根河市司法局');
    await ok(
      'mutation($c: [ReportCellInput!], $t: String!) { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { problems: $t, other: "无", cells: $c }) { id } }',
      { c: cellsInput(full.cells), t: full.texts.problems },
      editor,
    );
    expect(
      (await ok('mutation($id: ID!) { submitAnnualReport(id: $id) { status } }', { id }, approver)).submitAnnualReport
        .status,
    ).toBe('SUBMITTED');
    const locked = await h.run(
      'mutation { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { other: "改" }) { id } }',
      {},
      { token: editor },
    );
    expect(locked.errors?.[0]?.message).toBe('根河市司法局 2022 年报告已报送，不能再修改');
    const noComment = await h.run(
      'mutation($id: ID!) { returnAnnualReport(id: $id) { status } }',
      { id },
      { token: reviewer },
    );
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const returned = await ok(
      'mutation($id: ID!, $cc: JSON) { returnAnnualReport(id: $id, comment: "请补充第六部分", cellComments: $cc) { status transitions { fromStatus toStatus userLogin comment cellComments } } }',
      { id, cc: { other: '请写明信息处理费收取情况', 'p.fees.amount': '与财政数据核对' } },
      reviewer,
    );
    expect(returned.returnAnnualReport.status).toBe('RETURNED');
    expect(returned.returnAnnualReport.transitions.at(-1)).toEqual({
      fromStatus: 'SUBMITTED',
      toStatus: 'RETURNED',
      userLogin: 'demo-reviewer',
      comment: '请补充第六部分',
      cellComments: { other: '请写明信息处理费收取情况', 'p.fees.amount': '与财政数据核对' },
    });
    await ok(
      'mutation { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { other: "本年度未收取信息处理费。" }) { id } }',
      {},
      editor,
    );
    expect(
      (await ok('mutation($id: ID!) { submitAnnualReport(id: $id) { status } }', { id }, approver)).submitAnnualReport
        .status,
    ).toBe('SUBMITTED');
  });

  it('the office approves and publishes; a published report is frozen; the sum and dashboard reflect it', async () => {
    expect(
      (await ok('mutation($id: ID!) { approveAnnualReport(id: $id) { status } }', { id }, reviewer)).approveAnnualReport
        .status,
    ).toBe('APPROVED');
    const agg = await ok(
      '{ reportAggregate(governmentCode: "150785", year: 2022) { included { code } missing { agency { code } status } cells { id value } ruleResults { rule } } }',
      {},
      reviewer,
    );
    expect(agg.reportAggregate.included.map((a: any) => a.code)).toEqual(['150785-sfj']);
    // Every other department of the demo data (standard catalogues are not departments and file no report).
    const demo = JSON.parse(readFileSync(new URL('../../../../demo-data/agencies.json', import.meta.url), 'utf8')) as {
      agencies: Array<{ code: string; kind: string }>;
    };
    expect(agg.reportAggregate.missing.map((m: any) => m.agency.code)).toEqual(
      demo.agencies.filter((a) => a.kind === 'DEPARTMENT' && a.code !== '150785-sfj').map((a) => a.code),
    );
    expect(agg.reportAggregate.ruleResults).toEqual([]);
    const published = await ok(
      'mutation($id: ID!) { publishAnnualReports(ids: [$id]) { status publishedAt } }',
      { id },
      reviewer,
    );
    expect(published.publishAnnualReports[0].status).toBe('PUBLISHED');
    const frozen = await h.run(
      'mutation { saveAnnualReport(agencyCode: "150785-sfj", year: 2022, input: { other: "改" }) { id } }',
      {},
      { token: editor },
    );
    expect(frozen.errors?.[0]?.message).toBe('根河市司法局 2022 年报告已公开，不能再修改');
    // Anonymous visitors read published reports.
    const anon = await h.run('{ annualReport(agencyCode: "150785-sfj", year: 2022) { status } }');
    expect(anon.data).toEqual({ annualReport: { status: 'PUBLISHED' } });
  });
});

describe('aggregation', () => {
  it('sums the chosen statuses in SQL, matching the domain sum exactly', async () => {
    const em = h.db.orm.em.fork();
    const reports = await em.find(
      AnnualReport,
      { year: 2024, agency: { parent: { code: '150785' } } },
      { populate: ['agency'] },
    );
    const { reportData } = await import('@gongkai/db');
    const expected = sumReports('2021', 2024, reports.map(reportData));
    h.db.queries.length = 0;
    const agg = await ok(
      '{ reportAggregate(governmentCode: "150785", year: 2024, statuses: ["DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED"]) { included { code } cells { id value } } }',
      {},
      reviewer,
    );
    expect(agg.reportAggregate.included).toHaveLength(3);
    for (const c of agg.reportAggregate.cells) expect(c.value, c.id).toBe(expected.cells[c.id]);
    // One statement sums every cell of every report.
    expect(h.db.queries.filter((q) => q.includes('sum(c_')).length).toBe(1);
  });

  it('starts the government’s own report from the sum, and compares it year on year', async () => {
    const started = await ok(
      'mutation { startGovernmentReport(governmentCode: "150785", year: 2024, statuses: ["APPROVED", "SUBMITTED"]) { aggregated cells { id value } yearOnYear { id current previous change } } }',
      {},
      reviewer,
    );
    expect(started.startGovernmentReport.aggregated).toBe(true);
    const fees = started.startGovernmentReport.cells.find((c: any) => c.id === 'a.newReceived.total');
    expect(Number(fees.value)).toBeGreaterThan(0);
  });

  it('the reviewer who started the government’s report submits it but does not approve it (职责分离); the administrator does', async () => {
    const g = await ok('{ annualReport(agencyCode: "150785", year: 2024) { id status } }', {}, reviewer);
    const id = g.annualReport.id;
    expect(
      (await ok('mutation($id: ID!) { submitAnnualReport(id: $id) { status } }', { id }, reviewer)).submitAnnualReport
        .status,
    ).toBe('SUBMITTED');
    const own = await h.run(
      'mutation($id: ID!) { approveAnnualReport(id: $id) { status } }',
      { id },
      { token: reviewer },
    );
    expect(own.errors?.[0]).toMatchObject({
      message: '职责分离：不能审核自己填报或报送的报告',
      extensions: { code: 'FORBIDDEN' },
    });
    const admin = await h.tokenFor('demo-admin');
    expect(
      (
        await ok(
          'mutation($id: ID!) { approveAnnualReport(id: $id) { status transitions { toStatus userLogin } } }',
          { id },
          admin,
        )
      ).approveAnnualReport.transitions.map((t: any) => `${t.toStatus}:${t.userLogin}`),
    ).toEqual(['SUBMITTED:demo-reviewer', 'APPROVED:demo-admin']);
  });

  it('rejects statuses that do not exist and years without a government', async () => {
    const bad = await h.run(
      '{ reportAggregate(governmentCode: "150785", year: 2024, statuses: ["DONE"]) { format } }',
      {},
      { token: reviewer },
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: '未知的报告状态「DONE」',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const notGov = await h.run(
      '{ reportAggregate(governmentCode: "150785-sfj", year: 2024) { format } }',
      {},
      { token: await h.tokenFor('demo-admin') },
    );
    expect(notGov.errors?.[0]?.message).toBe('「根河市司法局」不是人民政府，没有下属部门的报告');
    const unknown = await h.run('{ annualReport(agencyCode: "nope", year: 2024) { id } }', {}, { token: reviewer });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const future = await h.run(
      'mutation { saveAnnualReport(agencyCode: "150785-sfj", year: 2999, input: { other: "x" }) { id } }',
      {},
      { token: editor },
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('R10 against peers', () => {
  it('warns when a report copies another department’s text of the same year', async () => {
    const em = h.db.orm.em.fork();
    const czj = await em.findOneOrFail(AnnualReport, { agency: { code: '150785-czj' } as never, year: 2024 });
    const mzj = await ok(
      '{ annualReport(agencyCode: "150785-mzj", year: 2024) { ruleResults { rule message } } }',
      {},
      reviewer,
    );
    expect(mzj.annualReport.ruleResults.filter((x: any) => x.rule === 'R10')).toEqual([]);
    // Copy 财政局's 2024 text into 民政局's draft: R10 names 财政局.
    await ok(
      'mutation($t: String!, $p: String!, $o: String!) { saveAnnualReport(agencyCode: "150785-mzj", year: 2024, input: { overview: $t, problems: $p, other: $o }) { id } }',
      { t: czj.overview.replace('根河市财政局', '根河市民政局'), p: czj.problems, o: czj.other },
      await h.tokenFor('mzj-editor'),
    );
    const after = await ok(
      '{ annualReport(agencyCode: "150785-mzj", year: 2024) { ruleResults { rule message } } }',
      {},
      reviewer,
    );
    expect(after.annualReport.ruleResults.find((x: any) => x.rule === 'R10').message).toMatch(
      /^R10 报告文字与根河市财政局的相似度为 \d+%/u,
    );
  });

  it('counts on the dashboard the same warnings as the report’s own rule results (R10’s peers included)', async () => {
    const em = h.db.orm.em.fork();
    const czj = await em.findOneOrFail(AnnualReport, { agency: { code: '150785-czj' } as never, year: 2024 });
    await ok(
      'mutation($t: String!, $p: String!, $o: String!) { saveAnnualReport(agencyCode: "150785-mzj", year: 2024, input: { overview: $t, problems: $p, other: $o }) { id } }',
      { t: czj.overview.replace('根河市财政局', '根河市民政局'), p: czj.problems, o: czj.other },
      await h.tokenFor('mzj-editor'),
    );
    const d = await ok(
      '{ reportDashboard(governmentCode: "150785", year: 2024) { departments { agency { code } report { id } errors warnings } } }',
      {},
      reviewer,
    );
    const withReports = d.reportDashboard.departments.filter((x: any) => x.report);
    expect(withReports.length).toBeGreaterThan(1);
    for (const row of withReports) {
      const r = await ok(
        '{ annualReport(agencyCode: $code, year: 2024) { ruleResults { rule severity } } }'.replace(
          '$code',
          JSON.stringify(row.agency.code),
        ),
        {},
        reviewer,
      );
      const results = r.annualReport.ruleResults as Array<{ rule: string; severity: string }>;
      expect({ code: row.agency.code, warnings: row.warnings, errors: row.errors }).toEqual({
        code: row.agency.code,
        warnings: results.filter((x) => x.severity === 'warning').length,
        errors: results.filter((x) => x.severity === 'error').length,
      });
      if (row.agency.code === '150785-mzj')
        expect(results.some((x) => x.rule === 'R10' && x.severity === 'warning')).toBe(true);
    }
  });
});

describe('deadlines and JSON import', () => {
  it('sets an earlier department deadline within the statutory limits', async () => {
    const bad = await h.run(
      'mutation { setReportDeadlines(governmentCode: "150785", year: 2024, departmentDue: "2025-02-10", governmentDue: "2025-03-31") { departmentDue } }',
      {},
      { token: reviewer },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentDue' });
    const d = await ok(
      'mutation { setReportDeadlines(governmentCode: "150785", year: 2024, departmentDue: "2025-01-26", governmentDue: "2025-03-31") { departmentDue departments { agency { code } daysLate } } }',
      {},
      reviewer,
    );
    expect(d.setReportDeadlines.departmentDue).toBe('2025-01-26');
    expect(d.setReportDeadlines.departments.find((x: any) => x.agency.code === '150785-czj').daysLate).toBe(11);
  });

  it('imports a past report from JSON, naming unknown or missing cells', async () => {
    const all = Object.fromEntries(REPORT_FORMATS['2021'].cells.map((c) => [c.id, 0]));
    const missing = await h.run(
      'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { id } }',
      { j: { year: 2021, format: '2021', cells: { ...all, 'a.granted.natural': undefined } } },
      { token: editor },
    );
    expect(missing.errors?.[0]?.message).toBe('json.cells：缺少单元格「a.granted.natural」');
    const unknown = await h.run(
      'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { id } }',
      { j: { year: 2021, format: '2021', cells: { ...all, 'a.bogus': 1 } } },
      { token: editor },
    );
    expect(unknown.errors?.[0]?.message).toBe('json.cells：未知的单元格「a.bogus」');
    const text = await h.run(
      'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { id } }',
      { j: { year: 2021, format: '2021', cells: { ...all, 'p.fees.amount': 'abc' } } },
      { token: editor },
    );
    expect(text.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'p.fees.amount' } });
    const okReport = await ok(
      'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { year status ruleResults { rule } } }',
      { j: { year: 2021, format: '2021', texts: { problems: '问题', other: '无' }, cells: all } },
      editor,
    );
    expect(okReport.importAnnualReport).toMatchObject({ year: 2021, status: 'DRAFT' });
    expect(
      await h.db.orm.em.fork().count(AnnualReport, { agency: { code: '150785-sfj' } as unknown as Agency, year: 2021 }),
    ).toBe(1);
  });
});

describe('published reports recorded as printed (importPublishedReport)', () => {
  const fixture = (name: string): string =>
    readFileSync(new URL(`../../../exchange/src/__fixtures__/reports/${name}`, import.meta.url)).toString('base64');
  const IMPORT =
    'mutation($a: String!, $f: String!, $c: String!, $d: Boolean, $r: Boolean, $g: Boolean) { importPublishedReport(agencyCode: $a, fileName: $f, contentBase64: $c, dryRun: $d, confirmReplace: $r, confirmAgency: $g) { year format title cellsRead cellsTotal replaced findings { level code message cell } ruleResults { rule severity } report { id status importedAsPrinted importFileName importFindings { code message } cells { id value } ruleResults { rule severity } } } }';
  const count = (code: string, year: number) =>
    h.db.orm.em.fork().count(AnnualReport, { agency: { code } as unknown as Agency, year });
  let mzjEditor: string;
  beforeAll(async () => {
    mzjEditor = await h.tokenFor('mzj-editor');
  });

  it('previews a file without writing anything (dryRun)', async () => {
    const r = await ok(
      IMPORT,
      { a: '150785-mzj', f: '民政局2022年报.pdf', c: fixture('mzj-2022.pdf'), d: true },
      mzjEditor,
    );
    expect(r.importPublishedReport).toMatchObject({
      year: 2022,
      format: '2021',
      report: null,
      cellsTotal: REPORT_FORMATS['2021'].cells.length,
    });
    expect(r.importPublishedReport.cellsRead).toBe(r.importPublishedReport.cellsTotal);
    expect(await count('150785-mzj', 2022)).toBe(0);
  });

  it('stores a rule-failing report as printed: PUBLISHED, marked, its failures and findings kept, not fixed', async () => {
    const r = await ok(IMPORT, { a: '150785-mzj', f: '民政局2022年报.pdf', c: fixture('mzj-2022.pdf') }, mzjEditor);
    const rep = r.importPublishedReport.report;
    expect(rep).toMatchObject({ status: 'PUBLISHED', importedAsPrinted: true, importFileName: '民政局2022年报.pdf' });
    const cells = Object.fromEntries(rep.cells.map((c: any) => [c.id, c.value]));
    // As printed: 行政复议 总计 2 although 1 + 0 + 0 + 0 = 1 (R4), 规章 「/」, （六） printed as one row under 3.其他.
    expect(cells['r.review.total']).toBe('2');
    expect(cells['p.regulations.issued']).toBe('/');
    expect(cells['a.other.other.natural']).toBe('1');
    expect(rep.ruleResults).toEqual(expect.arrayContaining([{ rule: 'R4', severity: 'error' }]));
    expect(rep.importFindings.map((f: any) => f.code)).toEqual(
      expect.arrayContaining(['labelTypo', 'otherAsOneRow', 'headingVariant']),
    );
    // Recorded as printed: no one edits it afterwards.
    const edit = await h.run(
      'mutation { saveAnnualReport(agencyCode: "150785-mzj", year: 2022, input: { other: "改" }) { id } }',
      {},
      { token: mzjEditor },
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts in year-on-year comparison and in the sums', async () => {
    const y = await ok(
      '{ annualReport(agencyCode: "150785-mzj", year: 2023) { yearOnYear { id previous } } }',
      {},
      reviewer,
    );
    expect(y.annualReport.yearOnYear.find((c: any) => c.id === 'r.review.total').previous).toBe('2');
    const agg = await ok(
      '{ reportAggregate(governmentCode: "150785", year: 2022) { included { code } cells { id value } } }',
      {},
      reviewer,
    );
    expect(agg.reportAggregate.included.map((a: any) => a.code)).toContain('150785-mzj');
  });

  it('replaces an earlier imported report only when confirmed', async () => {
    const again = await h.run(
      IMPORT,
      { a: '150785-mzj', f: '民政局2022年报.pdf', c: fixture('mzj-2022.pdf') },
      { token: mzjEditor },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmReplace' });
    const r = await ok(
      IMPORT,
      { a: '150785-mzj', f: '民政局2022年报（重录）.pdf', c: fixture('mzj-2022.pdf'), r: true },
      mzjEditor,
    );
    expect(r.importPublishedReport.replaced).toBe(true);
    expect(await count('150785-mzj', 2022)).toBe(1);
  });

  it('is refused on a year with a report made on the platform', async () => {
    const { reportHtml } = await import('@gongkai/exchange');
    const html = reportHtml({
      agencyName: '根河市司法局',
      agencyCode: '150785-sfj',
      status: '已公开',
      data: demoReportData(2024, 1, '根河市司法局'),
    });
    const r = await h.run(
      IMPORT,
      { a: '150785-sfj', f: '司法局2024.html', c: Buffer.from(html).toString('base64') },
      { token: editor },
    );
    expect(r.errors?.[0]).toMatchObject({
      message: '根河市司法局 2024 年已有在平台上填写的报告，不能再按已发布年报录入；请在平台上的这份报告中修改',
      extensions: { code: 'BAD_USER_INPUT', field: 'year' },
    });
    const rep = await ok(
      '{ annualReport(agencyCode: "150785-sfj", year: 2024) { status importedAsPrinted } }',
      {},
      editor,
    );
    expect(rep.annualReport).toEqual({ status: 'APPROVED', importedAsPrinted: false });
  });

  it('refuses another agency’s writers (access) and asks before recording a file titled for another agency', async () => {
    const forbidden = await h.run(
      IMPORT,
      { a: '150785-mzj', f: 'x.pdf', c: fixture('mzj-2022.pdf'), d: true },
      { token: editor },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await h.run(
      IMPORT,
      { a: '150785-sfj', f: '民政局2022年报.pdf', c: fixture('mzj-2022.pdf') },
      { token: editor },
    );
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'confirmAgency' } });
    expect(other.errors?.[0]?.message).toContain('不是「根河市司法局」的报告');
  });

  it('writes nothing for a bad file, with a Chinese message', async () => {
    const before = await h.db.orm.em.fork().count(AnnualReport, {});
    const junk = await h.run(
      IMPORT,
      { a: '150785-sfj', f: '年报.pdf', c: Buffer.from('not a pdf').toString('base64') },
      { token: editor },
    );
    expect(junk.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } });
    expect(junk.errors?.[0]?.message).toMatch(/不是 PDF 文件/u);
    const prose = await h.run(
      IMPORT,
      {
        a: '150785-sfj',
        f: '年报.txt',
        c: Buffer.from('根河市司法局2019年工作总结\n一、总体情况\n无').toString('base64'),
      },
      { token: editor },
    );
    expect(prose.errors?.[0]?.message).toMatch(/不像政府信息公开工作年度报告/u);
    const kind = await h.run(
      IMPORT,
      { a: '150785-sfj', f: '年报.xlsx', c: Buffer.from('x').toString('base64') },
      { token: editor },
    );
    expect(kind.errors?.[0]?.message).toMatch(/PDF、Word/u);
    // An .xls is looked at before anything is started: these bytes are no Excel file (nor a report).
    const xls = await h.run(
      IMPORT,
      { a: '150785-sfj', f: '年报.xls', c: Buffer.from('x').toString('base64') },
      { token: editor },
    );
    expect(xls.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await h.db.orm.em.fork().count(AnnualReport, {})).toBe(before);
  });

  it('lets the office load a department’s past reports, one file per request (Word, web page)', async () => {
    const a = await ok(IMPORT, { a: '150785-czj', f: '财政局2021年报.docx', c: fixture('czj-2021.docx') }, reviewer);
    expect(a.importPublishedReport).toMatchObject({
      year: 2021,
      report: { status: 'PUBLISHED', importedAsPrinted: true },
    });
    // Filed outside the platform: the dashboard counts no lateness for it.
    const d = await ok(
      '{ reportDashboard(governmentCode: "150785", year: 2021) { departments { agency { code } status late daysLate } } }',
      {},
      reviewer,
    );
    expect(d.reportDashboard.departments.find((x: any) => x.agency.code === '150785-czj')).toMatchObject({
      status: 'PUBLISHED',
      late: false,
      daysLate: 0,
    });
    const b = await ok(IMPORT, { a: '150785-sfj', f: '司法局2020年报.html', c: fixture('sfj-2020.html') }, reviewer);
    expect(b.importPublishedReport).toMatchObject({ year: 2020, format: '2019', report: { status: 'PUBLISHED' } });
  });
});
