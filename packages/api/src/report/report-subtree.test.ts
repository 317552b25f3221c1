import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, AnnualReport, demoReportData, reportData, saveReportDraft } from '@gongkai/db';
import { sumReports } from '@gongkai/domain';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { forgetKeptSums } from './report-sum-cache.js';

// Issue 14: the sum of a whole government's subtree (a province over its cities' and counties' departments), with
// the organs counted as numbers and listed a page at a time.
let h: ApiHarness;
let reviewer: string;
const ALL = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'];

beforeAll(async () => {
  h = await createApiHarness();
  // A county government under 根河市 with two departments, each with a 2024 report; one more without a report.
  const em = h.db.orm.em.fork();
  const city = await em.findOneOrFail(Agency, { code: '150785' });
  const county = em.create(Agency, { code: 'sub-gov', name: '测试县人民政府', kind: 'GOVERNMENT', parent: city });
  const depts = [1, 2, 3].map((i) =>
    em.create(Agency, {
      code: `sub-dept-${i}`,
      name: `测试县第${i}局`,
      kind: 'DEPARTMENT',
      parent: county,
      position: i,
    }),
  );
  await em.flush();
  for (const [i, d] of depts.slice(0, 2).entries()) {
    const data = demoReportData(2024, 90 + i, d.name);
    const cells = Object.fromEntries(Object.entries(data.cells).map(([id, v]) => [id, v ?? '']));
    await saveReportDraft(em, d, 2024, { cells });
  }
  await em.flush();
  reviewer = await h.tokenFor('demo-reviewer');
});
afterAll(async () => h?.close());

const SUM = `query($first: Int, $offset: Int, $subtree: Boolean) {
  reportAggregate(governmentCode: "150785", year: 2024, statuses: ${JSON.stringify(ALL)}, subtree: $subtree,
    listFirst: $first, listOffset: $offset) {
    subtree includedCount missingCount included { code } missing { agency { code } } cells { id value } } }`;

async function sum(variables: Record<string, unknown>) {
  const r = await h.run(SUM, variables, { token: reviewer });
  expect(r.errors).toBeUndefined();
  return (r.data as any).reportAggregate;
}

describe('sum over a government’s subtree', () => {
  it('adds every department below, not only the government’s own, and matches the domain sum', async () => {
    const em = h.db.orm.em.fork();
    const own = await sum({});
    const whole = await sum({ subtree: true });
    const reports = await em.find(
      AnnualReport,
      { year: 2024, agency: { kind: 'DEPARTMENT' } },
      { populate: ['agency'] },
    );
    const below = reports.filter((r) => r.agency.code.startsWith('150785-') || r.agency.code.startsWith('sub-dept-'));
    const expected = sumReports('2021', 2024, below.map(reportData));
    expect(whole.subtree).toBe(true);
    expect(whole.includedCount).toBe(own.includedCount + 2);
    expect(whole.missingCount).toBe(own.missingCount + 1);
    for (const c of whole.cells) expect(c.value, c.id).toBe(expected.cells[c.id]);
    expect(whole.included.map((a: any) => a.code)).toEqual(expect.arrayContaining(['sub-dept-1', 'sub-dept-2']));
    expect(whole.missing.map((m: any) => m.agency.code)).toContain('sub-dept-3');
    // The government's own sum is what it was: its departments only.
    expect(own.subtree).toBe(false);
    expect(own.included.map((a: any) => a.code)).not.toContain('sub-dept-1');
  });

  it('lists the organs a page at a time; the counts stay whole', async () => {
    const whole = await sum({ subtree: true });
    const first = await sum({ subtree: true, first: 1 });
    const second = await sum({ subtree: true, first: 1, offset: 1 });
    expect(first.included).toHaveLength(1);
    expect(first.includedCount).toBe(whole.includedCount);
    expect(second.included[0].code).toBe(whole.included[1].code);
    expect(first.cells).toEqual(whole.cells);
  });

  it('costs a constant number of statements for a subtree: its own departments’ plus two', async () => {
    forgetKeptSums();
    h.db.queries.length = 0;
    await sum({});
    const own = h.db.queries.length;
    h.db.queries.length = 0;
    await sum({ subtree: true });
    // The two more set the subtree check to a hash for the sum and back (scope-mode.ts), whatever the subtree's size.
    expect(h.db.queries.length).toBe(own + 2);
    expect(h.db.queries.filter((q) => q.startsWith("select set_config('gongkai.probe'")).length).toBe(2);
    expect(h.db.queries.filter((q) => q.includes('sum(c_')).length).toBe(1);
  });

  it('computes a sum once per change: the next request reads two version numbers, not the reports', async () => {
    await sum({ subtree: true });
    h.db.queries.length = 0;
    await sum({ subtree: true });
    expect(h.db.queries.filter((q) => q.includes('sum(c_') || q.includes('annual_report'))).toEqual([]);
    expect(h.db.queries.filter((q) => q.includes('report_data_version'))).toHaveLength(1);
  });

  it('sees a changed report and a new department at the next request', async () => {
    const before = await sum({ subtree: true });
    const em = h.db.orm.em.fork();
    const dept = await em.findOneOrFail(Agency, { code: 'sub-dept-3' });
    await saveReportDraft(em, dept, 2024, { cells: { 'a.newReceived.natural': '7' } });
    const afterReport = await sum({ subtree: true });
    expect(afterReport.includedCount).toBe(before.includedCount + 1);
    const cell = (a: any, id: string) => Number(a.cells.find((c: any) => c.id === id).value);
    expect(cell(afterReport, 'a.newReceived.natural')).toBe(cell(before, 'a.newReceived.natural') + 7);
    const county = await em.findOneOrFail(Agency, { code: 'sub-gov' });
    em.create(Agency, { code: 'sub-dept-4', name: '测试县第4局', kind: 'DEPARTMENT', parent: county, position: 4 });
    await em.flush();
    const afterAgency = await sum({ subtree: true });
    expect(afterAgency.missingCount).toBe(afterReport.missingCount + 1);
  });

  it('refuses a page larger than the limit, naming the argument', async () => {
    const r = await h.run(SUM, { subtree: true, first: 100_000 }, { token: reviewer });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'listFirst' });
  });
});
