/**
 * Demo annual reports (invented, marked demo): plausible, consistent numbers for the demo departments, 2023 and
 * 2024, with one report that fails R1 and one late submitter, so the dashboard, the rules and the sum have
 * something to show.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { APPLICANT_COLUMNS, REPORT_FORMATS, REVIEW_GROUPS, canonical, emptyReport, toUnits, type ReportData } from '@gongkai/domain';
import { Agency } from './entities.js';
import { AnnualReport, ReportTransition, type ReportStatus } from './report-entities.js';
import { applyReportInput } from './report-store.js';

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A complete report satisfying R1–R5, with `carriedOver` taken from last year's carried forward. */
export function demoReportData(year: number, seed: number, name: string, carriedOver?: Record<string, string>): ReportData {
  const r = emptyReport(year, '2021');
  const rand = rng(seed * 1000 + year);
  const n = (max: number): number => Math.floor(rand() * (max + 1));
  const def = REPORT_FORMATS['2021'];
  const outcomes = def.applicationRows.filter((x) => x.group && x.key !== 'totalHandled' && x.key !== 'granted').map((x) => x.key);
  for (const c of APPLICANT_COLUMNS.filter((x) => x.key !== 'total')) {
    const weight = c.key === 'natural' ? 12 : c.key === 'commercial' ? 4 : 1;
    const received = n(weight * 3);
    const over = carriedOver ? Number(carriedOver[c.key] ?? 0) : n(1);
    let handled = 0;
    for (const k of outcomes) {
      // Outcomes never exceed what there was to handle.
      const v = Math.min(rand() < 0.25 ? n(weight > 1 ? 2 : 1) : 0, received + over - handled);
      r.cells[`a.${k}.${c.key}`] = String(v);
      handled += v;
    }
    const forward = received + over - handled > 0 && rand() < 0.3 ? 1 : 0;
    const granted = Math.max(0, received + over - handled - forward);
    r.cells[`a.granted.${c.key}`] = String(granted);
    r.cells[`a.newReceived.${c.key}`] = String(received);
    r.cells[`a.carriedOver.${c.key}`] = String(over);
    r.cells[`a.totalHandled.${c.key}`] = String(handled + granted);
    r.cells[`a.carriedForward.${c.key}`] = String(received + over - handled - granted);
  }
  for (const row of def.applicationRows) {
    let t = 0n;
    for (const c of APPLICANT_COLUMNS.filter((x) => x.key !== 'total')) t += toUnits(r.cells[`a.${row.key}.${c.key}`]!);
    r.cells[`a.${row.key}.total`] = canonical(t);
  }
  for (const g of REVIEW_GROUPS) {
    const parts = [n(2), n(1), n(1), n(1)];
    ['upheld', 'corrected', 'other', 'pending'].forEach((k, i) => (r.cells[`r.${g.key}.${k}`] = String(parts[i])));
    r.cells[`r.${g.key}.total`] = String(parts.reduce((a, b) => a + b, 0));
  }
  const issued = n(4);
  const repealed = n(2);
  Object.assign(r.cells, {
    'p.regulations.issued': '/',
    'p.regulations.repealed': '/',
    'p.regulations.inForce': '/',
    'p.normative.issued': String(issued),
    'p.normative.repealed': String(repealed),
    'p.normative.inForce': String(10 + seed + issued - repealed),
    'p.licensing.decisions': String(n(300)),
    'p.punishment.decisions': String(n(60)),
    'p.enforcement.decisions': String(n(5)),
    'p.fees.amount': '0',
  });
  r.texts = {
    overview: `${year}年，${name}以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作推进政务公开。全年通过政府网站主动公开政府信息${50 + n(150)}条，及时更新机构职能、政策文件、政策解读和工作动态；依申请公开渠道畅通，按时答复；加强政府信息管理和公开平台建设，落实信息发布保密审查。（示例数据）`,
    problems: `${year}年工作中还存在${rand() < 0.5 ? '政策解读形式较单一、公开内容更新不够及时' : '基层政务公开标准化规范化程度不高、信息发布审核流程较长'}等问题。下一步将${rand() < 0.5 ? '丰富图解、视频等解读形式，建立栏目定期检查机制' : '对照标准目录逐项梳理，优化发布审核流程'}。（示例数据）`,
    other: `${year}年度本机关未收取信息处理费。办理人大代表建议${n(5)}件、政协提案${n(5)}件，均已按时办结。（示例数据）`,
  };
  return r;
}

interface DemoPlan {
  code: string;
  seed: number;
  years: Record<number, { status: ReportStatus; submitted?: string; approved?: string; published?: string; breakR1?: boolean }>;
}

const PLAN: DemoPlan[] = [
  { code: '150785-sfj', seed: 1, years: { 2023: { status: 'PUBLISHED', submitted: '2024-01-22', approved: '2024-01-29', published: '2024-01-31' }, 2024: { status: 'APPROVED', submitted: '2025-01-20', approved: '2025-01-27' } } },
  { code: '150785-mzj', seed: 2, years: { 2023: { status: 'PUBLISHED', submitted: '2024-01-25', approved: '2024-01-30', published: '2024-01-31' }, 2024: { status: 'DRAFT', breakR1: true } } },
  { code: '150785-czj', seed: 3, years: { 2023: { status: 'PUBLISHED', submitted: '2024-01-18', approved: '2024-01-26', published: '2024-01-31' }, 2024: { status: 'SUBMITTED', submitted: '2025-02-06' } } },
  { code: '150785-zwgkb', seed: 4, years: { 2023: { status: 'PUBLISHED', submitted: '2024-01-15', approved: '2024-01-22', published: '2024-01-31' } } },
];

const FLOW: ReportStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];

/** Adds the demo reports (owner connection, inside the demo-data transaction). */
export async function loadDemoReports(em: EntityManager): Promise<number> {
  let count = 0;
  for (const plan of PLAN) {
    const agency = await em.findOne(Agency, { code: plan.code });
    if (!agency) continue;
    let carried: Record<string, string> | undefined;
    for (const [y, spec] of Object.entries(plan.years).sort()) {
      const year = Number(y);
      const data = demoReportData(year, plan.seed, agency.name, carried);
      carried = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, data.cells[`a.carriedForward.${c.key}`]!]));
      if (spec.breakR1) data.cells['a.newReceived.natural'] = String(Number(data.cells['a.newReceived.natural']) + 3); // R1 and R3 fail
      const report = em.create(AnnualReport, { agency, year, format: '2021', demo: true });
      applyReportInput(report, { texts: data.texts, cells: Object.fromEntries(Object.entries(data.cells).map(([k, v]) => [k, v ?? ''])) });
      report.status = spec.status;
      const at = (d?: string): Date | null => (d ? new Date(`${d}T09:00:00+08:00`) : null);
      report.submittedAt = at(spec.submitted);
      report.approvedAt = at(spec.approved);
      report.publishedAt = at(spec.published);
      const steps = FLOW.slice(0, FLOW.indexOf(spec.status) + 1);
      for (let i = 1; i < steps.length; i++) {
        const when = [spec.submitted, spec.approved, spec.published][i - 1];
        em.create(ReportTransition, {
          agency,
          report,
          fromStatus: steps[i - 1]!,
          toStatus: steps[i]!,
          at: at(when) ?? new Date(),
          userLogin: steps[i] === 'SUBMITTED' ? `${plan.code.split('-')[1]}-approver（示例）` : 'demo-reviewer',
          comment: null,
          cellComments: {},
        });
      }
      count++;
    }
  }
  await em.flush();
  return count;
}
