/**
 * All departments side by side (各部门对照表): one row per department, one column per cell of one table of the annual
 * report (表二 主动公开, 表三 依申请公开, 表四 行政复议、行政诉讼), with the government's sum row — summed by the same rule
 * as the dashboard's sum (`sumReports`: 「/」 kept). The column headers are the format's own labels, as grouped
 * header rows (merged cells) that the admin page and the Excel export both draw.
 */
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ApplicantColumn,
  type ReportFormat,
} from './report-format.js';
import { emptyReport, sumReports, type CellValue, type ReportData } from './report-rules.js';
import type { ReportStatus } from './report-status.js';

export type SideBySideTable = 'proactive' | 'applications' | 'reviewLitigation';

/** The tables one may put side by side, with the names the report gives them. */
export const SIDE_BY_SIDE_TABLES: ReadonlyArray<{ key: SideBySideTable; label: string }> = [
  { key: 'proactive', label: '表二 主动公开政府信息情况' },
  { key: 'applications', label: '表三 收到和处理政府信息公开申请情况' },
  { key: 'reviewLitigation', label: '表四 政府信息公开行政复议、行政诉讼情况' },
];

/** Table 三's columns to show: one 申请人 column (the rows of the table become the columns), or all of them. */
export type SideBySideApplicant = ApplicantColumn | 'all';

export const SIDE_BY_SIDE_APPLICANT_DEFAULT: SideBySideApplicant = 'total';

export function isSideBySideTable(v: string): v is SideBySideTable {
  return SIDE_BY_SIDE_TABLES.some((t) => t.key === v);
}

export function isSideBySideApplicant(v: string): v is SideBySideApplicant {
  return v === 'all' || APPLICANT_COLUMNS.some((c) => c.key === v);
}

/**
 * A column: the cell id and its header labels from the top header row down. `null` means the label above spans
 * this header row too (e.g. 「一、本年新收政府信息公开申请数量」 spans the group and subgroup rows).
 */
export interface SideBySideColumn {
  id: string;
  path: Array<string | null>;
}

/** The columns of a table, in the format's order. */
export function sideBySideColumns(
  format: ReportFormat,
  table: SideBySideTable,
  applicant: SideBySideApplicant = SIDE_BY_SIDE_APPLICANT_DEFAULT,
): SideBySideColumn[] {
  const def = REPORT_FORMATS[format];
  if (table === 'proactive')
    return def.proactive.flatMap((t) =>
      t.rows.flatMap((r) => r.cells.map((id, i) => ({ id, path: [t.caption, r.label, t.columns[i]!] }))),
    );
  if (table === 'reviewLitigation')
    return REVIEW_GROUPS.flatMap((g) =>
      REVIEW_COLUMNS.map((c) => ({
        id: `r.${g.key}.${c.key}`,
        path: g.group === g.label ? [g.label, null, c.label] : [g.group, g.label, c.label],
      })),
    );
  const applicants = applicant === 'all' ? APPLICANT_COLUMNS : APPLICANT_COLUMNS.filter((c) => c.key === applicant);
  return def.applicationRows.flatMap((row) => {
    // Rows: group / subgroup / label, a missing level taken by the label below it (spanning down).
    const rowPath: Array<string | null> = row.group
      ? row.subgroup
        ? [row.group, row.subgroup, row.label]
        : [row.group, row.label, null]
      : [row.label, null, null];
    return applicants.map((c) => ({
      id: `a.${row.key}.${c.key}`,
      path: applicant === 'all' ? [...rowPath, ...(c.group ? [c.group, c.label] : [c.label, null])] : rowPath,
    }));
  });
}

/** Every cell of a table (what must be read to sum it: its totals are settled from their parts). */
export function sideBySideCellIds(format: ReportFormat, table: SideBySideTable): string[] {
  return REPORT_FORMATS[format].cells.filter((c) => c.section === table).map((c) => c.id);
}

/** One merged header cell: its label, where it starts and how far it spans. */
export interface HeaderCell {
  label: string;
  /** Index of the first column it covers (among the cell columns, not counting the row labels). */
  column: number;
  colspan: number;
  rowspan: number;
}

/**
 * The header rows of the columns, cells merged: down while the label below is `null`, across while neighbouring
 * columns have the same labels at this row and above and span the same rows.
 */
export function sideBySideHeader(columns: readonly SideBySideColumn[]): HeaderCell[][] {
  const depth = Math.max(0, ...columns.map((c) => c.path.length));
  const at = (j: number, i: number): string | null => columns[j]!.path[i] ?? null;
  const down = (j: number, i: number): number => {
    let n = 1;
    while (i + n < depth && at(j, i + n) === null) n++;
    return n;
  };
  const samePrefix = (a: number, b: number, i: number): boolean => {
    for (let k = 0; k <= i; k++) if (at(a, k) !== at(b, k)) return false;
    return true;
  };
  const rows: HeaderCell[][] = [];
  for (let i = 0; i < depth; i++) {
    const row: HeaderCell[] = [];
    for (let j = 0; j < columns.length;) {
      const label = at(j, i);
      if (label === null) {
        j++;
        continue;
      }
      const rowspan = down(j, i);
      let colspan = 1;
      while (
        j + colspan < columns.length &&
        samePrefix(j, j + colspan, i) &&
        down(j + colspan, i) === rowspan &&
        // The last header row names each cell: never merged across.
        i + rowspan < depth
      )
        colspan++;
      row.push({ label, column: j, colspan, rowspan });
      j += colspan;
    }
    rows.push(row);
  }
  return rows;
}

/** A department's report as the side-by-side table reads it (`data` null: no report of that year). */
export interface SideBySideReport {
  agencyCode: string;
  agencyName: string;
  reportId: string | null;
  status: ReportStatus | null;
  data: ReportData | null;
}

export interface SideBySideRow {
  agencyCode: string;
  agencyName: string;
  reportId: string | null;
  status: ReportStatus | null;
  /** Counted in the sum row (its status is one of those summed and its format the year's). */
  included: boolean;
  values: CellValue[];
}

export interface SideBySideResult {
  format: ReportFormat;
  columns: SideBySideColumn[];
  rows: SideBySideRow[];
  /** The government's sum of the included reports, by `sumReports` (the dashboard's rule). */
  sum: { values: CellValue[]; includedCount: number; missingCount: number };
}

/** The table: each department's values in the chosen columns, and the sum row of those whose status is summed. */
export function sideBySide(
  year: number,
  format: ReportFormat,
  table: SideBySideTable,
  applicant: SideBySideApplicant,
  reports: readonly SideBySideReport[],
  statuses: readonly ReportStatus[],
): SideBySideResult {
  const columns = sideBySideColumns(format, table, applicant);
  const included = (r: SideBySideReport): boolean =>
    !!r.data && r.data.format === format && r.status !== null && statuses.includes(r.status);
  const rows = reports.map((r) => ({
    agencyCode: r.agencyCode,
    agencyName: r.agencyName,
    reportId: r.reportId,
    status: r.status,
    included: included(r),
    values: columns.map((c) => (r.data && r.data.format === format ? (r.data.cells[c.id] ?? null) : null)),
  }));
  const counted = reports.filter(included);
  const sum = counted.length
    ? sumReports(
        format,
        year,
        counted.map((r) => r.data!),
      )
    : emptyReport(year, format);
  return {
    format,
    columns,
    rows,
    sum: {
      values: columns.map((c) => sum.cells[c.id] ?? null),
      includedCount: counted.length,
      missingCount: reports.length - counted.length,
    },
  };
}
