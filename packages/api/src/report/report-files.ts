/**
 * Report downloads outside GraphQL (print-ready HTML, CSV, JSON; bulk JSON/CSV of a year's published reports),
 * under the same access rules and row-level-security scope as the `annualReport` and `publishedReports` queries.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Agency, AnnualReport, reportData } from '@gongkai/db';
import {
  NO_REPORT_LABEL,
  REPORT_STATUS_LABELS,
  reportProgressCounts,
  reportProgressSummary,
  type ReportStatus,
} from '@gongkai/domain';
import {
  reportDocx,
  reportHtml,
  reportJson,
  reportPdf,
  reportsCsv,
  writeReportDashboardXlsx,
  type ReportDocument,
} from '@gongkai/exchange';
import { createContext } from '../context.js';
import { createLoaders } from '../loaders.js';
import { reportDashboard } from './report.service.js';
import type { ReportProgressType } from './report.type.js';
import { checkPolicy } from '../request-plugin.js';
import { applyScope, scopeOf } from '../scope.js';
import type { CatalogueDownload } from '../catalogue/catalogue-files.js';

export type ReportFormatName = 'html' | 'csv' | 'json' | 'docx' | 'pdf';

const TYPES: Record<ReportFormatName, string> = {
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function doc(r: AnnualReport, agency: Agency): ReportDocument {
  return {
    agencyName: agency.name,
    agencyCode: agency.code,
    status: REPORT_STATUS_LABELS[r.status as ReportStatus],
    data: reportData(r),
  };
}

export async function downloadReport(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  agencyCode: string,
  year: number,
  format: ReportFormatName,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'annualReport', { agencyCode, year });
  const { report, agency } = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    const agency = await tx.findOne(Agency, { code: agencyCode });
    const report = agency ? await tx.findOne(AnnualReport, { agency, year }) : null;
    if (!agency || !report)
      throw new GraphQLError(`未找到「${agencyCode}」${year} 年的年度报告`, { extensions: { code: 'NOT_FOUND' } });
    return { report, agency };
  });
  const d = doc(report, agency);
  const body =
    format === 'docx'
      ? await reportDocx(d)
      : format === 'pdf'
        ? await reportPdf(d)
        : Buffer.from(
            format === 'html'
              ? reportHtml(d)
              : format === 'csv'
                ? reportsCsv([d])
                : `${JSON.stringify(reportJson(d), null, 2)}\n`,
          );
  return { fileName: `${agency.name}${year}年政府信息公开工作年度报告.${format}`, contentType: TYPES[format], body };
}

export async function downloadPublishedReports(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  year: number,
  format: 'csv' | 'json',
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'publishedReports', { year });
  const docs = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    const reports = await tx.find(
      AnnualReport,
      { year, status: 'PUBLISHED' },
      { populate: ['agency'], orderBy: { agency: { position: 'asc' } } },
    );
    return reports.map((r) => doc(r, r.agency as Agency));
  });
  const body = format === 'csv' ? reportsCsv(docs) : `${JSON.stringify(docs.map(reportJson), null, 2)}\n`;
  return {
    fileName: `${year}年已公开的政府信息公开工作年度报告.${format}`,
    contentType: TYPES[format],
    body: Buffer.from(body),
  };
}

/** A moment as the calendar day in Beijing, or null. */
const chinaDay = (d: Date | null | undefined): string | null =>
  d
    ? new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(d)
    : null;

/**
 * The office's dashboard (报送情况) as an Excel workbook: the government's own report first, then each department —
 * under the same access rule and database scope as the `reportDashboard` query.
 */
export async function downloadReportDashboard(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  governmentCode: string,
  year: number,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'reportDashboard', { governmentCode, year });
  const dashboard = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    return reportDashboard({ ...ctx, em: tx, loaders: createLoaders(tx) }, governmentCode, year);
  });
  const row = (kind: string, p: ReportProgressType) => {
    const r = p.report as AnnualReport | null;
    return {
      kind,
      name: (p.agency as Agency).name,
      status: p.status ? REPORT_STATUS_LABELS[p.status as ReportStatus] : NO_REPORT_LABEL,
      submittedOn: chinaDay(r?.submittedAt),
      approvedOn: chinaDay(r?.approvedAt),
      publishedOn: chinaDay(r?.publishedAt),
      deadline: p.deadline,
      daysLate: p.daysLate,
      late: p.late,
      errors: r ? p.errors : null,
      warnings: r ? p.warnings : null,
      note: r?.importedAsPrinted ? '按原文录入' : '',
    };
  };
  const government = (dashboard.government.agency as Agency).name;
  const title = `${government}${year}年度政府信息公开工作年度报告报送情况`;
  const body = await writeReportDashboardXlsx({
    title,
    summary: `${reportProgressSummary(reportProgressCounts(dashboard.departments))}；部门报送截止日 ${dashboard.departmentDue}，本级报告公开截止日 ${dashboard.governmentDue}`,
    rows: [row('本级政府', dashboard.government), ...dashboard.departments.map((d) => row('部门', d))],
  });
  return {
    fileName: `${title}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
