/**
 * Demo annual reports (invented, marked demo): plausible, consistent numbers for the demo departments, 2023 and
 * 2024, with one report that fails R1 and one late submitter, and the last completed year (from today's date) with a
 * mix of statuses, so the dashboard, the rules and the sum have something to show.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_GROUPS,
  canonical,
  emptyReport,
  reportYearToFile,
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

interface DemoYear {
  status: ReportStatus;
  submitted?: string;
  approved?: string;
  published?: string;
  /** 退回: the day and the reviewer's comment (on the report and on cells). */
  returned?: { on: string; comment: string; cells?: Record<string, string> };
  breakR1?: boolean;
}

interface DemoPlan {
  code: string;
  seed: number;
  years: Record<number, DemoYear>;
}

/** 2023 and 2024: fixed (the tests rely on them). */
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

/** The last year of the fixed plan; the last completed year is added only when it is later. */
const FIXED_UNTIL = 2024;

/**
 * The last completed year (the one the dashboard opens on, from today's date, Beijing days), so the demo does not open
 * on a year where every department is 逾期: a mix — two 已公开, two 已报送 awaiting review (one of them late), one
 * 已退回 with the reviewer's comment — and 司法局, 民政局 and 财政局 not started (司法局's editor fills that year's
 * report in the demo walkthrough and the tests write those three departments' reports themselves). Dates are
 * January–February of the year after (departments are due by 31 January).
 */
function lastCompletedYearPlan(year: number): Array<{ code: string; seed: number; spec: DemoYear }> {
  const d = (md: string): string => `${year + 1}-${md}`;
  return [
    {
      code: '150785-zwgkb',
      seed: 4,
      spec: { status: 'PUBLISHED', submitted: d('01-12'), approved: d('01-19'), published: d('01-26') },
    },
    {
      code: '150785-jyj',
      seed: 5,
      spec: { status: 'PUBLISHED', submitted: d('01-14'), approved: d('01-21'), published: d('01-28') },
    },
    { code: '150785-wjw', seed: 6, spec: { status: 'SUBMITTED', submitted: d('01-27') } },
    { code: '150785-rsj', seed: 8, spec: { status: 'SUBMITTED', submitted: d('02-09') } },
    {
      code: '150785-scjgj',
      seed: 7,
      spec: {
        status: 'RETURNED',
        submitted: d('01-23'),
        returned: {
          on: d('01-27'),
          comment: '五、存在的主要问题及改进情况写得过于简略，请补充具体改进措施后重新报送。',
          cells: { problems: '请写明改进措施、责任科室和时限' },
        },
      },
    },
  ];
}

/** The demo plan for a given day: 2023 and 2024 as fixed, and the last completed year when it is later. */
export function demoReportPlan(today: Date = new Date()): DemoPlan[] {
  const plans = PLAN.map((p) => ({ ...p, years: { ...p.years } }));
  const year = reportYearToFile(today);
  if (year <= FIXED_UNTIL) return plans;
  for (const { code, seed, spec } of lastCompletedYearPlan(year)) {
    const plan = plans.find((p) => p.code === code);
    if (plan) plan.years[year] = spec;
    else plans.push({ code, seed, years: { [year]: spec } });
  }
  return plans;
}

const FLOW: ReportStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'];

/** The workflow steps a demo report went through, each with its day. */
function demoSteps(spec: DemoYear): Array<{ from: ReportStatus; to: ReportStatus; on?: string }> {
  if (spec.status === 'RETURNED')
    return [
      { from: 'DRAFT', to: 'SUBMITTED', on: spec.submitted },
      { from: 'SUBMITTED', to: 'RETURNED', on: spec.returned?.on },
    ];
  const flow = FLOW.slice(0, FLOW.indexOf(spec.status) + 1);
  const days = [spec.submitted, spec.approved, spec.published];
  return flow.slice(1).map((to, i) => ({ from: flow[i]!, to, on: days[i] }));
}

/**
 * Adds the demo reports (owner connection, inside the demo-data transaction): 2023 and 2024, and the last completed
 * year as of `today`.
 */
export async function loadDemoReports(em: EntityManager, today: Date = new Date()): Promise<number> {
  let count = 0;
  for (const plan of demoReportPlan(today)) {
    const agency = await em.findOne(Agency, { code: plan.code });
    if (!agency) continue;
    let carried: Record<string, string> | undefined;
    let carriedYear = 0;
    for (const [y, spec] of Object.entries(plan.years).sort()) {
      const year = Number(y);
      // 二、上年结转 follows last year's 四、结转下年度继续办理 when the department reported last year (R6).
      const data = demoReportData(year, plan.seed, agency.name, carriedYear === year - 1 ? carried : undefined);
      carried = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, data.cells[`a.carriedForward.${c.key}`]!]));
      carriedYear = year;
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
      for (const step of demoSteps(spec)) {
        const returned = step.to === 'RETURNED' ? spec.returned : undefined;
        em.create(ReportTransition, {
          agency,
          report,
          fromStatus: step.from,
          toStatus: step.to,
          at: at(step.on) ?? new Date(),
          // Separation of duties: the office's reviewer (demo-reviewer, of 政务公开办) does not review the office's own
          // report as a department; the platform administrator did.
          userLogin:
            step.to === 'SUBMITTED'
              ? `${plan.code.split('-')[1]}-approver（示例）`
              : plan.code === '150785-zwgkb'
                ? 'demo-admin'
                : 'demo-reviewer',
          comment: returned?.comment ?? null,
          cellComments: returned?.cells ?? {},
        });
      }
      count++;
    }
  }
  await em.flush();
  return count;
}
