/**
 * All departments side by side and the multi-year trend of the government's sum: one statement reads every
 * department's cells of a table (packages/db side-by-side.ts), the domain builds the table and its sum row by the
 * dashboard's sum rule; the trend is one statement grouping by year.
 */
import { departmentReportCells, reportTrendParts } from '@gongkai/db';
import {
  SIDE_BY_SIDE_APPLICANT_DEFAULT,
  SIDE_BY_SIDE_TABLES,
  TREND_CELL_IDS,
  TREND_FIGURES,
  formatForYear,
  isSideBySideApplicant,
  isSideBySideTable,
  reportTrend as trendOf,
  sideBySide,
  sideBySideCellIds,
  type SideBySideApplicant,
  type SideBySideTable,
} from '@gongkai/domain';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { governmentByCode, parseStatuses } from './report.service.js';
import type { ReportSideBySideType, ReportTrendType } from './side-by-side.type.js';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2100)
    throw badUserInput(`年份「${year}」不对：应为 2008 年以后的年份`, { field: 'year' });
}

export function parseTable(table: string | null | undefined): SideBySideTable {
  const t = table ?? 'proactive';
  if (!isSideBySideTable(t))
    throw badUserInput(
      `未知的表「${t}」（应为 ${SIDE_BY_SIDE_TABLES.map((x) => `${x.key}：${x.label.split(' ')[0]}`).join('、')}）`,
      { field: 'table' },
    );
  return t;
}

export function parseApplicant(applicant: string | null | undefined): SideBySideApplicant {
  const a = applicant ?? SIDE_BY_SIDE_APPLICANT_DEFAULT;
  if (!isSideBySideApplicant(a))
    throw badUserInput(
      `未知的申请人列「${a}」（应为 natural、commercial、research、publicInterest、legalService、otherOrg、total 或 all）`,
      {
        field: 'applicant',
      },
    );
  return a;
}

/** The table of the government's departments × the cells of one table of the year's format, with the sum row. */
export async function reportSideBySide(
  ctx: Context,
  governmentCode: string,
  year: number,
  tableArg?: string | null,
  applicantArg?: string | null,
  statusesArg?: string[] | null,
): Promise<ReportSideBySideType & { governmentName: string }> {
  checkYear(year);
  const table = parseTable(tableArg);
  const applicant = parseApplicant(applicantArg);
  const statuses = parseStatuses(statusesArg);
  const g = await governmentByCode(ctx, governmentCode);
  const format = formatForYear(year);
  const departments = await departmentReportCells(ctx.em, g.id, year, sideBySideCellIds(format, table));
  const t = sideBySide(
    year,
    format,
    table,
    applicant,
    departments.map((d) => ({
      agencyCode: d.code,
      agencyName: d.name,
      reportId: d.reportId,
      status: d.status,
      data: d.data,
    })),
    statuses,
  );
  return {
    governmentName: g.name,
    year,
    format,
    table,
    applicant,
    statuses,
    columns: t.columns,
    rows: t.rows,
    sum: t.sum,
  };
}

/** The main figures of the government's sum in every year that has reports with the statuses: one statement. */
export async function reportTrend(
  ctx: Context,
  governmentCode: string,
  statusesArg?: string[] | null,
): Promise<ReportTrendType> {
  const statuses = parseStatuses(statusesArg);
  const g = await governmentByCode(ctx, governmentCode);
  const parts = await reportTrendParts(ctx.em, g.id, statuses, TREND_CELL_IDS);
  return {
    statuses,
    figures: TREND_FIGURES.map((f) => ({ key: f.key, label: f.label, note: f.note ?? null })),
    years: trendOf(parts),
  };
}
