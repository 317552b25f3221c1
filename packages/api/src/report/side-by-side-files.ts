/**
 * Downloads of the side-by-side table (xlsx) and of the government's sum (xlsx, docx, pdf — the sum through the same
 * document builders as one report's Word and PDF), under the same access rules and row-level-security scope as the
 * `reportSideBySide` and `reportAggregate` queries.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  NO_REPORT_LABEL,
  REPORT_STATUS_LABELS,
  SIDE_BY_SIDE_TABLES,
  APPLICANT_COLUMNS,
  type ReportStatus,
  type SideBySideApplicant,
} from '@gongkai/domain';
import { reportDocx, reportPdf, writeReportXlsx, writeSideBySideXlsx } from '@gongkai/exchange';
import { aggregateReports } from '@gongkai/db';
import { createContext } from '../context.js';
import { createLoaders } from '../loaders.js';
import { checkPolicy } from '../request-plugin.js';
import { applyScope, scopeOf } from '../scope.js';
import type { CatalogueDownload } from '../catalogue/catalogue-files.js';
import { governmentByCode, parseStatuses } from './report.service.js';
import { reportSideBySide } from './side-by-side.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const statusLabel = (s: string | null): string => (s ? REPORT_STATUS_LABELS[s as ReportStatus] : NO_REPORT_LABEL);
const statusList = (list: readonly string[]): string => list.map(statusLabel).join('、');

/** What a table shows of table 三: one 申请人 column's name, or all of them. */
function applicantNote(applicant: SideBySideApplicant): string {
  if (applicant === 'all') return '申请人情况：全部列';
  const c = APPLICANT_COLUMNS.find((x) => x.key === applicant)!;
  return `申请人情况：${c.group ? `${c.group} · ` : ''}${c.label}`;
}

/** The side-by-side table as a workbook: the sum row first, then each department with its report's status. */
export async function downloadSideBySide(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  governmentCode: string,
  year: number,
  options: { table?: string | null; applicant?: string | null; statuses?: string[] | null },
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'reportSideBySide', { governmentCode, year });
  const t = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    return reportSideBySide(
      { ...ctx, em: tx, loaders: createLoaders(tx) },
      governmentCode,
      year,
      options.table,
      options.applicant,
      options.statuses,
    );
  });
  const tableLabel = SIDE_BY_SIDE_TABLES.find((x) => x.key === t.table)!.label;
  const title = `${t.governmentName}${year}年度各部门政府信息公开工作年度报告对照表`;
  const body = await writeSideBySideXlsx({
    title,
    notes: [
      `${tableLabel}${t.table === 'applications' ? `（${applicantNote(t.applicant as SideBySideApplicant)}）` : ''}`,
      `汇总行计入「${statusList(t.statuses)}」的报告 ${t.sum.includedCount} 份；未计入的部门 ${t.sum.missingCount} 个（其数字照列，不计入汇总）`,
    ],
    sheetName: tableLabel.split(' ')[0]!,
    labelHeaders: ['部门', '报告状态'],
    columns: t.columns,
    rows: [
      { labels: [`${t.governmentName}汇总`, `计入 ${t.sum.includedCount} 份`], values: t.sum.values, bold: true },
      ...t.rows.map((r) => ({
        labels: [r.agencyName, `${statusLabel(r.status)}${r.reportId && !r.included ? '（未计入）' : ''}`],
        values: r.values,
      })),
    ],
  });
  return { fileName: `${title}（${tableLabel.split(' ')[0]}）.xlsx`, contentType: XLSX, body };
}

export type SumFormat = 'xlsx' | 'docx' | 'pdf';

/**
 * The government's sum of its departments' reports with the statuses (default 已审核通过、已公开) as a document: the
 * three tables in the official layout, naming the departments counted and those not.
 */
export async function downloadReportSum(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  governmentCode: string,
  year: number,
  format: SumFormat,
  statusesArg: string[] | null,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'reportAggregate', { governmentCode, year });
  const { g, agg, statuses } = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    const c = { ...ctx, em: tx, loaders: createLoaders(tx) };
    const statuses = parseStatuses(statusesArg);
    const g = await governmentByCode(c, governmentCode);
    return { g, statuses, agg: await aggregateReports(tx, g.id, year, statuses) };
  });
  const counted = `计入「${statusList(statuses)}」的部门报告 ${agg.includedCount} 份：${agg.included.map((a) => a.name).join('、') || '无'}`;
  const missing = `未计入 ${agg.missingCount} 个部门：${agg.missing.map((m) => `${m.name}（${statusLabel(m.status)}）`).join('、') || '无'}`;
  const name = `${g.name}（各部门汇总）`;
  const fileTitle = `${g.name}${year}年度各部门政府信息公开工作年度报告汇总`;
  if (format === 'xlsx') {
    const body = await writeReportXlsx({ title: fileTitle, notes: [counted, missing], data: agg.data });
    return { fileName: `${fileTitle}.xlsx`, contentType: XLSX, body };
  }
  const doc = {
    agencyName: name,
    agencyCode: g.code,
    status: `汇总（${statusList(statuses)}）`,
    data: { ...agg.data, texts: { overview: `${counted}。\n${missing}。`, problems: '', other: '' } },
  };
  return format === 'docx'
    ? {
        fileName: `${fileTitle}.docx`,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        body: await reportDocx(doc),
      }
    : { fileName: `${fileTitle}.pdf`, contentType: 'application/pdf', body: await reportPdf(doc) };
}
