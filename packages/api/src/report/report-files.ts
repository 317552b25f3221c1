/**
 * Report downloads outside GraphQL (print-ready HTML, CSV, JSON; bulk JSON/CSV of a year's published reports),
 * under the same access rules and row-level-security scope as the `annualReport` and `publishedReports` queries.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Agency, AnnualReport, reportData } from '@gongkai/db';
import { REPORT_STATUS_LABELS, type ReportStatus } from '@gongkai/domain';
import { reportDocx, reportHtml, reportJson, reportPdf, reportsCsv, type ReportDocument } from '@gongkai/exchange';
import { createContext } from '../context.js';
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
