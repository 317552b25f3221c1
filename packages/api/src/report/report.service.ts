/**
 * Annual reports, the work behind the resolvers (each function takes the request's context first): entry and
 * imports, the rules with their context (one function for the report page, the submission check and the office's
 * dashboard), the review workflow, deadlines and the dashboard's lateness, the city-wide sum. The storage steps are
 * in packages/db (report-store.ts); the rules, statuses and labels in packages/domain.
 */
import {
  Agency,
  AnnualReport,
  ReportTransition,
  aggregateReports,
  departmentsOf,
  findReport,
  recordPublishedReport,
  reportData,
  reportDeadlines,
  saveReportDraft,
  setReportDeadlines as storeReportDeadlines,
  transitionReport,
  transitionReports,
} from '@gongkai/db';
import {
  DEFAULT_SUMMED_REPORT_STATUSES,
  REPORT_FORMATS,
  REPORT_STATUS_LABELS,
  checkReport,
  compareReports,
  computedTotals,
  isEditableReportStatus,
  isReportStatus,
  looksLikeAgencyName,
  publishedReportYearProblem,
  readReportJson,
  reportCellsRead,
  reportDeadline,
  sameAgencyName,
  type CellComparison,
  type ReportData,
  type ReportFormat,
  type ReportStatus,
  type RuleContext,
  type RuleResult,
} from '@gongkai/domain';
import { ReportFileError, parseReportFile } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import { recheckReviewDuty } from './duties.service.js';
import { keptSum, sumVersions } from './report-sum-cache.js';
import { agencyScopeKey } from '../scope.js';
import { decodeUpload } from '../intake/uploads.js';
import { withImportSlot } from '../intake/catalogue-import.service.js';
import type {
  PublishedReportImportType,
  ReportAggregateType,
  ReportCellType,
  ReportDashboardType,
  ReportFormatType,
  ReportInput,
} from './report.type.js';

export const cellsOf = (data: ReportData): ReportCellType[] =>
  Object.entries(data.cells).map(([id, value]) => ({ id, value }));

const login = (ctx: Context): string => (ctx.principal.kind === 'user' ? ctx.principal.login : '');

/** A date as the calendar day in China (deadlines are days in Beijing time, not UTC). */
const chinaDay = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);

// ---- lookups ----

export const agencyOf = (ctx: Context, code: string, field?: string): Promise<Agency> =>
  agencyByCode(ctx.em, code, field);

/** A government by its code (departments' reports hang under it), or a clear refusal naming governmentCode. */
export async function governmentByCode(ctx: Context, code: string): Promise<Agency> {
  const g = await agencyOf(ctx, code, 'governmentCode');
  if (g.kind !== 'GOVERNMENT')
    throw badUserInput(`「${g.name}」不是人民政府，没有下属部门的报告`, { field: 'governmentCode' });
  return g;
}

export async function reportById(ctx: Context, id: string, field = 'id'): Promise<AnnualReport> {
  assertId(id, field);
  const r = await ctx.em.findOne(AnnualReport, id);
  if (!r) throw notFound(`未找到 id 为「${id}」的年度报告`, { field });
  return r;
}

// ---- reading ----

export function reportFormat(format: string): ReportFormatType {
  const def = REPORT_FORMATS[format as ReportFormat];
  if (!def) throw badUserInput(`未知的报告格式「${format}」（应为 2021 或 2019）`, { field: 'format' });
  return {
    format: def.format,
    title: def.title,
    proactive: def.proactive,
    applicationRows: def.applicationRows,
    cells: def.cells.map((c) => ({ ...c, sumOf: c.sumOf ?? null })),
  };
}

export async function annualReport(ctx: Context, agencyCode: string, year: number): Promise<AnnualReport | null> {
  const agency = await agencyOf(ctx, agencyCode);
  return findReport(ctx.em, agency.id, year);
}

export function reportCells(r: AnnualReport): ReportCellType[] {
  return cellsOf(reportData(r));
}

export function reportComputedTotals(r: AnnualReport): ReportCellType[] {
  return Object.entries(computedTotals(reportData(r))).map(([id, value]) => ({ id, value }));
}

export async function reportTransitions(ctx: Context, r: AnnualReport): Promise<ReportTransition[]> {
  return ctx.em.find(ReportTransition, { report: r.id }, { orderBy: { at: 'asc' } });
}

async function lastYearOf(ctx: Context, r: AnnualReport): Promise<ReportData | null> {
  const last = await findReport(ctx.em, r.agency.id, r.year - 1);
  return last ? reportData(last) : null;
}

export async function reportYearOnYear(ctx: Context, r: AnnualReport): Promise<CellComparison[]> {
  const last = await lastYearOf(ctx, r);
  return last ? compareReports(reportData(r), last) : [];
}

export async function publishedReports(ctx: Context, year: number): Promise<AnnualReport[]> {
  return ctx.em.find(AnnualReport, { year, status: 'PUBLISHED' }, { orderBy: { agency: { position: 'asc' } } });
}

// ---- the rules ----

/**
 * The rule context of each report: its organ's previous report (R6–R9) and the reports of the same year of the
 * organs under the same parent (R10's peers). The one place that decides it — for a report's `ruleResults`, the
 * submission check and the office's dashboard alike — in three statements for any number of reports.
 */
export async function reportRuleContexts(
  ctx: Context,
  reports: readonly AnnualReport[],
): Promise<Map<string, RuleContext>> {
  const out = new Map<string, RuleContext>();
  if (reports.length === 0) return out;
  const agencyIds = [...new Set(reports.map((r) => r.agency.id))];
  const years = [...new Set(reports.map((r) => r.year))];
  const agencies = await ctx.em.find(Agency, { id: { $in: agencyIds } });
  const parentOf = new Map(agencies.map((a) => [a.id, a.parent?.id ?? null]));
  const parentIds = [...new Set(agencies.map((a) => a.parent?.id).filter((p): p is string => !!p))];
  const candidates = parentIds.length
    ? await ctx.em.find(
        AnnualReport,
        { year: { $in: years }, agency: { parent: { $in: parentIds } } },
        { populate: ['agency'] },
      )
    : [];
  const lastYears = await ctx.em.find(AnnualReport, {
    agency: { $in: agencyIds },
    year: { $in: years.map((y) => y - 1) },
  });
  for (const r of reports) {
    const parent = parentOf.get(r.agency.id) ?? null;
    const last = lastYears.find((l) => l.agency.id === r.agency.id && l.year === r.year - 1);
    const peers = parent
      ? candidates.filter((p) => p.year === r.year && p.id !== r.id && (p.agency as Agency).parent?.id === parent)
      : [];
    out.set(r.id, {
      lastYear: last ? reportData(last) : null,
      peers: peers.map((p) => ({ name: (p.agency as Agency).name, report: reportData(p) })),
    });
  }
  return out;
}

/** The rules R1–R10 on a report, in its rule context. */
export async function reportRuleResults(ctx: Context, r: AnnualReport): Promise<RuleResult[]> {
  const context = await reportRuleContexts(ctx, [r]);
  return checkReport(reportData(r), context.get(r.id));
}

// ---- entry ----

function toStoreInput(input: ReportInput) {
  const texts: Record<string, string> = {};
  for (const k of ['overview', 'problems', 'other'] as const)
    if (input[k] !== undefined && input[k] !== null) texts[k] = input[k]!;
  const cells: Record<string, string | null> = {};
  for (const c of input.cells ?? []) cells[c.id] = c.value ?? null;
  return { texts, cells };
}

export async function saveAnnualReport(
  ctx: Context,
  agencyCode: string,
  year: number,
  input: ReportInput,
  expectedVersion?: number | null,
): Promise<AnnualReport> {
  const agency = await agencyOf(ctx, agencyCode);
  const { report, created } = await saveReportDraft(ctx.em, agency, year, toStoreInput(input), expectedVersion);
  ctx.audit.push({
    operation: 'saveAnnualReport',
    objectType: 'AnnualReport',
    objectId: report.id,
    agencyId: agency.id,
    after: { year, created, cells: input.cells?.length ?? 0 },
  });
  return report;
}

/** A report from JSON (past years' reports): one reading of the JSON in the domain; a report no longer a draft is not overwritten. */
export async function importAnnualReport(ctx: Context, agencyCode: string, json: unknown): Promise<AnnualReport> {
  const agency = await agencyOf(ctx, agencyCode);
  // One reading of the JSON, in the domain (shape, year, format, every cell and text, unstorable characters).
  const parsed = readReportJson(json);
  if (!parsed.ok) throw badUserInput(parsed.message, { field: parsed.field });
  const { year, texts, cells } = parsed.report;
  const existing = await findReport(ctx.em, agency.id, year);
  if (existing && !isEditableReportStatus(existing.status))
    throw badUserInput(`${agency.name} ${year} 年已有报告（不是草稿），不能覆盖`, { field: 'year' });
  const { report } = await saveReportDraft(ctx.em, agency, year, { texts, cells });
  ctx.audit.push({
    operation: 'importAnnualReport',
    objectType: 'AnnualReport',
    objectId: report.id,
    agencyId: agency.id,
    after: { year },
  });
  return report;
}

const READ_PARTS: Record<string, string> = { year: '年份', format: '格式', texts: '文字', cells: '单元格' };
/** The JSON import's checks name JSON paths (「json.year：…」); for a PDF or Word file they name what was read from it. */
function asReadFromFile(message: string): string {
  return message.replace(/^json\.(year|format|texts|cells)\.?/u, (_, k: string) => `读出的${READ_PARTS[k] ?? k} `);
}

export interface PublishedReportFile {
  fileName: string;
  contentBase64: string;
}

export interface PublishedReportOptions {
  dryRun?: boolean | null;
  confirmReplace?: boolean | null;
  confirmAgency?: boolean | null;
}

/**
 * A published report's file read and recorded as printed (see the mutation's description): read in a worker, checked
 * like a JSON import, refused over a report made on the platform, replacing an earlier one only when confirmed;
 * a dry run reads and checks only.
 */
export async function importPublishedReport(
  ctx: Context,
  agencyCode: string,
  file: PublishedReportFile,
  options: PublishedReportOptions,
): Promise<PublishedReportImportType> {
  const { fileName, contentBase64 } = file;
  const { dryRun, confirmReplace, confirmAgency } = options;
  const agency = await agencyOf(ctx, agencyCode);
  const data = decodeUpload(fileName, contentBase64);
  let read;
  try {
    // Like catalogue imports: a few reads at a time (each holds a worker and this request's connection).
    read = (
      await withImportSlot(ctx, () =>
        parseReportFile(fileName, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      )
    ).result;
  } catch (e) {
    if (e instanceof ReportFileError) throw badUserInput(e.message, { field: 'contentBase64' });
    throw e;
  }
  if (!read.ok)
    throw badUserInput(`「${fileName}」：${read.message}`, { field: 'contentBase64', findings: read.findings });
  // The same checks as a JSON import (year, format, every cell and text storable).
  const checked = readReportJson(read.report);
  if (!checked.ok) throw badUserInput(`「${fileName}」：${asReadFromFile(checked.message)}`, { field: checked.field });
  const { year, format, texts, cells } = checked.report;
  const yearProblem = publishedReportYearProblem(year);
  if (yearProblem) throw badUserInput(`「${fileName}」${yearProblem}`, { field: 'year' });
  if (
    read.organ &&
    looksLikeAgencyName(read.organ) &&
    !sameAgencyName(read.organ, agency.name) &&
    confirmAgency !== true
  ) {
    throw badUserInput(
      `「${fileName}」的标题是「${read.title ?? read.organ}」，不是「${agency.name}」的报告；确认无误请选择「仍然录入」（confirmAgency）`,
      { field: 'confirmAgency', organ: read.organ },
    );
  }
  const existing = await findReport(ctx.em, agency.id, year);
  if (existing && !existing.importedAsPrinted) {
    throw badUserInput(
      `${agency.name} ${year} 年已有在平台上填写的报告，不能再按已发布年报录入；请在平台上的这份报告中修改`,
      { field: 'year' },
    );
  }
  if (existing && confirmReplace !== true && dryRun !== true) {
    throw badUserInput(
      `${agency.name} ${year} 年已按原文录入过一份已发布年报（文件「${existing.importFileName ?? ''}」）；要替换请确认（confirmReplace）`,
      { field: 'confirmReplace' },
    );
  }
  const asRead = { year, format, texts, cells };
  const { read: cellsRead, total: cellsTotal } = reportCellsRead(asRead);
  const base = {
    fileName,
    year,
    format,
    title: read.title,
    cellsRead,
    cellsTotal,
    findings: read.findings.map((f) => ({ ...f, cell: f.cell ?? null })),
    replaced: !!existing,
  };
  if (dryRun === true) {
    const last = await findReport(ctx.em, agency.id, year - 1);
    return {
      ...base,
      report: null,
      ruleResults: checkReport(asRead as ReportData, { lastYear: last ? reportData(last) : null }),
    };
  }
  const { report } = await recordPublishedReport(
    ctx.em,
    agency,
    year,
    { texts, cells },
    { fileName, findings: read.findings, userLogin: login(ctx) },
  );
  ctx.audit.push({
    operation: 'importPublishedReport',
    objectType: 'AnnualReport',
    objectId: report.id,
    agencyId: agency.id,
    after: { year, fileName, replaced: base.replaced, findings: read.findings.length },
  });
  return { ...base, report, ruleResults: await reportRuleResults(ctx, report) };
}

// ---- the workflow ----

/** 报送: refused, with the problems listed, while error-level rules fail. */
export async function submitAnnualReport(ctx: Context, id: string): Promise<AnnualReport> {
  const r = await reportById(ctx, id);
  const errors = (await reportRuleResults(ctx, r)).filter((x) => x.severity === 'error');
  if (errors.length) {
    throw badUserInput(
      `有 ${errors.length} 个错误，不能报送：${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('；')}${errors.length > 3 ? '……' : ''}`,
      { field: 'cells', ruleResults: errors },
    );
  }
  await transitionReport(ctx.em, r, 'SUBMITTED', login(ctx));
  ctx.audit.push({
    operation: 'submitAnnualReport',
    objectType: 'AnnualReport',
    objectId: r.id,
    agencyId: r.agency.id,
  });
  return r;
}

/** 退回 with an overall comment and comments on parts or cells (the review duty rechecked inside the transaction). */
export async function returnAnnualReport(
  ctx: Context,
  id: string,
  comment?: string | null,
  cellComments?: Record<string, string> | null,
): Promise<AnnualReport> {
  const r = await reportById(ctx, id);
  await recheckReviewDuty(ctx, 'returnAnnualReport', { id });
  if (
    cellComments &&
    (typeof cellComments !== 'object' || Object.values(cellComments).some((v) => typeof v !== 'string'))
  )
    throw badUserInput('cellComments：应为 { 单元格或部分: 意见 }', { field: 'cellComments' });
  await transitionReport(ctx.em, r, 'RETURNED', login(ctx), comment, cellComments ?? {});
  ctx.audit.push({
    operation: 'returnAnnualReport',
    objectType: 'AnnualReport',
    objectId: r.id,
    agencyId: r.agency.id,
    after: { comment, cellComments },
  });
  return r;
}

export async function approveAnnualReport(ctx: Context, id: string): Promise<AnnualReport> {
  const r = await reportById(ctx, id);
  await recheckReviewDuty(ctx, 'approveAnnualReport', { id });
  await transitionReport(ctx.em, r, 'APPROVED', login(ctx));
  ctx.audit.push({
    operation: 'approveAnnualReport',
    objectType: 'AnnualReport',
    objectId: r.id,
    agencyId: r.agency.id,
  });
  return r;
}

const BULK_VERB = { approve: '审核通过', return: '退回' } as const;

/**
 * Bulk 审核通过 or 退回 (1 to 500 reports, one comment for all) from the office's dashboard: each report under the
 * same duty check as the single step (policy.ts, and once more here with the reports locked), each one 已报送. One
 * request, one transaction: refused whole — nothing changes — if any report is refused, naming its department.
 */
export async function reviewAnnualReports(
  ctx: Context,
  step: 'approve' | 'return',
  ids: string[],
  comment?: string | null,
): Promise<AnnualReport[]> {
  const verb = BULK_VERB[step];
  assertBulkIds(ids);
  if (step === 'return' && !comment?.trim())
    throw badUserInput('退回时请写明意见（这条意见发给所选的每个部门）', { field: 'comment' });
  await recheckReviewDuty(ctx, step === 'approve' ? 'approveAnnualReports' : 'returnAnnualReports', { ids });
  const reports = await reportsByIds(ctx, ids);
  const notSubmitted = reports.filter((r) => r.status !== 'SUBMITTED');
  if (notSubmitted.length) {
    throw badUserInput(
      `只有「${REPORT_STATUS_LABELS.SUBMITTED}」的报告可以${verb}，以下部门的报告不是：${notSubmitted
        .map((r) => `${(r.agency as Agency).name}（${REPORT_STATUS_LABELS[r.status as ReportStatus]}）`)
        .join('、')}；所选的报告都没有${verb}`,
      { field: 'ids', agencies: notSubmitted.map((r) => (r.agency as Agency).name) },
    );
  }
  await transitionReports(ctx.em, reports, step === 'approve' ? 'APPROVED' : 'RETURNED', login(ctx), comment, {});
  for (const r of reports) {
    ctx.audit.push({
      operation: step === 'approve' ? 'approveAnnualReport' : 'returnAnnualReport',
      objectType: 'AnnualReport',
      objectId: r.id,
      agencyId: r.agency.id,
      after: { bulk: ids.length, ...(step === 'return' ? { comment } : {}) },
    });
  }
  return reports;
}

/** 公开 (1 to 500 reports at once). */
export async function publishAnnualReports(ctx: Context, ids: string[]): Promise<AnnualReport[]> {
  assertBulkIds(ids);
  await recheckReviewDuty(ctx, 'publishAnnualReports', { ids });
  const reports = await reportsByIds(ctx, ids);
  await transitionReports(ctx.em, reports, 'PUBLISHED', login(ctx));
  for (const r of reports) {
    ctx.audit.push({
      operation: 'publishAnnualReport',
      objectType: 'AnnualReport',
      objectId: r.id,
      agencyId: r.agency.id,
    });
  }
  return reports;
}

/** The ids of a bulk step: 1 to 500, each an id, none twice. */
function assertBulkIds(ids: string[]): void {
  if (ids.length === 0 || ids.length > 500) throw badUserInput('ids：应有 1 到 500 个报告', { field: 'ids' });
  ids.forEach((id) => assertId(id, 'ids'));
  if (new Set(ids).size !== ids.length) throw badUserInput('ids：同一份报告选了两次', { field: 'ids' });
}

/** The reports of a bulk step, in the order asked for, read in one statement; NOT_FOUND naming every id not found. */
async function reportsByIds(ctx: Context, ids: string[]): Promise<AnnualReport[]> {
  const found = await ctx.em.find(AnnualReport, { id: { $in: ids } }, { populate: ['agency'] });
  const byId = new Map(found.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) throw notFound(`未找到 id 为「${missing.join('」「')}」的年度报告`, { field: 'ids' });
  return ids.map((id) => byId.get(id)!);
}

// ---- the office's dashboard, deadlines, the sum ----

export async function setReportDeadlines(
  ctx: Context,
  governmentCode: string,
  year: number,
  departmentDue: string,
  governmentDue: string,
): Promise<ReportDashboardType> {
  const g = await governmentByCode(ctx, governmentCode);
  await storeReportDeadlines(ctx.em, g, year, departmentDue, governmentDue);
  ctx.audit.push({
    operation: 'setReportDeadlines',
    objectType: 'ReportDeadline',
    objectId: `${g.code}/${year}`,
    agencyId: g.id,
    after: { departmentDue, governmentDue },
  });
  return reportDashboard(ctx, governmentCode, year);
}

/**
 * The office's progress table: each department's report status, deadline and lateness (counted from the first
 * submission), and its rule problems — counted in the same rule context as the report's own `ruleResults`.
 */
export async function reportDashboard(
  ctx: Context,
  governmentCode: string,
  year: number,
): Promise<ReportDashboardType> {
  const g = await governmentByCode(ctx, governmentCode);
  const due = await reportDeadlines(ctx.em, g.id, year);
  const departments = await departmentsOf(ctx.em, g.id);
  const ids = departments.map((d) => d.id);
  const reports = ids.length ? await ctx.em.find(AnnualReport, { agency: { $in: ids }, year }) : [];
  // The government's own report (R11: published by 31 March, or the office's earlier date), tracked like the others.
  const own = await findReport(ctx.em, g.id, year);
  const contexts = await reportRuleContexts(ctx, own ? [...reports, own] : reports);
  const today = chinaDay(new Date());
  // Lateness counts from the first submission: a report returned and resubmitted was still filed on time.
  const firstSubmitted = new Map<string, Date>();
  const submissions = reports.length
    ? await ctx.em.find(
        ReportTransition,
        { report: { $in: reports.map((r) => r.id) }, toStatus: 'SUBMITTED' },
        { orderBy: { at: 'asc' } },
      )
    : [];
  for (const t of submissions) if (!firstSubmitted.has(t.report.id)) firstSubmitted.set(t.report.id, t.at);
  const ownResults = own ? checkReport(reportData(own), contexts.get(own.id)) : [];
  // Its deadline is for publishing it: lateness counts to the day it was published (today while it is not).
  const ownDeadline = own?.importedAsPrinted
    ? { deadline: due.governmentDue, daysLate: 0, late: false }
    : reportDeadline('government', year, own?.publishedAt ? chinaDay(own.publishedAt) : null, today, due.governmentDue);
  return {
    year,
    departmentDue: due.departmentDue,
    governmentDue: due.governmentDue,
    government: {
      agency: g,
      report: own,
      status: own?.status ?? null,
      deadline: ownDeadline.deadline,
      daysLate: ownDeadline.daysLate,
      late: ownDeadline.late,
      errors: ownResults.filter((x) => x.severity === 'error').length,
      warnings: ownResults.filter((x) => x.severity === 'warning').length,
    },
    departments: departments.map((agency) => {
      const report = reports.find((r) => r.agency.id === agency.id) ?? null;
      const results = report ? checkReport(reportData(report), contexts.get(report.id)) : [];
      const firstAt = report ? (firstSubmitted.get(report.id) ?? report.submittedAt) : null;
      const submitted = firstAt ? chinaDay(firstAt) : null;
      // A report recorded as printed from its published file was filed outside the platform: no lateness counted.
      const d = report?.importedAsPrinted
        ? { deadline: due.departmentDue, daysLate: 0, late: false }
        : reportDeadline('department', year, submitted, today, due.departmentDue);
      return {
        agency,
        report,
        status: report?.status ?? null,
        deadline: d.deadline,
        daysLate: d.daysLate,
        late: d.late,
        errors: results.filter((x) => x.severity === 'error').length,
        warnings: results.filter((x) => x.severity === 'warning').length,
      };
    }),
  };
}

/** The statuses a sum counts (default: 已审核通过 and 已公开), each one known. */
export function parseStatuses(statuses: string[] | null | undefined): ReportStatus[] {
  if (!statuses || statuses.length === 0) return [...DEFAULT_SUMMED_REPORT_STATUSES];
  for (const s of statuses) if (!isReportStatus(s)) throw badUserInput(`未知的报告状态「${s}」`, { field: 'statuses' });
  return statuses as ReportStatus[];
}

/** The largest page of organs a sum lists at once. */
export const AGGREGATE_LIST_MAX = 1000;
const AGGREGATE_SUBTREE_LIST_DEFAULT = 100;

export async function reportAggregate(
  ctx: Context,
  governmentCode: string,
  year: number,
  statuses?: string[] | null,
  options: { subtree?: boolean | null; listFirst?: number | null; listOffset?: number | null } = {},
): Promise<ReportAggregateType> {
  const g = await governmentByCode(ctx, governmentCode);
  const list = parseStatuses(statuses);
  const subtree = options.subtree === true;
  const first = options.listFirst ?? (subtree ? AGGREGATE_SUBTREE_LIST_DEFAULT : null);
  const offset = options.listOffset ?? 0;
  if (first !== null && (!Number.isInteger(first) || first < 0 || first > AGGREGATE_LIST_MAX))
    throw badUserInput(`listFirst 须为 0 到 ${AGGREGATE_LIST_MAX} 之间的整数`, { field: 'listFirst' });
  if (!Number.isInteger(offset) || offset < 0)
    throw badUserInput('listOffset 须为不小于 0 的整数', { field: 'listOffset' });
  // Who asks matters (row-level security decides which reports a sum sees): copies are kept per read scope — the
  // scope itself, so any change to it (agency, roles, subtree) is a different key, and reviewers of one government
  // share their copies.
  const p = ctx.principal;
  const scope = p.kind !== 'user' ? 'anonymous' : agencyScopeKey(p.readAgencies);
  const key = JSON.stringify([g.id, year, list, subtree, first, offset, scope]);
  return keptSum(key, await sumVersions(ctx.em, year), async () => {
    const agg = await aggregateReports(ctx.em, g.id, year, list, {
      subtree,
      list: first === null ? (offset > 0 ? { first: AGGREGATE_LIST_MAX, offset } : undefined) : { first, offset },
    });
    const rules = checkReport(agg.data).filter((r) => ['R1', 'R2', 'R3', 'R4'].includes(r.rule));
    return {
      year,
      format: agg.data.format,
      statuses: list,
      cells: cellsOf(agg.data),
      included: agg.included,
      missing: agg.missing.map((m) => ({ agency: m, status: m.status })),
      includedCount: agg.includedCount,
      missingCount: agg.missingCount,
      subtree,
      ruleResults: rules,
    };
  });
}

/** The government's own report, started as a draft from the sum of its departments' reports. */
export async function startGovernmentReport(
  ctx: Context,
  governmentCode: string,
  year: number,
  statuses?: string[] | null,
): Promise<AnnualReport> {
  const g = await governmentByCode(ctx, governmentCode);
  if (await findReport(ctx.em, g.id, year)) throw badUserInput(`${g.name} ${year} 年的报告已经存在`, { field: 'year' });
  const agg = await aggregateReports(ctx.em, g.id, year, parseStatuses(statuses));
  if (agg.included.length === 0) throw badUserInput('还没有可汇总的部门报告（按所选状态）', { field: 'statuses' });
  const cells = Object.fromEntries(Object.entries(agg.data.cells).map(([id, v]) => [id, v ?? '']));
  const { report } = await saveReportDraft(ctx.em, g, year, { cells });
  report.aggregated = true;
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'startGovernmentReport',
    objectType: 'AnnualReport',
    objectId: report.id,
    agencyId: g.id,
    after: { year, included: agg.included.map((a) => a.name), missing: agg.missing.map((m) => m.name) },
  });
  return report;
}
