/**
 * The annual report's official tables (政府信息公开工作年度报告格式) laid out for the entry form, built from the
 * domain's REPORT_FORMATS: the 二 tables with their captions and columns, table 三 with its merged header cells
 * (申请人情况 / 自然人 / 法人或其他组织 with five sub-columns / 总计) and merged row-label cells
 * (三、本年度办理结果, （三）不予公开 …), table 四 with its 行政复议 / 行政诉讼 groups. Also the cell grid the keyboard
 * moves through and pasted blocks are placed on, and which rule results and reviewer comments concern which cell.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATIONS_NOTE,
  APPLICATION_LABEL_COLUMNS,
  NO_REPORT_LABEL,
  REPORT_FORMATS,
  REPORT_STATUS_LABELS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  applicationRowLabels,
  applicationsHeader,
  isReportStatus,
  reviewHeader,
  type ReportFormat,
  type RuleResult,
  type TableLabelCell,
} from '@gongkai/domain';

/** A label cell of the printed table (header or row label), with its spans (the domain's definition). */
export type LabelCell = TableLabelCell;

export interface ProactiveLayout {
  caption: string;
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
}

/** One body row of table 三: the label cells that start on this row, then the seven data cells. */
export interface ApplicationBodyRow {
  key: string;
  labels: LabelCell[];
  cells: string[];
}

export interface ApplicationsLayout {
  /** Header rows (three), label cells with spans. */
  header: LabelCell[][];
  rows: ApplicationBodyRow[];
  /** Number of label columns on the left (3: group, subgroup, label). */
  labelColumns: number;
}

export interface ReviewLayout {
  header: LabelCell[][];
  cells: string[];
}

export interface ReportLayout {
  format: ReportFormat;
  proactive: ProactiveLayout[];
  applications: ApplicationsLayout;
  review: ReviewLayout;
}

export { APPLICATIONS_NOTE };

/** Table 三: the header and row-label cells are the domain's (one layout for the form, HTML, PDF and Word). */
function applicationsLayout(format: ReportFormat): ApplicationsLayout {
  const labels = applicationRowLabels(format);
  const rows: ApplicationBodyRow[] = REPORT_FORMATS[format].applicationRows.map((row, i) => ({
    key: row.key,
    labels: labels[i]!,
    cells: APPLICANT_COLUMNS.map((c) => `a.${row.key}.${c.key}`),
  }));
  return { header: applicationsHeader(), rows, labelColumns: APPLICATION_LABEL_COLUMNS };
}

/** Table 四: 行政复议's five columns on the second header row spanning rows 2–3, as the official format prints it. */
function reviewLayout(): ReviewLayout {
  return {
    header: reviewHeader(),
    cells: REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `r.${g.key}.${c.key}`)),
  };
}

const layouts = new Map<ReportFormat, ReportLayout>();

/** The printed layout of a format's tables (built once per format). */
export function reportLayout(format: ReportFormat): ReportLayout {
  let l = layouts.get(format);
  if (!l) {
    l = {
      format,
      proactive: REPORT_FORMATS[format].proactive.map((t) => ({
        caption: t.caption,
        columns: [...t.columns],
        rows: t.rows.map((r) => ({ label: r.label, cells: [...r.cells] })),
      })),
      applications: applicationsLayout(format),
      review: reviewLayout(),
    };
    layouts.set(format, l);
  }
  return l;
}

// ------------------------------------------------------------------------------------------------ grid

/** The data cells as rows, in reading order: the 二 tables' rows, table 三's rows, table 四's row. */
export type CellGrid = string[][];

export function cellGrid(format: ReportFormat): CellGrid {
  const l = reportLayout(format);
  return [
    ...l.proactive.flatMap((t) => t.rows.map((r) => r.cells)),
    ...l.applications.rows.map((r) => r.cells),
    l.review.cells,
  ];
}

export function gridPosition(grid: CellGrid, id: string): { row: number; col: number } | null {
  for (let row = 0; row < grid.length; row++) {
    const col = grid[row]!.indexOf(id);
    if (col !== -1) return { row, col };
  }
  return null;
}

export type Move = 'left' | 'right' | 'up' | 'down' | 'next' | 'prev';

/**
 * The cell the keyboard moves to: arrows within the grid (up/down keep the column, clamped to a shorter row),
 * Tab (next) and Shift-Tab (prev) in reading order, wrapping to the next/previous row. Null at the edges.
 */
export function moveInGrid(grid: CellGrid, id: string, move: Move): string | null {
  const pos = gridPosition(grid, id);
  if (!pos) return null;
  const { row, col } = pos;
  const at = (r: number, c: number): string | null => grid[r]?.[c] ?? null;
  switch (move) {
    case 'left':
      return at(row, col - 1);
    case 'right':
      return at(row, col + 1);
    case 'up':
    case 'down': {
      const r = row + (move === 'up' ? -1 : 1);
      const target = grid[r];
      if (!target) return null;
      return target[Math.min(col, target.length - 1)] ?? null;
    }
    case 'next':
      return at(row, col + 1) ?? at(row + 1, 0);
    case 'prev': {
      if (col > 0) return at(row, col - 1);
      const prev = grid[row - 1];
      return prev ? (prev[prev.length - 1] ?? null) : null;
    }
  }
}

/** A block copied from Excel or WPS: rows by newline, cells by tab. A trailing newline adds no row. */
export function parsePasteBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map((c) => c.trim()));
}

/** Whether pasted text is more than one cell (and should be spread over the grid). */
export function isBlock(block: string[][]): boolean {
  return block.length > 1 || (block[0]?.length ?? 0) > 1;
}

export interface Placement {
  /** Cell id → text to put there. */
  cells: Array<{ id: string; text: string }>;
  /** Values that fell outside the tables. */
  dropped: number;
}

/** Places a pasted block with its top-left corner on the focused cell, row by row of the grid. */
export function placeBlock(grid: CellGrid, startId: string, block: string[][]): Placement {
  const pos = gridPosition(grid, startId);
  const out: Placement = { cells: [], dropped: 0 };
  if (!pos) {
    out.dropped = block.reduce((n, r) => n + r.length, 0);
    return out;
  }
  block.forEach((values, i) => {
    const row = grid[pos.row + i];
    values.forEach((text, j) => {
      const id = row?.[pos.col + j];
      if (id === undefined) out.dropped++;
      else out.cells.push({ id, text });
    });
  });
  return out;
}

// ------------------------------------------------------------------------------------- rules, comments

/** Which rule results concern each cell (or text section). */
export function resultsByCell(results: readonly RuleResult[]): Map<string, RuleResult[]> {
  const map = new Map<string, RuleResult[]>();
  for (const r of results) {
    for (const id of r.cells) {
      const list = map.get(id);
      if (list) list.push(r);
      else map.set(id, [r]);
    }
  }
  return map;
}

/** 'error' when any error concerns the cell, else 'warning' when any warning does, else null. */
export function cellSeverity(map: Map<string, RuleResult[]>, id: string): 'error' | 'warning' | null {
  const list = map.get(id);
  if (!list || list.length === 0) return null;
  return list.some((r) => r.severity === 'error') ? 'error' : 'warning';
}

/** Error-level results first, then warnings; by rule number within each. */
export function sortResults<R extends { rule: string; severity: string }>(results: readonly R[]): R[] {
  const num = (r: R): number => Number(r.rule.replace(/\D/gu, '')) || 0;
  return [...results].sort((a, b) => (a.severity === b.severity ? num(a) - num(b) : a.severity === 'error' ? -1 : 1));
}

/**
 * A new report fails R5 once for every cell not yet filled: the panel shows those as one entry (its cells all
 * the unfilled ones), and the form does not paint every empty cell red.
 */
export function groupUnfilled<R extends RuleResult>(
  results: readonly R[],
): Array<R | (RuleResult & { unfilled: true })> {
  const unfilled = results.filter((r) => r.rule === 'R5' && r.message.includes('未填写'));
  if (unfilled.length === 0) return [...results];
  const rest = results.filter((r) => !unfilled.includes(r));
  const group: RuleResult & { unfilled: true } = {
    rule: 'R5',
    severity: 'error',
    message: `R5 还有 ${unfilled.length} 个单元格未填写（不适用的请填「/」）`,
    cells: unfilled.flatMap((r) => r.cells),
    unfilled: true,
  };
  return [group, ...rest];
}

export const REPORT_SECTIONS = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The section a comment key or a cell id belongs to. */
export function sectionOf(key: string): ReportSection | null {
  if ((REPORT_SECTIONS as readonly string[]).includes(key)) return key as ReportSection;
  if (key.startsWith('p.') || key.startsWith('t.')) return 'proactive';
  if (key.startsWith('a.')) return 'applications';
  if (key.startsWith('r.')) return 'reviewLitigation';
  return null;
}

export interface TransitionLike {
  toStatus: string;
  at: string;
  comment?: string | null;
  cellComments: unknown;
}

/** The reviewer's comments of the last 退回 (when the report's latest return is the one that counts). */
export function lastReturnComments(
  transitions: readonly TransitionLike[],
): { comment: string | null; byKey: Record<string, string>; at: string } | null {
  const last = [...transitions].reverse().find((t) => t.toStatus === 'RETURNED');
  if (!last) return null;
  const byKey: Record<string, string> = {};
  if (last.cellComments && typeof last.cellComments === 'object') {
    for (const [k, v] of Object.entries(last.cellComments as Record<string, unknown>))
      if (typeof v === 'string' && v.trim()) byKey[k] = v;
  }
  return { comment: last.comment?.trim() ? last.comment : null, byKey, at: last.at };
}

/** A readable name of a comment key: a section heading or 「row」「column」. */
export function commentKeyLabel(format: ReportFormat, key: string, sectionHeadings: Record<string, string>): string {
  if (sectionHeadings[key]) return sectionHeadings[key]!;
  const c = REPORT_FORMATS[format].byId.get(key);
  return c ? `${c.row}｜${c.column}` : key;
}

/** The report statuses' labels are the domain's (one definition, the server's too); 「未报」 when there is no report. */
export { NO_REPORT_LABEL, REPORT_STATUS_LABELS };

export const REPORT_STATUS_TAGS: Record<string, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  NONE: 'danger',
  DRAFT: 'info',
  SUBMITTED: 'primary',
  RETURNED: 'warning',
  APPROVED: 'success',
  PUBLISHED: 'success',
};

export function statusLabel(status: string | null | undefined): string {
  if (status === null || status === undefined || status === 'NONE') return NO_REPORT_LABEL;
  return isReportStatus(status) ? REPORT_STATUS_LABELS[status] : status;
}
