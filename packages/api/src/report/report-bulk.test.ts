/**
 * Issue 17 on the office's side of annual reports: 「/」 in sums (the API's sum and a government report started
 * from it), a fee typed with trailing zeros, the government's own report on the dashboard, the dashboard's Excel
 * export, and bulk 审核通过 / 退回 with one comment — one request, one transaction, refused whole.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, AnnualReport, ReportTransition, applyReportInput, demoReportData } from '@gongkai/db';
import type { ReportStatus } from '@gongkai/domain';
import { readRegisterXlsx } from '@gongkai/exchange';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { downloadReportDashboard } from './report-files.js';

let h: ApiHarness;
let reviewer: string;
let admin: string;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await h.run(query, variables, { token });
  if (r.errors) throw new Error(`${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return r.data as T;
}

/** A consistent report written directly (owner connection), with a workflow record of who submitted it. */
async function putReport(
  code: string,
  year: number,
  status: ReportStatus,
  options: { seed?: number; cells?: Record<string, string>; submitter?: string; publishedAt?: Date } = {},
): Promise<string> {
  const em = h.db.orm.em.fork();
  const agency = await em.findOneOrFail(Agency, { code });
  const data = demoReportData(year, options.seed ?? 1, agency.name);
  const cells = Object.fromEntries(Object.entries(data.cells).map(([k, v]) => [k, v ?? '']));
  Object.assign(cells, options.cells ?? {});
  const r = em.create(AnnualReport, { agency, year, format: '2021', demo: true });
  applyReportInput(r, { texts: data.texts, cells });
  r.status = status;
  if (status !== 'DRAFT') {
    r.submittedAt = new Date(`${year + 1}-01-20T09:00:00+08:00`);
    em.create(ReportTransition, {
      agency,
      report: r,
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
      at: r.submittedAt,
      userLogin: options.submitter ?? `${code}-approver（测试）`,
      comment: null,
      cellComments: {},
    });
  }
  if (options.publishedAt) r.publishedAt = options.publishedAt;
  await em.flush();
  return r.id;
}

const statusOf = async (id: string): Promise<string> =>
  (await h.db.orm.em.fork().findOneOrFail(AnnualReport, id)).status;

beforeAll(async () => {
  h = await createApiHarness();
  reviewer = await h.tokenFor('demo-reviewer');
  admin = await h.tokenFor('demo-admin');
});
afterAll(async () => h?.close());

describe('「/」 in sums (reportAggregate, startGovernmentReport)', () => {
  const YEAR = 2021;
  // 规章 not applicable in every department; 行政许可 「/」 in two of three and a number in the third; table 四's
  // 复议后起诉 「/」 in all (its total 「/」 in one, 0 in the others).
  const afterReview = (total: string) => ({
    'r.afterReview.upheld': '/',
    'r.afterReview.corrected': '/',
    'r.afterReview.other': '/',
    'r.afterReview.pending': '/',
    'r.afterReview.total': total,
  });
  const NA_REGULATIONS = { 'p.regulations.issued': '/', 'p.regulations.repealed': '/', 'p.regulations.inForce': '/' };
  beforeAll(async () => {
    await putReport('150785-sfj', YEAR, 'APPROVED', {
      seed: 1,
      cells: { ...NA_REGULATIONS, ...afterReview('/'), 'p.licensing.decisions': '/', 'p.fees.amount': '1.5' },
    });
    await putReport('150785-mzj', YEAR, 'APPROVED', {
      seed: 2,
      cells: { ...NA_REGULATIONS, ...afterReview('0'), 'p.licensing.decisions': '/', 'p.fees.amount': '/' },
    });
    await putReport('150785-czj', YEAR, 'APPROVED', {
      seed: 3,
      cells: { ...NA_REGULATIONS, ...afterReview('0'), 'p.licensing.decisions': '12', 'p.fees.amount': '0.25' },
    });
  });

  it('keeps a cell 「/」 in every report 「/」, sums the numbers of a mixed cell, and R1–R4 hold on the sum', async () => {
    const agg = await ok(
      `{ reportAggregate(governmentCode: "150785", year: ${YEAR}) { includedCount cells { id value } ruleResults { rule message } } }`,
      {},
      reviewer,
    );
    const cells = Object.fromEntries(agg.reportAggregate.cells.map((c: any) => [c.id, c.value]));
    expect(agg.reportAggregate.includedCount).toBe(3);
    expect(cells['p.regulations.issued']).toBe('/');
    expect(cells['p.regulations.inForce']).toBe('/');
    expect(cells['p.licensing.decisions']).toBe('12');
    expect(cells['p.fees.amount']).toBe('1.75');
    expect(cells['r.afterReview.upheld']).toBe('/');
    // A total whose parts are all 「/」 is 「/」.
    expect(cells['r.afterReview.total']).toBe('/');
    expect(Number(cells['a.newReceived.total'])).toBeGreaterThan(0);
    expect(agg.reportAggregate.ruleResults).toEqual([]);
  });

  it('a government report started from the sum keeps the 「/」 cells', async () => {
    const started = await ok(
      `mutation { startGovernmentReport(governmentCode: "150785", year: ${YEAR}) { aggregated cells { id value } computedTotals { id value } } }`,
      {},
      reviewer,
    );
    const cells = Object.fromEntries(started.startGovernmentReport.cells.map((c: any) => [c.id, c.value]));
    expect(cells['p.regulations.repealed']).toBe('/');
    expect(cells['r.afterReview.total']).toBe('/');
    expect(cells['p.licensing.decisions']).toBe('12');
    const totals = Object.fromEntries(started.startGovernmentReport.computedTotals.map((c: any) => [c.id, c.value]));
    expect(totals['r.afterReview.total']).toBe('/');
  });
});

describe('a fee typed with trailing zeros', () => {
  it('is accepted in the form, exact and normalised', async () => {
    const editor = await h.tokenFor('sfj-editor');
    const r = await ok(
      'mutation($c: [ReportCellInput!]) { saveAnnualReport(agencyCode: "150785-sfj", year: 2025, input: { cells: $c }) { cells { id value } } }',
      { c: [{ id: 'p.fees.amount', value: '12.34560' }] },
      editor,
    );
    expect(r.saveAnnualReport.cells.find((c: any) => c.id === 'p.fees.amount').value).toBe('12.3456');
    const tooMany = await h.run(
      'mutation($c: [ReportCellInput!]) { saveAnnualReport(agencyCode: "150785-sfj", year: 2025, input: { cells: $c }) { id } }',
      { c: [{ id: 'p.fees.amount', value: '12.345601' }] },
      { token: editor },
    );
    expect(tooMany.errors?.[0]).toMatchObject({
      message: '「第二十条第（八）项 行政事业性收费」「本年收费金额（单位：万元）」：最多 4 位小数',
      extensions: { code: 'BAD_USER_INPUT', field: 'p.fees.amount' },
    });
  });

  it('is accepted in a published report’s file, recorded exactly', async () => {
    const html = readFileSync(
      new URL('../../../exchange/src/__fixtures__/reports/sfj-2020.html', import.meta.url),
      'utf8',
    ).replace('<td>56.78</td>', '<td>12.34560</td>');
    expect(html).toContain('12.34560');
    const r = await ok(
      'mutation($f: String!, $c: String!) { importPublishedReport(agencyCode: "150785-sfj", fileName: $f, contentBase64: $c) { findings { code message } report { cells { id value } } } }',
      { f: '司法局2020年报.html', c: Buffer.from(html).toString('base64') },
      await h.tokenFor('sfj-editor'),
    );
    const rep = r.importPublishedReport;
    expect(rep.findings.filter((f: any) => f.code === 'badCell')).toEqual([]);
    expect(rep.report.cells.find((c: any) => c.id === 't.procurement.amount').value).toBe('12.3456');
  });
});

describe('the dashboard: the government’s own report, Excel', () => {
  const YEAR = 2023;
  it('tracks the government’s report: none yet → late against 31 March; published late → days late to publication', async () => {
    const q = `{ reportDashboard(governmentCode: "150785", year: ${YEAR}) { governmentDue government { agency { code } status deadline daysLate late } } }`;
    const before = (await ok(q, {}, reviewer)).reportDashboard;
    expect(before.government).toMatchObject({ agency: { code: '150785' }, status: null, deadline: '2024-03-31' });
    expect(before.government.late).toBe(true);
    expect(before.government.daysLate).toBeGreaterThan(365);
    await putReport('150785', YEAR, 'PUBLISHED', { publishedAt: new Date('2024-04-05T10:00:00+08:00') });
    const after = (await ok(q, {}, reviewer)).reportDashboard;
    expect(after.government).toMatchObject({ status: 'PUBLISHED', late: true, daysLate: 5, deadline: '2024-03-31' });
  });

  it('exports the dashboard to Excel: the government first, then each department, as the query shows them', async () => {
    const d = (
      await ok(
        `{ reportDashboard(governmentCode: "150785", year: ${YEAR}) { departments { agency { name } daysLate late } } }`,
        {},
        reviewer,
      )
    ).reportDashboard;
    const file = await downloadReportDashboard(h.db.appOrm, h.db.systemOrm, reviewer, '150785', YEAR);
    expect(file.fileName).toMatch(/^根河市.*2023年度政府信息公开工作年度报告报送情况\.xlsx$/u);
    const read = await readRegisterXlsx(file.body);
    if (!read.ok) throw new Error(read.message);
    expect(read.sheetName).toBe('报送情况');
    expect(read.rows[2]![1]).toBe('机关');
    expect(read.rows[3]!.slice(0, 3)).toEqual(['本级政府', '根河市人民政府', '已公开']);
    expect(read.rows[3]![7]).toBe('5');
    expect(read.rows.slice(4).map((r) => r[1])).toEqual(d.departments.map((x: any) => x.agency.name));
    expect(read.rows[4]![2]).toBe('已公开');
    // Someone who may not see the dashboard gets no workbook.
    await expect(
      downloadReportDashboard(h.db.appOrm, h.db.systemOrm, await h.tokenFor('sfj-editor'), '150785', YEAR),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('bulk 审核通过 and 退回 with one comment', () => {
  const YEAR = 2022;
  const APPROVE = 'mutation($ids: [ID!]!) { approveAnnualReports(ids: $ids) { id status } }';
  const RETURN =
    'mutation($ids: [ID!]!, $c: String!) { returnAnnualReports(ids: $ids, comment: $c) { id status transitions { toStatus comment userLogin } } }';
  let sfj: string;
  let mzj: string;
  let czj: string;
  let zwgkb: string;
  beforeAll(async () => {
    sfj = await putReport('150785-sfj', YEAR, 'SUBMITTED', { seed: 1 });
    mzj = await putReport('150785-mzj', YEAR, 'SUBMITTED', { seed: 2 });
    czj = await putReport('150785-czj', YEAR, 'SUBMITTED', { seed: 3 });
    // The office's own report as a department: its reviewer may not review it.
    zwgkb = await putReport('150785-zwgkb', YEAR, 'SUBMITTED', { seed: 4 });
  });

  it('refuses the whole step when one report is the reviewer’s own agency’s, naming it; nothing changes', async () => {
    const r = await h.run(APPROVE, { ids: [sfj, zwgkb, mzj] }, { token: reviewer });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toMatch(
      /^职责分离：不能审核本机关的报告（根河市.*政务公开.*）；所选的报告都没有处理$/u,
    );
    expect(r.errors?.[0]?.message).not.toContain('司法局');
    expect([await statusOf(sfj), await statusOf(zwgkb), await statusOf(mzj)]).toEqual([
      'SUBMITTED',
      'SUBMITTED',
      'SUBMITTED',
    ]);
  });

  it('the reviewer cannot approve their own work: a report they submitted', async () => {
    const own = await putReport('150785-mzj', 2025, 'SUBMITTED', { seed: 5, submitter: 'demo-reviewer' });
    const r = await h.run(APPROVE, { ids: [czj, own] }, { token: reviewer });
    expect(r.errors?.[0]).toMatchObject({
      message: '职责分离：不能审核自己填报或报送的报告（根河市民政局）；所选的报告都没有处理',
      extensions: { code: 'FORBIDDEN' },
    });
    expect([await statusOf(czj), await statusOf(own)]).toEqual(['SUBMITTED', 'SUBMITTED']);
  });

  it('refuses the whole step when one report is not 已报送, naming the department; nothing changes', async () => {
    const approved = await putReport('150785-czj', 2025, 'APPROVED', { seed: 6 });
    const r = await h.run(RETURN, { ids: [sfj, approved], c: '请核对' }, { token: reviewer });
    expect(r.errors?.[0]).toMatchObject({
      message: '只有「已报送」的报告可以退回，以下部门的报告不是：根河市财政局（已审核通过）；所选的报告都没有退回',
      extensions: { code: 'BAD_USER_INPUT', field: 'ids' },
    });
    expect([await statusOf(sfj), await statusOf(approved)]).toEqual(['SUBMITTED', 'APPROVED']);
    const noComment = await h.run(RETURN, { ids: [sfj], c: '  ' }, { token: reviewer });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const twice = await h.run(APPROVE, { ids: [sfj, sfj] }, { token: reviewer });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('returns several reports with one comment, each recorded and audited as a return', async () => {
    const r = await ok(RETURN, { ids: [sfj, mzj], c: '表三（七）总计请与各项之和核对' }, reviewer);
    expect(r.returnAnnualReports.map((x: any) => x.status)).toEqual(['RETURNED', 'RETURNED']);
    for (const x of r.returnAnnualReports)
      expect(x.transitions.at(-1)).toEqual({
        toStatus: 'RETURNED',
        comment: '表三（七）总计请与各项之和核对',
        userLogin: 'demo-reviewer',
      });
    const audit = await h.db.orm.em
      .fork()
      .getConnection()
      .execute(
        "select object_id from audit_log where operation = 'returnAnnualReport' and object_id in (?) order by object_id",
        [[sfj, mzj]],
      );
    expect(audit.map((a: any) => a.object_id).sort()).toEqual([sfj, mzj].sort());
  });

  it('approves several reports in one request', async () => {
    const r = await ok(APPROVE, { ids: [czj] }, reviewer);
    expect(r.approveAnnualReports).toEqual([{ id: czj, status: 'APPROVED' }]);
    // The administrator approves the office's own one (outside the office's duty).
    expect((await ok(APPROVE, { ids: [zwgkb] }, admin)).approveAnnualReports[0].status).toBe('APPROVED');
  });
});
