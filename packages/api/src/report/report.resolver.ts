/**
 * Annual reports: entry (drafts always save), the rules, the review workflow, deadlines, the office's dashboard,
 * the city-wide sum and year-on-year comparison. Access rules are in policy.ts; the work in packages/db and domain.
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
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
  setReportDeadlines,
  transitionReport,
  REPORT_STATUSES,
  type ReportStatus,
} from '@gongkai/db';
import {
  REPORT_FORMATS,
  checkReport,
  compareReports,
  computedTotals,
  looksLikeAgencyName,
  publishedReportYearProblem,
  readReportJson,
  reportCellsRead,
  sameAgencyName,
  reportDeadline,
  type ReportData,
  type ReportFormat,
} from '@gongkai/domain';
import { ReportFileError, parseReportFile } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { recheckReviewDuty } from './duties.service.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import { decodeUpload } from '../intake/uploads.js';
import { withImportSlot } from '../intake/catalogue-import.service.js';
import { AgencyType } from '../graphql-types.js';
import {
  AnnualReportType,
  CellComparisonType,
  ReportAggregateType,
  ReportCellType,
  ReportDashboardType,
  ReportFormatType,
  PublishedReportImportType,
  ReportInput,
  ReportTransitionType,
  RuleResultType,
} from './report.type.js';

const cellsOf = (data: ReportData): ReportCellType[] => Object.entries(data.cells).map(([id, value]) => ({ id, value }));

const agencyOf = (ctx: Context, code: string, field?: string): Promise<Agency> => agencyByCode(ctx.em, code, field);

async function governmentByCode(ctx: Context, code: string): Promise<Agency> {
  const g = await agencyOf(ctx, code, 'governmentCode');
  if (g.kind !== 'GOVERNMENT') throw badUserInput(`「${g.name}」不是人民政府，没有下属部门的报告`, { field: 'governmentCode' });
  return g;
}

async function reportOrFail(ctx: Context, id: string): Promise<AnnualReport> {
  assertId(id, 'id');
  const r = await ctx.em.findOne(AnnualReport, id);
  if (!r) throw notFound(`未找到 id 为「${id}」的年度报告`, { field: 'id' });
  return r;
}

async function lastYearOf(ctx: Context, r: AnnualReport): Promise<ReportData | null> {
  const last = await findReport(ctx.em, r.agency.id, r.year - 1);
  return last ? reportData(last) : null;
}

/** The rule context of a report: its organ's previous report (R6–R9) and its peers' reports of the year (R10). */
async function ruleContext(ctx: Context, r: AnnualReport) {
  const agency = await ctx.em.findOneOrFail(Agency, r.agency.id);
  const siblings = agency.parent
    ? await ctx.em.find(AnnualReport, { year: r.year, agency: { parent: agency.parent.id }, id: { $ne: r.id } }, { populate: ['agency'] })
    : [];
  return {
    lastYear: await lastYearOf(ctx, r),
    peers: siblings.map((p) => ({ name: (p.agency as Agency).name, report: reportData(p) })),
  };
}

function toInput(input: ReportInput) {
  const texts: Record<string, string> = {};
  for (const k of ['overview', 'problems', 'other'] as const) if (input[k] !== undefined && input[k] !== null) texts[k] = input[k]!;
  const cells: Record<string, string | null> = {};
  for (const c of input.cells ?? []) cells[c.id] = c.value ?? null;
  return { texts, cells };
}

/** A date as the calendar day in China (deadlines are days in Beijing time, not UTC). */
const chinaDay = (d: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

const login = (ctx: Context): string => (ctx.principal.kind === 'user' ? ctx.principal.login : '');

function parseStatuses(statuses: string[] | null | undefined): ReportStatus[] {
  const list = statuses && statuses.length ? statuses : ['APPROVED', 'PUBLISHED'];
  for (const s of list) if (!(REPORT_STATUSES as readonly string[]).includes(s)) throw badUserInput(`未知的报告状态「${s}」`, { field: 'statuses' });
  return list as ReportStatus[];
}

const READ_PARTS: Record<string, string> = { year: '年份', format: '格式', texts: '文字', cells: '单元格' };
/** The JSON import's checks name JSON paths (「json.year：…」); for a PDF or Word file they name what was read from it. */
function asReadFromFile(message: string): string {
  return message.replace(/^json\.(year|format|texts|cells)\.?/u, (_, k: string) => `读出的${READ_PARTS[k] ?? k} `);
}

@Resolver(() => AnnualReportType)
export class AnnualReportResolver {
  @FieldResolver(() => AgencyType)
  async agency(@Root() r: AnnualReport, @Ctx() { loaders }: Context): Promise<Agency> {
    return (await loaders.agencyById.load(r.agency.id))!;
  }

  @FieldResolver(() => [ReportCellType], { description: '全部单元格（按格式顺序）' })
  cells(@Root() r: AnnualReport): ReportCellType[] {
    return cellsOf(reportData(r));
  }

  @FieldResolver(() => [ReportCellType], { description: '可自动计算的合计（各部分都已填写时）' })
  computedTotals(@Root() r: AnnualReport): ReportCellType[] {
    return Object.entries(computedTotals(reportData(r))).map(([id, value]) => ({ id, value }));
  }

  @FieldResolver(() => [RuleResultType], { description: '勾稽关系检查 R1–R10（有上年报告时含跨年规则）' })
  async ruleResults(@Root() r: AnnualReport, @Ctx() ctx: Context): Promise<RuleResultType[]> {
    return checkReport(reportData(r), await ruleContext(ctx, r));
  }

  @FieldResolver(() => [ReportTransitionType], { description: '流程记录（早的在前）' })
  async transitions(@Root() r: AnnualReport, @Ctx() ctx: Context): Promise<ReportTransition[]> {
    return ctx.em.find(ReportTransition, { report: r.id }, { orderBy: { at: 'asc' } });
  }

  @FieldResolver(() => [CellComparisonType], { description: '与上年报告逐格比较（没有上年报告时为空）' })
  async yearOnYear(@Root() r: AnnualReport, @Ctx() ctx: Context): Promise<CellComparisonType[]> {
    const last = await lastYearOf(ctx, r);
    return last ? compareReports(reportData(r), last) : [];
  }
}

@Resolver()
export class ReportResolver {
  @Query(() => ReportFormatType, { description: '年度报告格式定义（标签原文）' })
  reportFormat(@Arg('format') format: string): ReportFormatType {
    const def = REPORT_FORMATS[format as ReportFormat];
    if (!def) throw badUserInput(`未知的报告格式「${format}」（应为 2021 或 2019）`, { field: 'format' });
    return { format: def.format, title: def.title, proactive: def.proactive, applicationRows: def.applicationRows, cells: def.cells.map((c) => ({ ...c, sumOf: c.sumOf ?? null })) };
  }

  @Query(() => AnnualReportType, { nullable: true, description: '某机关某年的报告；还没有时为 null' })
  async annualReport(@Ctx() ctx: Context, @Arg('agencyCode') agencyCode: string, @Arg('year', () => Int) year: number): Promise<AnnualReport | null> {
    const agency = await agencyOf(ctx, agencyCode);
    return findReport(ctx.em, agency.id, year);
  }

  @Mutation(() => AnnualReportType, { description: '保存报告草稿（勾稽不符也能保存）；数字格式不对时拒绝并指明单元格，什么都不写' })
  async saveAnnualReport(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('input', () => ReportInput) input: ReportInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<AnnualReport> {
    const agency = await agencyOf(ctx, agencyCode);
    const { report, created } = await saveReportDraft(ctx.em, agency, year, toInput(input), expectedVersion);
    ctx.audit.push({ operation: 'saveAnnualReport', objectType: 'AnnualReport', objectId: report.id, agencyId: agency.id, after: { year, created, cells: input.cells?.length ?? 0 } });
    return report;
  }

  @Mutation(() => AnnualReportType, { description: '从 JSON 导入一份报告（用于录入往年报告）；未知或缺少的单元格被拒绝并指明' })
  async importAnnualReport(@Ctx() ctx: Context, @Arg('agencyCode') agencyCode: string, @Arg('json', () => GraphQLJSON) json: unknown): Promise<AnnualReport> {
    const agency = await agencyOf(ctx, agencyCode);
    // One reading of the JSON, in the domain (shape, year, format, every cell and text, unstorable characters).
    const parsed = readReportJson(json);
    if (!parsed.ok) throw badUserInput(parsed.message, { field: parsed.field });
    const { year, texts, cells } = parsed.report;
    const existing = await findReport(ctx.em, agency.id, year);
    if (existing && existing.status !== 'DRAFT' && existing.status !== 'RETURNED') throw badUserInput(`${agency.name} ${year} 年已有报告（不是草稿），不能覆盖`, { field: 'year' });
    const { report } = await saveReportDraft(ctx.em, agency, year, { texts, cells });
    ctx.audit.push({ operation: 'importAnnualReport', objectType: 'AnnualReport', objectId: report.id, agencyId: agency.id, after: { year } });
    return report;
  }

  @Mutation(() => PublishedReportImportType, {
    description:
      '读入一份已发布的年度报告文件（PDF、Word .docx、网页 .html、文本 .txt），按原文录入为该机关该年已公开的历史年报：勾稽问题照原样标出，不修改、不阻止。' +
      '该年已有在平台上填写的报告时拒绝；此前按原文录入的同年报告需 confirmReplace 才替换。dryRun 只读不写（预览）。一个文件一个请求（一个事务）。',
  })
  async importPublishedReport(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null,
    @Arg('confirmReplace', () => Boolean, { nullable: true, description: '替换此前按原文录入的同年报告' }) confirmReplace?: boolean | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, description: '文件标题中的机关与所选机关不同，仍然录入' }) confirmAgency?: boolean | null,
  ): Promise<PublishedReportImportType> {
    const agency = await agencyOf(ctx, agencyCode);
    const data = decodeUpload(fileName, contentBase64);
    let read;
    try {
      // Like catalogue imports: a few reads at a time (each holds a worker and this request's connection).
      read = (await withImportSlot(ctx, () => parseReportFile(fileName, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)))).result;
    } catch (e) {
      if (e instanceof ReportFileError) throw badUserInput(e.message, { field: 'contentBase64' });
      throw e;
    }
    if (!read.ok) throw badUserInput(`「${fileName}」：${read.message}`, { field: 'contentBase64', findings: read.findings });
    // The same checks as a JSON import (year, format, every cell and text storable).
    const checked = readReportJson(read.report);
    if (!checked.ok) throw badUserInput(`「${fileName}」：${asReadFromFile(checked.message)}`, { field: checked.field });
    const { year, format, texts, cells } = checked.report;
    const yearProblem = publishedReportYearProblem(year);
    if (yearProblem) throw badUserInput(`「${fileName}」${yearProblem}`, { field: 'year' });
    if (read.organ && looksLikeAgencyName(read.organ) && !sameAgencyName(read.organ, agency.name) && confirmAgency !== true) {
      throw badUserInput(`「${fileName}」的标题是「${read.title ?? read.organ}」，不是「${agency.name}」的报告；确认无误请选择「仍然录入」（confirmAgency）`, { field: 'confirmAgency', organ: read.organ });
    }
    const existing = await findReport(ctx.em, agency.id, year);
    if (existing && !existing.importedAsPrinted) {
      throw badUserInput(`${agency.name} ${year} 年已有在平台上填写的报告，不能再按已发布年报录入；请在平台上的这份报告中修改`, { field: 'year' });
    }
    if (existing && confirmReplace !== true && dryRun !== true) {
      throw badUserInput(`${agency.name} ${year} 年已按原文录入过一份已发布年报（文件「${existing.importFileName ?? ''}」）；要替换请确认（confirmReplace）`, { field: 'confirmReplace' });
    }
    const data2 = { year, format, texts, cells };
    const { read: cellsRead, total: cellsTotal } = reportCellsRead(data2);
    const base = { fileName, year, format, title: read.title, cellsRead, cellsTotal, findings: read.findings.map((f) => ({ ...f, cell: f.cell ?? null })), replaced: !!existing };
    if (dryRun === true) {
      const last = await findReport(ctx.em, agency.id, year - 1);
      return { ...base, report: null, ruleResults: checkReport(data2 as ReportData, { lastYear: last ? reportData(last) : null }) };
    }
    const { report } = await recordPublishedReport(ctx.em, agency, year, { texts, cells }, { fileName, findings: read.findings, userLogin: login(ctx) });
    ctx.audit.push({ operation: 'importPublishedReport', objectType: 'AnnualReport', objectId: report.id, agencyId: agency.id, after: { year, fileName, replaced: base.replaced, findings: read.findings.length } });
    return { ...base, report, ruleResults: checkReport(reportData(report), await ruleContext(ctx, report)) };
  }

  @Mutation(() => AnnualReportType, { description: '报送（或退回后重新报送）；有错误级勾稽问题时拒绝，并列出问题' })
  async submitAnnualReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AnnualReport> {
    const r = await reportOrFail(ctx, id);
    const errors = checkReport(reportData(r), await ruleContext(ctx, r)).filter((x) => x.severity === 'error');
    if (errors.length) {
      throw badUserInput(`有 ${errors.length} 个错误，不能报送：${errors.slice(0, 3).map((e) => e.message).join('；')}${errors.length > 3 ? '……' : ''}`, { field: 'cells', ruleResults: errors });
    }
    await transitionReport(ctx.em, r, 'SUBMITTED', login(ctx));
    ctx.audit.push({ operation: 'submitAnnualReport', objectType: 'AnnualReport', objectId: r.id, agencyId: r.agency.id });
    return r;
  }

  @Mutation(() => AnnualReportType, { description: '退回报告，附整体意见和针对部分或单元格的意见' })
  async returnAnnualReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('cellComments', () => GraphQLJSON, { nullable: true }) cellComments?: Record<string, string> | null,
  ): Promise<AnnualReport> {
    const r = await reportOrFail(ctx, id);
    await recheckReviewDuty(ctx, 'returnAnnualReport', { id });
    if (cellComments && (typeof cellComments !== 'object' || Object.values(cellComments).some((v) => typeof v !== 'string'))) throw badUserInput('cellComments：应为 { 单元格或部分: 意见 }', { field: 'cellComments' });
    await transitionReport(ctx.em, r, 'RETURNED', login(ctx), comment, cellComments ?? {});
    ctx.audit.push({ operation: 'returnAnnualReport', objectType: 'AnnualReport', objectId: r.id, agencyId: r.agency.id, after: { comment, cellComments } });
    return r;
  }

  @Mutation(() => AnnualReportType, { description: '审核通过' })
  async approveAnnualReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AnnualReport> {
    const r = await reportOrFail(ctx, id);
    await recheckReviewDuty(ctx, 'approveAnnualReport', { id });
    await transitionReport(ctx.em, r, 'APPROVED', login(ctx));
    ctx.audit.push({ operation: 'approveAnnualReport', objectType: 'AnnualReport', objectId: r.id, agencyId: r.agency.id });
    return r;
  }

  @Mutation(() => [AnnualReportType], { description: '公开（可批量）；已公开的报告不能再改' })
  async publishAnnualReports(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<AnnualReport[]> {
    if (ids.length === 0 || ids.length > 500) throw badUserInput('ids：应有 1 到 500 个报告', { field: 'ids' });
    ids.forEach((id) => assertId(id, 'ids'));
    await recheckReviewDuty(ctx, 'publishAnnualReports', { ids });
    const out: AnnualReport[] = [];
    for (const id of ids) {
      const r = await reportOrFail(ctx, id);
      await transitionReport(ctx.em, r, 'PUBLISHED', login(ctx));
      ctx.audit.push({ operation: 'publishAnnualReport', objectType: 'AnnualReport', objectId: r.id, agencyId: r.agency.id });
      out.push(r);
    }
    return out;
  }

  @Mutation(() => ReportDashboardType, { description: '设置某年的截止日：部门报送（默认次年1月31日，可提前）与本级报告公开（次年3月31日前）' })
  async setReportDeadlines(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('departmentDue') departmentDue: string,
    @Arg('governmentDue') governmentDue: string,
  ): Promise<ReportDashboardType> {
    const g = await governmentByCode(ctx, governmentCode);
    await setReportDeadlines(ctx.em, g, year, departmentDue, governmentDue);
    ctx.audit.push({ operation: 'setReportDeadlines', objectType: 'ReportDeadline', objectId: `${g.code}/${year}`, agencyId: g.id, after: { departmentDue, governmentDue } });
    return this.reportDashboard(ctx, governmentCode, year);
  }

  @Query(() => ReportDashboardType, { description: '政务公开办的进度表：每个部门的报告状态、报送和审核日期、逾期天数、勾稽问题' })
  async reportDashboard(@Ctx() ctx: Context, @Arg('governmentCode') governmentCode: string, @Arg('year', () => Int) year: number): Promise<ReportDashboardType> {
    const g = await governmentByCode(ctx, governmentCode);
    const due = await reportDeadlines(ctx.em, g.id, year);
    const departments = await departmentsOf(ctx.em, g.id);
    const ids = departments.map((d) => d.id);
    const reports = ids.length ? await ctx.em.find(AnnualReport, { agency: { $in: ids }, year: { $in: [year, year - 1] } }) : [];
    const today = chinaDay(new Date());
    // Lateness counts from the first submission: a report returned and resubmitted was still filed on time.
    const firstSubmitted = new Map<string, Date>();
    const submissions = reports.length ? await ctx.em.find(ReportTransition, { report: { $in: reports.map((r) => r.id) }, toStatus: 'SUBMITTED' }, { orderBy: { at: 'asc' } }) : [];
    for (const t of submissions) if (!firstSubmitted.has(t.report.id)) firstSubmitted.set(t.report.id, t.at);
    return {
      year,
      departmentDue: due.departmentDue,
      governmentDue: due.governmentDue,
      departments: departments.map((agency) => {
        const report = reports.find((r) => r.agency.id === agency.id && r.year === year) ?? null;
        const last = reports.find((r) => r.agency.id === agency.id && r.year === year - 1);
        const results = report ? checkReport(reportData(report), { lastYear: last ? reportData(last) : null }) : [];
        const firstAt = report ? (firstSubmitted.get(report.id) ?? report.submittedAt) : null;
        const submitted = firstAt ? chinaDay(firstAt) : null;
        // A report recorded as printed from its published file was filed outside the platform: no lateness counted.
        const d = report?.importedAsPrinted ? { deadline: due.departmentDue, daysLate: 0, late: false } : reportDeadline('department', year, submitted, today, due.departmentDue);
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

  @Query(() => ReportAggregateType, { description: '汇总：某级政府各部门某年报告逐格相加（默认只计审核通过和已公开的），列出所含和缺少的机关' })
  async reportAggregate(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('statuses', () => [String], { nullable: true }) statuses?: string[] | null,
  ): Promise<ReportAggregateType> {
    const g = await governmentByCode(ctx, governmentCode);
    const list = parseStatuses(statuses);
    const agg = await aggregateReports(ctx.em, g.id, year, list);
    const rules = checkReport(agg.data).filter((r) => ['R1', 'R2', 'R3', 'R4'].includes(r.rule));
    return { year, format: agg.data.format, statuses: list, cells: cellsOf(agg.data), included: agg.included, missing: agg.missing.map((m) => ({ agency: m, status: m.status })), ruleResults: rules };
  }

  @Mutation(() => AnnualReportType, { description: '以各部门报告的汇总为起点，新建本级政府自己的报告草稿' })
  async startGovernmentReport(
    @Ctx() ctx: Context,
    @Arg('governmentCode') governmentCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('statuses', () => [String], { nullable: true }) statuses?: string[] | null,
  ): Promise<AnnualReport> {
    const g = await governmentByCode(ctx, governmentCode);
    if (await findReport(ctx.em, g.id, year)) throw badUserInput(`${g.name} ${year} 年的报告已经存在`, { field: 'year' });
    const agg = await aggregateReports(ctx.em, g.id, year, parseStatuses(statuses));
    if (agg.included.length === 0) throw badUserInput('还没有可汇总的部门报告（按所选状态）', { field: 'statuses' });
    const cells = Object.fromEntries(Object.entries(agg.data.cells).map(([id, v]) => [id, v ?? '']));
    const { report } = await saveReportDraft(ctx.em, g, year, { cells });
    report.aggregated = true;
    await ctx.em.flush();
    ctx.audit.push({ operation: 'startGovernmentReport', objectType: 'AnnualReport', objectId: report.id, agencyId: g.id, after: { year, included: agg.included.map((a) => a.name), missing: agg.missing.map((m) => m.name) } });
    return report;
  }

  @Query(() => [AnnualReportType], { description: '某年已公开的全部报告（批量下载用）' })
  async publishedReports(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<AnnualReport[]> {
    return ctx.em.find(AnnualReport, { year, status: 'PUBLISHED' }, { orderBy: { agency: { position: 'asc' } } });
  }
}


