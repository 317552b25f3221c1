/**
 * Reads for the side-by-side table of a government's departments and the multi-year trend of its sum: each one
 * statement, whatever the number of departments or years (row-level security decides which reports are seen).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  REPORT_FORMATS,
  emptyReport,
  formatForYear,
  type CellSumParts,
  type ReportData,
  type ReportStatus,
  type TrendYearParts,
} from '@gongkai/domain';
import { cellColumn } from './report-entities.js';

/** A department of the government with its report of the year (null fields: no report, or not visible). */
export interface DepartmentReportCells {
  agencyId: string;
  code: string;
  name: string;
  reportId: string | null;
  status: ReportStatus | null;
  /** The report's cells among those asked for (「/」 as '/'), or null without a report. */
  data: ReportData | null;
}

/** numeric(18,4) as text: '12.0000' → '12'. */
const canonical = (v: string): string => (v.includes('.') ? v.replace(/\.?0+$/u, '') || '0' : v);

/**
 * The government's departments (in their order) with the given cells of their reports of the year — one statement.
 */
export async function departmentReportCells(
  em: EntityManager,
  governmentId: string,
  year: number,
  cellIds: readonly string[],
): Promise<DepartmentReportCells[]> {
  const known = new Set(REPORT_FORMATS['2021'].cells.map((c) => c.id));
  for (const c of REPORT_FORMATS['2019'].cells) known.add(c.id);
  const ids = cellIds.filter((id) => known.has(id));
  const cols = ids.map((id, i) => `r.${cellColumn(id)}::text as v${i}`).join(', ');
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select a.id as agency_id, a.code, a.name, r.id as report_id, r.status, r.format, r.not_applicable${cols ? `, ${cols}` : ''}
       from agency a left join annual_report r on r.agency_id = a.id and r.year = ?
      where a.parent_id = ? and a.kind = 'DEPARTMENT'
      order by a.position, a.name, a.id`,
    [year, governmentId],
  );
  return rows.map((row) => {
    let data: ReportData | null = null;
    if (row.report_id) {
      const format = (row.format as ReportData['format'] | null) ?? formatForYear(year);
      data = emptyReport(year, format);
      const rawNa = row.not_applicable;
      const na = new Set((typeof rawNa === 'string' ? JSON.parse(rawNa) : (rawNa ?? [])) as string[]);
      ids.forEach((id, i) => {
        if (!REPORT_FORMATS[format].byId.has(id)) return;
        const v = row[`v${i}`];
        data!.cells[id] = na.has(id) ? '/' : v === null || v === undefined ? null : canonical(String(v));
      });
    }
    return {
      agencyId: String(row.agency_id),
      code: String(row.code),
      name: String(row.name),
      reportId: row.report_id ? String(row.report_id) : null,
      status: (row.status as ReportStatus | null) ?? null,
      data,
    };
  });
}

/**
 * Per year, what the sum of the government's departments' reports with these statuses (each of its year's format)
 * saw in the given cells — one statement grouping by year: the sum of the numbers, how many reports had a number and
 * how many said 「/」, and how many reports were counted.
 */
export async function reportTrendParts(
  em: EntityManager,
  governmentId: string,
  statuses: readonly ReportStatus[],
  cellIds: readonly string[],
): Promise<TrendYearParts[]> {
  if (statuses.length === 0) return [];
  const parts = cellIds
    .map(
      (id, i) =>
        `sum(r.${cellColumn(id)})::text as s${i}, count(r.${cellColumn(id)})::int as n${i}, ` +
        `count(*) filter (where r.not_applicable @> jsonb_build_array(?::text))::int as na${i}`,
    )
    .join(', ');
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select r.year, count(*)::int as reports, ${parts}
       from annual_report r join agency a on a.id = r.agency_id
      where a.parent_id = ? and a.kind = 'DEPARTMENT' and r.status in (${statuses.map(() => '?').join(', ')})
        and r.format = case when r.year <= 2020 then '2019' else '2021' end
      group by r.year
      order by r.year`,
    [...cellIds, governmentId, ...statuses],
  );
  return rows.map((row) => {
    const cells: Record<string, CellSumParts> = {};
    cellIds.forEach((id, i) => {
      const s = row[`s${i}`];
      cells[id] = {
        total: s === null || s === undefined ? null : String(s),
        numbers: Number(row[`n${i}`] ?? 0),
        notApplicable: Number(row[`na${i}`] ?? 0),
      };
    });
    return { year: Number(row.year), reports: Number(row.reports), cells };
  });
}
