import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport, reportYearToFile } from '@gongkai/domain';
import { Agency } from '../agency.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { demoReportPlan } from './demo-reports.js';
import { AnnualReport, ReportTransition } from './report-entities.js';
import { reportData } from './report-store.js';

const statuses = (plan: ReturnType<typeof demoReportPlan>, year: number): Record<string, string> =>
  Object.fromEntries(plan.filter((p) => p.years[year]).map((p) => [p.code, p.years[year]!.status]));

describe('the demo plan', () => {
  it('keeps 2023 and 2024 as they were, whatever the day', () => {
    for (const day of ['2025-06-01T12:00:00Z', '2026-12-02T00:30:00Z', '2031-03-01T00:00:00Z']) {
      const plan = demoReportPlan(new Date(day));
      expect(statuses(plan, 2023)).toEqual({
        '150785-sfj': 'PUBLISHED',
        '150785-mzj': 'PUBLISHED',
        '150785-czj': 'PUBLISHED',
        '150785-zwgkb': 'PUBLISHED',
      });
      expect(statuses(plan, 2024)).toEqual({
        '150785-sfj': 'APPROVED',
        '150785-mzj': 'DRAFT',
        '150785-czj': 'SUBMITTED',
      });
    }
  });

  it('adds the last completed year, counted from the day (Beijing), with a mix of statuses', () => {
    // 2025 in Beijing from 2025-12-31T16:00Z; its reports are filed from 1 January 2026.
    expect(Object.keys(statuses(demoReportPlan(new Date('2025-12-31T15:59:00Z')), 2025))).toEqual([]);
    const plan = demoReportPlan(new Date('2025-12-31T16:00:00Z'));
    expect(statuses(plan, 2025)).toEqual({
      '150785-zwgkb': 'PUBLISHED',
      '150785-jyj': 'PUBLISHED',
      '150785-wjw': 'SUBMITTED',
      '150785-rsj': 'SUBMITTED',
      '150785-scjgj': 'RETURNED',
    });
    expect(statuses(demoReportPlan(new Date('2030-05-01T00:00:00Z')), 2029)['150785-scjgj']).toBe('RETURNED');
    // Nothing is added on a day whose last completed year is one of the fixed ones.
    expect(demoReportPlan(new Date('2025-06-01T00:00:00Z')).every((p) => !p.years[2025])).toBe(true);
  });
});

describe('the demo reports as loaded', () => {
  let db: TestDatabase;
  const year = reportYearToFile(new Date());
  beforeAll(async () => {
    db = await createTestDatabase();
    await loadDemoDataIfEmpty(db.orm.em.fork());
  });
  afterAll(async () => db?.close());

  it.skipIf(year <= 2024)(
    'the last completed year: consistent numbers, dated workflow, the return’s comment',
    async () => {
      const em = db.orm.em.fork();
      const reports = await em.find(AnnualReport, { year }, { populate: ['agency'] });
      const by = Object.fromEntries(reports.map((r) => [r.agency.code, r]));
      expect(Object.keys(by).sort()).toEqual([
        '150785-jyj',
        '150785-rsj',
        '150785-scjgj',
        '150785-wjw',
        '150785-zwgkb',
      ]);
      for (const r of reports) {
        // No rule error (R1–R5) in any of them: they were submitted, so they passed the checks.
        const errors = checkReport(reportData(r)).filter((x) => x.severity === 'error');
        expect(errors, r.agency.code).toEqual([]);
        expect(r.submittedAt!.getUTCFullYear(), r.agency.code).toBe(year + 1);
      }
      expect(by['150785-jyj']!.publishedAt).toBeInstanceOf(Date);
      const steps = await em.find(ReportTransition, { report: by['150785-scjgj']! }, { orderBy: { at: 'asc' } });
      expect(steps.map((s) => [s.fromStatus, s.toStatus, s.userLogin])).toEqual([
        ['DRAFT', 'SUBMITTED', 'scjgj-approver（示例）'],
        ['SUBMITTED', 'RETURNED', 'demo-reviewer'],
      ]);
      expect(steps[1]!.comment).toContain('请补充具体改进措施');
      expect(steps[1]!.cellComments).toEqual({ problems: '请写明改进措施、责任科室和时限' });
      // The office's own report reviewed by the administrator (separation of duties).
      const office = await em.find(ReportTransition, { report: by['150785-zwgkb']! });
      expect(office.filter((s) => s.toStatus !== 'SUBMITTED').every((s) => s.userLogin === 'demo-admin')).toBe(true);
      // 司法局 has not started: its editor fills that year's report.
      const sfj = await em.findOneOrFail(Agency, { code: '150785-sfj' });
      expect(await em.count(AnnualReport, { agency: sfj, year })).toBe(0);
    },
  );

  it('2023 and 2024 are the fixed seven', async () => {
    const em = db.orm.em.fork();
    const rows = await em.find(AnnualReport, { year: { $in: [2023, 2024] } }, { populate: ['agency'] });
    expect(rows.map((r) => `${r.year} ${r.agency.code} ${r.status}`).sort()).toEqual([
      '2023 150785-czj PUBLISHED',
      '2023 150785-mzj PUBLISHED',
      '2023 150785-sfj PUBLISHED',
      '2023 150785-zwgkb PUBLISHED',
      '2024 150785-czj SUBMITTED',
      '2024 150785-mzj DRAFT',
      '2024 150785-sfj APPROVED',
    ]);
  });
});
