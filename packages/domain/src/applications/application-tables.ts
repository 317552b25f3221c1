/**
 * Tables 三 and 四 of the annual report computed from the register: cell ids and values exactly as the report's
 * cells (report-format.ts, report-rules.ts), plus the ids of the cases each cell counts.
 *
 * Table 三 for year Y, per applicant column:
 *   一、本年新收      received in Y
 *   二、上年结转      received before Y and not closed before Y
 *   三 （一）…（六） closed in Y, by outcome; （七）总计 their sum
 *   四、结转下年度    received by 31 December of Y and not closed by then
 * A case counted at all is in exactly one of 一/二 and exactly one of 三/四, so R1 and R2 hold by construction; the
 * 总计 column is the sum of the applicant columns (R3). A case without a date of receipt or an applicant kind is not
 * counted and is listed in `notCounted` with the reason.
 *
 * Table 四 for year Y: review and lawsuit records filed in Y against this organ; the result as known on 31 December
 * (尚未审结 if decided later). 国办公开办函〔2016〕201号: where the review body is co-defendant, a lawsuit is counted only
 * for the original organ — a record whose `role` is 'reviewBodyCoDefendant' (this organ sits as the review body) is
 * kept in the register but not counted.
 */
import {
  APPLICANT_COLUMNS,
  REPORT_FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  formatForYear,
  type ReportFormat,
} from '../report-format.js';
import type { CellValue } from '../report-rules.js';
import {
  closedOn,
  isApplicantKind,
  isApplicationOutcome,
  isIsoDate,
  type ApplicationCaseCore,
} from './application-model.js';

export interface TableCells {
  format: ReportFormat;
  year: number;
  /** Cell id → value, as a report's cells ('a.newReceived.natural' → '3'). */
  cells: Record<string, CellValue>;
  /** Cell id → ids of the cases (table 三) or records (table 四) counted there. */
  caseIds: Record<string, string[]>;
  notCounted: Array<{ id: string; reason: string }>;
}

/** The row of table 三 an outcome is counted in, in a format (the trial format has one （六） row). */
function outcomeRow(format: ReportFormat, outcome: string): string {
  if (format === '2019' && outcome.startsWith('other.')) return 'other';
  return outcome;
}

export function applicationTableFromCases(cases: readonly ApplicationCaseCore[], year: number): TableCells {
  const format = formatForYear(year);
  const def = REPORT_FORMATS[format];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const ids: Record<string, string[]> = {};
  for (const row of def.applicationRows) for (const col of APPLICANT_COLUMNS) ids[`a.${row.key}.${col.key}`] = [];
  const notCounted: TableCells['notCounted'] = [];
  const add = (row: string, kind: string, id: string): void => {
    ids[`a.${row}.${kind}`]!.push(id);
    ids[`a.${row}.total`]!.push(id);
  };
  for (const c of cases) {
    if (c.receivedOn === null || !isIsoDate(c.receivedOn)) {
      if (c.receivedOn !== null) notCounted.push({ id: c.id, reason: '收到申请日期无效' });
      else notCounted.push({ id: c.id, reason: '未填写收到申请日期' });
      continue;
    }
    if (c.receivedOn > end) continue;
    const closed = closedOn(c);
    const outcome = closed && c.outcome && isApplicationOutcome(c.outcome) && closed >= c.receivedOn ? c.outcome : null;
    const closedAt = outcome ? closed : null;
    if (closedAt !== null && closedAt < start) continue;
    if (c.applicantKind === null || !isApplicantKind(c.applicantKind)) {
      notCounted.push({ id: c.id, reason: '未填写申请人类型' });
      continue;
    }
    const kind = c.applicantKind;
    add(c.receivedOn >= start ? 'newReceived' : 'carriedOver', kind, c.id);
    if (closedAt !== null && closedAt <= end) {
      add(outcomeRow(format, outcome!), kind, c.id);
      add('totalHandled', kind, c.id);
    } else add('carriedForward', kind, c.id);
  }
  const cells: Record<string, CellValue> = {};
  for (const [id, list] of Object.entries(ids)) {
    list.sort();
    cells[id] = String(list.length);
  }
  return { format, year, cells, caseIds: ids, notCounted };
}

export const REVIEW_RECORD_KINDS = [
  { key: 'review', label: '行政复议' },
  { key: 'direct', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'afterReview', label: '行政诉讼（复议后起诉）' },
] as const satisfies ReadonlyArray<{ key: (typeof REVIEW_GROUPS)[number]['key']; label: string }>;
export type ReviewRecordKind = (typeof REVIEW_RECORD_KINDS)[number]['key'];

/** A decided result; 尚未审结 is the absence of one. */
export const REVIEW_RESULTS = REVIEW_COLUMNS.filter((c) => c.key !== 'total' && c.key !== 'pending');
export type ReviewResult = 'upheld' | 'corrected' | 'other';

export const REVIEW_ROLES = [
  { key: 'originalOrgan', label: '本机关为原行政行为机关（被申请人/被告）' },
  { key: 'reviewBodyCoDefendant', label: '本机关为复议机关，作为共同被告（不计入本机关，国办公开办函〔2016〕201号）' },
] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number]['key'];

/** The labels of a review or lawsuit record's fields (the admin's form and the API's errors name them so). */
export const REVIEW_FIELD_LABELS = {
  kind: '类型',
  role: '本机关角色',
  filedOn: '申请复议或立案日期',
  result: '结果',
  decidedOn: '审结日期',
  note: '备注',
  caseId: '关联申请',
} as const;

/** The label of a record without a result. */
export const REVIEW_PENDING_LABEL = REVIEW_COLUMNS.find((c) => c.key === 'pending')!.label;

export interface ReviewRecord {
  id: string;
  caseId: string | null;
  kind: ReviewRecordKind;
  role: ReviewRole;
  /** 申请复议 / 立案 date. */
  filedOn: string;
  result: ReviewResult | null;
  decidedOn: string | null;
}

export function isReviewRecordKind(v: string): v is ReviewRecordKind {
  return REVIEW_RECORD_KINDS.some((k) => k.key === v);
}
export function isReviewResult(v: string): v is ReviewResult {
  return v === 'upheld' || v === 'corrected' || v === 'other';
}
export function isReviewRole(v: string): v is ReviewRole {
  return REVIEW_ROLES.some((r) => r.key === v);
}

export function reviewTableFromRecords(records: readonly ReviewRecord[], year: number): TableCells {
  const format = formatForYear(year);
  const end = `${year}-12-31`;
  const ids: Record<string, string[]> = {};
  for (const g of REVIEW_GROUPS) for (const c of REVIEW_COLUMNS) ids[`r.${g.key}.${c.key}`] = [];
  const notCounted: TableCells['notCounted'] = [];
  for (const r of records) {
    if (!isIsoDate(r.filedOn) || r.filedOn.slice(0, 4) !== String(year)) continue;
    if (r.role === 'reviewBodyCoDefendant') {
      notCounted.push({
        id: r.id,
        reason: '本机关为复议机关作共同被告，只计入原行政行为机关（国办公开办函〔2016〕201号）',
      });
      continue;
    }
    const decided = r.result !== null && r.decidedOn !== null && isIsoDate(r.decidedOn) && r.decidedOn <= end;
    const col = decided ? r.result! : 'pending';
    ids[`r.${r.kind}.${col}`]!.push(r.id);
    ids[`r.${r.kind}.total`]!.push(r.id);
  }
  const cells: Record<string, CellValue> = {};
  for (const [id, list] of Object.entries(ids)) {
    list.sort();
    cells[id] = String(list.length);
  }
  return { format, year, cells, caseIds: ids, notCounted };
}

export interface RegisterDifference {
  cellId: string;
  /** The value typed in the report (null: not filled). */
  reportValue: CellValue;
  registerValue: string;
}

/** Where a report's typed cells differ from the register's (only the cells the register computes). */
export function differencesFromRegister(
  reportCells: Record<string, CellValue>,
  register: Pick<TableCells, 'cells'>,
): RegisterDifference[] {
  const out: RegisterDifference[] = [];
  for (const [id, value] of Object.entries(register.cells)) {
    const typed = reportCells[id] ?? null;
    if (typed === value) continue;
    if (typed !== null && value !== null && /^\d+(\.0+)?$/u.test(typed) && Number(typed) === Number(value)) continue;
    out.push({ cellId: id, reportValue: typed, registerValue: value ?? '' });
  }
  return out;
}
