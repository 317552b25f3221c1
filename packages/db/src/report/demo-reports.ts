/**
 * Demo annual reports (invented, marked demo): plausible, consistent numbers for the demo departments, 2023 and
 * 2024, with one report that fails R1 and one late submitter, so the dashboard, the rules and the sum have
 * something to show.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_GROUPS,
  canonical,
  emptyReport,
  seededRandom,
  toUnits,
  type ReportData,
} from '@gongkai/domain';
import { Agency } from '../agency.js';
import { AnnualReport, ReportTransition, type ReportStatus } from './report-entities.js';
import { applyReportInput } from './report-store.js';

/** A complete report satisfying R1–R5, with `carriedOver` taken from last year's carried forward. */
export function demoReportData(
  year: number,
  seed: number,
  name: string,
  carriedOver?: Record<string, string>,
): ReportData {
  const r = emptyReport(year, '2021');
  const rand = seededRandom(seed * 1000 + year);
  const n = (max: number): number => Math.floor(rand() * (max + 1));
  const def = REPORT_FORMATS['2021'];
  const outcomes = def.applicationRows
    .filter((x) => x.group && x.key !== 'totalHandled' && x.key !== 'granted')
    .map((x) => x.key);
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
  // Texts differ from department to department (R10 compares them), as real reports do.
  const focus = [
    ['法治政府建设', '行政执法公示', '普法宣传'],
    ['社会救助', '养老服务', '慈善事业'],
    ['预算公开', '政府采购', '财政专项资金'],
    ['政务公开标准化', '政府网站集约化', '政策解读'],
  ][(seed - 1) % 4]!;
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  r.texts = {
    overview: `${year}年，${name}围绕${focus[0]}和${focus[1]}推进政务公开。${pick(['完善主动公开目录，', '落实信息发布审查制度，', '建立公开工作台账，'])}通过政府网站发布${focus[2]}等信息${50 + n(150)}条；${pick(['依申请公开渠道畅通，均在法定期限内答复', '依申请公开件件有回复，无超期办理', '规范依申请公开受理、办理、答复流程'])}；${pick(['政务新媒体同步发布', '公开查阅点接待群众查阅', '开展政府开放日活动'])}。（示例数据）`,
    problems: `${pick(['一是', '主要问题：'])}${focus[n(2)]}信息${pick(['更新不够及时', '解读形式较单一', '发布标准不够统一'])}。改进措施：${pick(['建立栏目定期检查机制', '增加图解、视频等解读形式', '对照标准目录逐项梳理'])}，${pick(['明确责任科室和时限', '纳入年度考核', '加强业务培训'])}。（示例数据）`,
    other: `${year}年度未收取信息处理费。${pick(['办理人大代表建议', '承办人大代表建议'])}${n(5)}件、政协提案${n(5)}件，${pick(['均已按时办结', '办结率100%', '答复满意率100%'])}。（示例数据）`,
  };

  return r;
}

interface DemoPlan {
  code: string;
  seed: number;
  years: Record<
    number,
    { status: ReportStatus; submitted?: string; approved?: string; published?: string; breakR1?: boolean }
  >;
}

const PLAN: DemoPlan[] = [
  {
    code: '150785-sfj',
    seed: 1,
    years: {
      2023: { status: 'PUBLISHED', submitted: '2024-01-22', approved: '2024-01-29', published: '2024-01-31' },
      2024: { status: 'APPROVED', submitted: '2025-01-20', approved: '2025-01-27' },
    },
  },
  {
    code: '150785-mzj',
    seed: 2,
    years: {
      2023: { status: 'PUBLISHED', submitted: '2024-01-25', approved: '2024-01-30', published: '2024-01-31' },
      2024: { status: 'DRAFT', breakR1: true },
    },
  },
  {
    code: '150785-czj',
    seed: 3,
    years: {
      2023: { status: 'PUBLISHED', submitted: '2024-01-18', approved: '2024-01-26', published: '2024-01-31' },
      2024: { status: 'SUBMITTED', submitted: '2025-02-06' },
    },
  },
  {
    code: '150785-zwgkb',
    seed: 4,
    years: { 2023: { status: 'PUBLISHED', submitted: '2024-01-15', approved: '2024-01-22', published: '2024-01-31' } },
  },
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
      applyReportInput(report, {
        texts: data.texts,
        cells: Object.fromEntries(Object.entries(data.cells).map(([k, v]) => [k, v ?? ''])),
      });
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
          // Separation of duties: the office's reviewer (demo-reviewer, of 政务公开办) does not review the office's own
          // report as a department; the platform administrator did.
          userLogin:
            steps[i] === 'SUBMITTED'
              ? `${plan.code.split('-')[1]}-approver（示例）`
              : plan.code === '150785-zwgkb'
                ? 'demo-admin'
                : 'demo-reviewer',
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
