/**
 * Annual reports: reading and writing the domain's ReportData, the review workflow, per-government deadlines,
 * and the city-wide sum — one SQL statement over the cell columns, with the list of included and missing organs.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_SUMMED_REPORT_STATUSES,
  EDITABLE_REPORT_STATUSES,
  REPORT_FORMATS,
  REPORT_STATUS_LABELS,
  emptyReport,
  formatForYear,
  isEditableReportStatus,
  parseCellInput,
  settleSumTotals,
  summedCell,
  type CellValue,
  type ReportData,
  type ReportFormat,
  type ReportStatus,
  type TextSection,
} from '@gongkai/domain';
import { Agency } from '../agency.js';
import {
  AnnualReport,
  GovernmentSetting,
  ReportDeadline,
  ReportTransition,
  cellColumn,
  cellProperty,
} from './report-entities.js';
import { ConflictError, UserInputError } from '../edit-errors.js';
import { withSubtreeHashed } from '../scope-mode.js';

export function reportData(r: AnnualReport): ReportData {
  const data = emptyReport(r.year, r.format);
  const na = new Set(r.notApplicable);
  for (const c of REPORT_FORMATS[r.format].cells) {
    const raw = r[cellProperty(c.id) as `c_${string}`];
    data.cells[c.id] = na.has(c.id) ? '/' : raw === null || raw === undefined ? null : normalize(String(raw));
  }
  data.texts = { overview: r.overview, problems: r.problems, other: r.other };
  return data;
}

/** numeric(18,4) comes back as '12.0000': back to the canonical '12'. */
function normalize(v: string): string {
  return v.includes('.') ? v.replace(/\.?0+$/u, '') || '0' : v;
}

export interface ReportInput {
  texts?: Partial<Record<TextSection, string>>;
  /** Cell values as typed: '12', '/', '' (not filled). */
  cells?: Record<string, string | null>;
}

/** Validates and applies input; a malformed value is refused with its cell named, and nothing is applied. */
export function applyReportInput(r: AnnualReport, input: ReportInput): void {
  const def = REPORT_FORMATS[r.format];
  const parsed: Array<[string, CellValue]> = [];
  for (const [id, text] of Object.entries(input.cells ?? {})) {
    const cell = def.byId.get(id);
    if (!cell) throw new UserInputError(`未知的单元格「${id}」（${r.format} 年格式中没有）`, id);
    const p = parseCellInput(cell.kind, text ?? '');
    if (!p.ok) throw new UserInputError(`「${cell.row}」「${cell.column}」：${p.message}`, id);
    parsed.push([id, p.value]);
  }
  const na = new Set(r.notApplicable);
  for (const [id, value] of parsed) {
    const prop = cellProperty(id) as `c_${string}`;
    if (value === '/') {
      na.add(id);
      r[prop] = null;
    } else {
      na.delete(id);
      r[prop] = value;
    }
  }
  r.notApplicable = [...na].sort();
  for (const [k, v] of Object.entries(input.texts ?? {})) {
    if (k !== 'overview' && k !== 'problems' && k !== 'other') throw new UserInputError(`未知的文字部分「${k}」`, k);
    r[k] = v ?? '';
  }
}

export async function findReport(em: EntityManager, agencyId: string, year: number): Promise<AnnualReport | null> {
  return em.findOne(AnnualReport, { agency: agencyId, year });
}

/** Saves a draft (creating the report on first save). Rule failures never block a save. */
export async function saveReportDraft(
  em: EntityManager,
  agency: Agency,
  year: number,
  input: ReportInput,
  expectedVersion?: number | null,
): Promise<{ report: AnnualReport; created: boolean }> {
  if (!Number.isInteger(year) || year < 2008 || year > new Date().getFullYear())
    throw new UserInputError(`年份「${year}」不对：应为 2008 年至今的年份`, 'year');
  let report = await findReport(em, agency.id, year);
  const created = !report;
  if (!report) report = em.create(AnnualReport, { agency, year, format: formatForYear(year) as ReportFormat });
  else {
    if (expectedVersion !== undefined && expectedVersion !== null && report.version !== expectedVersion) {
      throw new ConflictError(`${agency.name} ${year} 年报告已被他人修改，你的修改没有保存；请刷新后再改`, []);
    }
    if (!isEditableReportStatus(report.status))
      throw new UserInputError(
        `${agency.name} ${year} 年报告${REPORT_STATUS_LABELS[report.status as ReportStatus]}，不能再修改`,
      );
  }
  applyReportInput(report, input);
  await em.flush();
  return { report, created };
}

/** A finding of the reader of a published report, as stored with it. */
export interface PrintedFinding {
  level: string;
  code: string;
  message: string;
  cell?: string;
}

/**
 * Records a published report read from its file as a historical PUBLISHED report, as printed: every cell and text as
 * given (rule failures are flagged by the rules, never fixed, never blocking), marked `importedAsPrinted`, with the
 * reader's findings and the file name. Refused when the agency already has a report of that year made on the
 * platform (one imported this way before is replaced). One workflow record (DRAFT → PUBLISHED) says who and from what.
 */
export async function recordPublishedReport(
  em: EntityManager,
  agency: Agency,
  year: number,
  input: Required<Pick<ReportInput, 'texts' | 'cells'>>,
  meta: { fileName: string; findings: PrintedFinding[]; userLogin: string },
): Promise<{ report: AnnualReport; replaced: boolean }> {
  if (!Number.isInteger(year) || year < 2008 || year > new Date().getFullYear())
    throw new UserInputError(`年份「${year}」不对：应为 2008 年至今的年份`, 'year');
  let report = await findReport(em, agency.id, year);
  const replaced = !!report;
  if (report && !report.importedAsPrinted) {
    throw new UserInputError(
      `${agency.name} ${year} 年已有在平台上填写的报告（${REPORT_STATUS_LABELS[report.status as ReportStatus]}），不能再按已发布年报录入；请改用平台上的这份报告`,
      'year',
    );
  }
  if (!report) report = em.create(AnnualReport, { agency, year, format: formatForYear(year) as ReportFormat });
  const previous = report.status as ReportStatus;
  // As printed: every cell is set (unread ones to empty), so a replaced import keeps nothing of the old one.
  const cells: Record<string, string | null> = {};
  for (const c of REPORT_FORMATS[report.format].cells) cells[c.id] = input.cells[c.id] ?? '';
  applyReportInput(report, { texts: { overview: '', problems: '', other: '', ...input.texts }, cells });
  report.importedAsPrinted = true;
  report.importFindings = meta.findings.map((f) => ({
    level: f.level,
    code: f.code,
    message: f.message,
    ...(f.cell ? { cell: f.cell } : {}),
  }));
  report.importFileName = meta.fileName;
  report.status = 'PUBLISHED';
  // The date it was published outside the platform is not known: no date is invented.
  em.create(ReportTransition, {
    agency: report.agency,
    report,
    fromStatus: replaced ? previous : 'DRAFT',
    toStatus: 'PUBLISHED',
    userLogin: meta.userLogin,
    comment: `按原文录入已发布的年度报告（文件「${meta.fileName}」${replaced ? '，替换此前录入的一份' : ''}）`,
    cellComments: {},
  });
  await em.flush();
  return { report, replaced };
}

/** The workflow: each step's target status and the statuses it may start from. */
const ALLOWED: Partial<Record<ReportStatus, readonly ReportStatus[]>> = {
  SUBMITTED: EDITABLE_REPORT_STATUSES,
  RETURNED: ['SUBMITTED'],
  APPROVED: ['SUBMITTED'],
  PUBLISHED: ['APPROVED'],
};

/** A workflow step (submit, return, approve, publish), recorded with who, when and comments. */
export async function transitionReport(
  em: EntityManager,
  report: AnnualReport,
  to: ReportStatus,
  userLogin: string,
  comment?: string | null,
  cellComments?: Record<string, string>,
): Promise<ReportTransition> {
  const [t] = await transitionReports(em, [report], to, userLogin, comment, cellComments);
  return t!;
}

/**
 * Moves reports to `to`, each by the same rule as one (allowed steps, a comment to return), recording a transition
 * for each, and writes them in one flush (MikroORM batches the inserts and updates) instead of one flush per report.
 * Refused whole (nothing written) if any report may not take the step.
 */
export async function transitionReports(
  em: EntityManager,
  reports: AnnualReport[],
  to: ReportStatus,
  userLogin: string,
  comment?: string | null,
  cellComments?: Record<string, string>,
): Promise<ReportTransition[]> {
  for (const report of reports) {
    const from = report.status as ReportStatus;
    if (!ALLOWED[to]?.includes(from)) {
      throw new UserInputError(
        `报告当前${REPORT_STATUS_LABELS[from]}，不能${to === 'SUBMITTED' ? '报送' : to === 'RETURNED' ? '退回' : to === 'APPROVED' ? '审核通过' : '公开'}`,
      );
    }
    if (to === 'RETURNED' && !(comment?.trim() || Object.keys(cellComments ?? {}).length))
      throw new UserInputError('退回时请写明意见（整体或针对某部分、某单元格）', 'comment');
    for (const key of Object.keys(cellComments ?? {})) {
      if (
        !REPORT_FORMATS[report.format].byId.has(key) &&
        !['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other'].includes(key)
      ) {
        throw new UserInputError(`意见所指的「${key}」不是报告的部分或单元格`, 'cellComments');
      }
    }
  }
  const now = new Date();
  const transitions = reports.map((report) => {
    const from = report.status as ReportStatus;
    report.status = to;
    if (to === 'SUBMITTED') report.submittedAt = now;
    if (to === 'APPROVED') report.approvedAt = now;
    if (to === 'PUBLISHED') report.publishedAt = now;
    return em.create(ReportTransition, {
      agency: report.agency,
      report,
      fromStatus: from,
      toStatus: to,
      userLogin,
      comment: comment?.trim() || null,
      cellComments: cellComments ?? {},
    });
  });
  await em.flush();
  return transitions;
}

/** Departments of a government: its child agencies. */
export async function departmentsOf(em: EntityManager, governmentId: string): Promise<Agency[]> {
  return em.find(Agency, { parent: governmentId, kind: 'DEPARTMENT' }, { orderBy: { position: 'asc', name: 'asc' } });
}

/** The agency fields an aggregate lists (plain rows: thousands of them must not cost entity hydration). */
export interface AggregateAgency {
  id: string;
  code: string;
  name: string;
  kind: 'DEPARTMENT';
  status: ReportStatus | null;
}

export interface ReportAggregate {
  data: ReportData;
  /** The organs counted and those not (one page of each when `list` limits them). */
  included: AggregateAgency[];
  missing: AggregateAgency[];
  /** How many organs are counted and how many not, whatever the page. */
  includedCount: number;
  missingCount: number;
}

export interface AggregateOptions {
  /**
   * Which departments: the government's own (false, the default) or every department anywhere below it (true: a
   * province's sum over its cities' and counties' departments; governments' own reports are sums themselves and
   * are not counted again).
   */
  subtree?: boolean;
  /** One page of the included and missing lists; all of them when absent. */
  list?: { first: number; offset: number };
}

/** The departments summed: a recursive walk of the tree below the government, or its children. */
function departmentsSql(subtree: boolean): string {
  return subtree
    ? `with recursive tree as (select id from agency where id = ?
         union all select a.id from agency a join tree t on a.parent_id = t.id)
       select a.* from agency a where a.id in (select id from tree) and a.kind = 'DEPARTMENT'`
    : `select a.* from agency a where a.parent_id = ? and a.kind = 'DEPARTMENT'`;
}

/**
 * The cell-wise sum of the departments' reports of a year whose status is in `statuses` — one SQL statement over
 * the cell columns (a cell 「/」 in every included report stays 「/」: the domain's `summedCell`) that also counts the
 * organs — with the organs included and those missing (one more statement listing the departments with their report status, or one page of each).
 */
export async function aggregateReports(
  em: EntityManager,
  governmentId: string,
  year: number,
  statuses: readonly ReportStatus[] = DEFAULT_SUMMED_REPORT_STATUSES,
  options: AggregateOptions = {},
): Promise<ReportAggregate> {
  // A whole subtree's reports (a province: 10,000): a reviewer's subtree hashed once per statement, not probed per row.
  return options.subtree === true
    ? withSubtreeHashed(em, () => sumReports(em, governmentId, year, statuses, options))
    : sumReports(em, governmentId, year, statuses, options);
}

async function sumReports(
  em: EntityManager,
  governmentId: string,
  year: number,
  statuses: readonly ReportStatus[],
  options: AggregateOptions,
): Promise<ReportAggregate> {
  const format = formatForYear(year);
  const cells = REPORT_FORMATS[format].cells.map((c) => c.id);
  const data = emptyReport(year, format);
  const inStatuses = statuses.map(() => '?').join(', ');
  const departments = departmentsSql(options.subtree === true);
  const counted = `coalesce(r.format = ? and r.status in (${inStatuses}), false)`;
  // Per cell the sum of the numbers (null when no included report has a number there), and apart from it how many
  // included reports say 「/」 there — read from each report's list of 「/」 cells, so the cost follows the 「/」 cells
  // there are, not reports × cells. The domain's `summedCell` makes the cell of the two.
  const sumList = cells.map((id, i) => `sum(${cellColumn(id)}) filter (where c.counted) as s${i}`).join(', ');
  const [row] = await em.execute<Array<Record<string, unknown>>>(
    `with d as (${departments}),
          c as (select d.id, ${counted} as counted from d left join annual_report r on r.agency_id = d.id and r.year = ?),
          na as (select e.id, count(*)::int as n
                   from c join annual_report r on r.agency_id = c.id and r.year = ? and c.counted
                   cross join lateral jsonb_array_elements_text(r.not_applicable) as e(id)
                  group by e.id)
     select count(*) filter (where c.counted)::int as included, count(*) filter (where not c.counted)::int as missing,
            (select coalesce(jsonb_object_agg(na.id, na.n), '{}'::jsonb) from na) as na,
            ${sumList}
       from c left join annual_report r on r.agency_id = c.id and r.year = ? and c.counted`,
    [governmentId, format, ...statuses, year, year, year],
  );
  const includedCount = Number(row?.included ?? 0);
  const missingCount = Number(row?.missing ?? 0);
  if (includedCount > 0) {
    const raw = row?.na;
    const na = (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? {})) as Record<string, number>;
    cells.forEach((id, i) => {
      const s = row?.[`s${i}`];
      const total = s === null || s === undefined ? null : String(s as string | number);
      data.cells[id] = summedCell({ total, numbers: total === null ? 0 : 1, notApplicable: na[id] ?? 0 });
    });
    settleSumTotals(data);
  }
  const page = options.list;
  const listed = await em.execute<
    Array<{ id: string; code: string; name: string; status: ReportStatus | null; counted: boolean }>
  >(
    `select * from (
       select d.id, d.code, d.name, r.status, ${counted} as counted,
              row_number() over (partition by ${counted} order by d.position, d.name, d.id) as n
         from (${departments}) d left join annual_report r on r.agency_id = d.id and r.year = ?) x
      ${page ? 'where x.n > ? and x.n <= ?' : ''}
      order by x.n`,
    [
      format,
      ...statuses,
      format,
      ...statuses,
      governmentId,
      year,
      ...(page ? [page.offset, page.offset + page.first] : []),
    ],
  );
  const plain = (d: (typeof listed)[number]): AggregateAgency => ({
    id: d.id,
    code: d.code,
    name: d.name,
    kind: 'DEPARTMENT',
    status: d.status,
  });
  return {
    data,
    included: listed.filter((d) => d.counted).map(plain),
    missing: listed.filter((d) => !d.counted).map(plain),
    includedCount,
    missingCount,
  };
}

export async function reportDeadlines(
  em: EntityManager,
  governmentId: string,
  year: number,
): Promise<{ departmentDue: string; governmentDue: string; custom: boolean }> {
  const d = await em.findOne(ReportDeadline, { agency: governmentId, year });
  return d
    ? { departmentDue: d.departmentDue, governmentDue: d.governmentDue, custom: true }
    : { departmentDue: `${year + 1}-01-31`, governmentDue: `${year + 1}-03-31`, custom: false };
}

export async function setReportDeadlines(
  em: EntityManager,
  government: Agency,
  year: number,
  departmentDue: string,
  governmentDue: string,
): Promise<void> {
  const latestDept = `${year + 1}-01-31`;
  const latestGov = `${year + 1}-03-31`;
  const valid = (d: string): boolean =>
    /^\d{4}-\d{2}-\d{2}$/u.test(d) &&
    !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
    new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!valid(departmentDue))
    throw new UserInputError(`部门报送截止日「${departmentDue}」不是有效日期`, 'departmentDue');
  if (!valid(governmentDue))
    throw new UserInputError(`本级报告公开截止日「${governmentDue}」不是有效日期`, 'governmentDue');
  if (departmentDue > latestDept || departmentDue <= `${year}-12-31`)
    throw new UserInputError(
      `部门报送截止日应在 ${year + 1}-01-01 至 ${latestDept} 之间（《条例》第四十九条：1月31日前）`,
      'departmentDue',
    );
  if (governmentDue > latestGov || governmentDue < departmentDue)
    throw new UserInputError(
      `本级报告公开截止日应在部门截止日之后、${latestGov} 之前（《条例》第四十九条：3月31日前）`,
      'governmentDue',
    );
  let d = await em.findOne(ReportDeadline, { agency: government, year });
  if (!d) d = em.create(ReportDeadline, { agency: government, year, departmentDue, governmentDue });
  d.departmentDue = departmentDue;
  d.governmentDue = governmentDue;
  await em.flush();
}

/** A government's separation-of-duties settings; the defaults when it changed none. */
export interface GovernmentSettings {
  /** A catalogue draft is not published by the only person who edited it (where the agency has a 部门审批人). */
  catalogueSecondPerson: boolean;
}

export const DEFAULT_GOVERNMENT_SETTINGS: Readonly<GovernmentSettings> = { catalogueSecondPerson: true };

export async function governmentSettings(em: EntityManager, governmentId: string): Promise<GovernmentSettings> {
  const s = await em.findOne(GovernmentSetting, { agency: governmentId });
  return s ? { catalogueSecondPerson: s.catalogueSecondPerson } : { ...DEFAULT_GOVERNMENT_SETTINGS };
}

/** Changes a government's settings (only the fields given). */
export async function setGovernmentSettings(
  em: EntityManager,
  government: Agency,
  change: Partial<GovernmentSettings>,
  by: string | null = null,
): Promise<GovernmentSettings> {
  if (government.kind !== 'GOVERNMENT')
    throw new UserInputError(`「${government.name}」不是人民政府，没有职责分离设置`, 'governmentCode');
  let s = await em.findOne(GovernmentSetting, { agency: government.id });
  if (!s) s = em.create(GovernmentSetting, { agency: government });
  if (change.catalogueSecondPerson !== undefined) s.catalogueSecondPerson = change.catalogueSecondPerson;
  s.updatedAt = new Date();
  s.updatedBy = by;
  await em.flush();
  return { catalogueSecondPerson: s.catalogueSecondPerson };
}
