/**
 * The pure logic of the 依申请公开 register pages: the state tags, what a row shows (short subject, 剩余工作日), the
 * search over the cases, the outcome select grouped as table 三 groups them, the clock's explanation written out
 * line by line for a clerk, the form → ApplicationCaseInput, and the statistics' figures. Labels come from
 * @gongkai/domain (report format and register model), never retyped here.
 */
import {
  APPLICATION_OUTCOMES,
  CLOCK_STATES,
  STEP_KINDS,
  dateRanges,
  type ClockState,
  type StepKind,
} from '@gongkai/domain';
import type { TagType } from '../../labels';

export const STATE_TAG_TYPES: Record<ClockState, TagType> = {
  IN_PROGRESS: 'primary',
  DUE_SOON: 'warning',
  OVERDUE: 'danger',
  CLOSED_ON_TIME: 'success',
  CLOSED_LATE: 'info',
};

export function stateTagType(state: string): TagType {
  return STATE_TAG_TYPES[state as ClockState] ?? 'info';
}

/** The state filter's options, in the domain's order. */
export const STATE_OPTIONS = CLOCK_STATES.map((s) => ({ value: s.key as string, label: s.label as string }));

/** The first `max` characters of a text on one line, with 「…」 when cut. */
export function shortText(text: string | null | undefined, max = 40): string {
  const t = (text ?? '').replace(/\s+/gu, ' ').trim();
  const chars = [...t];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : t;
}

/** 剩余工作日: the number; 「逾期 3 个工作日」 when negative; 「—」 when closed or without a due date. */
export function daysLeftText(left: number | null | undefined): string {
  if (left === null || left === undefined) return '—';
  if (left < 0) return `逾期 ${-left} 个工作日`;
  return String(left);
}

/** What the search box looks at in a case: reference, subject, applicant name (when readable), labels. */
export interface SearchableCase {
  reference?: string | null;
  subject: string;
  applicantKindLabel?: string | null;
  receiptWayLabel?: string | null;
  applicant?: { name: string } | null;
}

/** The cases whose reference, subject, applicant or labels contain every word typed (case-insensitive). */
export function searchCases<C extends SearchableCase>(cases: readonly C[], query: string): C[] {
  const words = query.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...cases];
  return cases.filter((c) => {
    const hay = [c.reference, c.subject, c.applicantKindLabel, c.receiptWayLabel, c.applicant?.name]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export interface OutcomeGroup {
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** The outcome select's groups: （一）, （二）, （三）不予公开 …, exactly table 三's rows in the report's order. */
export function outcomeGroups(): OutcomeGroup[] {
  const groups: OutcomeGroup[] = [];
  for (const o of APPLICATION_OUTCOMES) {
    const label = o.subgroup ?? o.label;
    let g = groups.find((x) => x.label === label);
    if (!g) {
      g = { label, options: [] };
      groups.push(g);
    }
    g.options.push({ value: o.key, label: o.label });
  }
  return groups;
}

/** The steps a clerk adds one at a time, with what each needs besides its date. */
export const STEP_OPTIONS = STEP_KINDS.map((s) => ({ value: s.key as StepKind, label: s.label as string }));
export function stepNeedsApproval(kind: string): boolean {
  return kind === 'extended';
}

/** The structured explanation the API returns (DueDateExplanationType). */
export interface Explanation {
  receivedOn: string;
  receiptDay: string;
  startReason: string;
  countAfter: string;
  baseWorkingDays: number;
  extensionDays?: number | null;
  extensionApprover?: string | null;
  extensionDecidedOn?: string | null;
  totalWorkingDays: number;
  pauses: ReadonlyArray<{ sentOn: string; until: string; workingDays: number; capped: boolean; open: boolean }>;
  holidaysSkipped: readonly string[];
  makeUpDaysCounted: readonly string[];
  weekendDaysSkipped: number;
  dueDate: string;
  dueDateWithoutExtension: string;
  beyondCoverage: boolean;
}

export interface ExplanationLine {
  key: string;
  label: string;
  text: string;
  warning?: boolean;
}

/** The due date explained step by step: receipt, start, days counted, the extension, pauses, days skipped, result. */
export function explanationLines(e: Explanation): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  lines.push({
    key: 'receipt',
    label: '收到申请',
    text:
      e.receiptDay !== e.receivedOn
        ? `${e.receivedOn}（休息日），以下一个工作日 ${e.receiptDay} 为收到申请之日`
        : `${e.receivedOn}`,
  });
  lines.push({
    key: 'start',
    label: '起算',
    text:
      e.startReason === 'correction'
        ? `${e.countAfter} 收到补正后的申请，期限自该日的次日起重新计算（补正期间不计）`
        : `自 ${e.countAfter} 的次日起计算`,
  });
  lines.push({ key: 'base', label: '答复期限', text: `${e.baseWorkingDays} 个工作日` });
  if (e.extensionDays) {
    const approver = e.extensionApprover ? `经${e.extensionApprover}批准` : '（未填写批准人）';
    const on = e.extensionDecidedOn ? `，${e.extensionDecidedOn} 决定` : '';
    lines.push({
      key: 'extension',
      label: '延期',
      text: `${approver}延长 ${e.extensionDays} 个工作日${on}，共 ${e.totalWorkingDays} 个工作日`,
    });
  }
  e.pauses.forEach((p, i) => {
    const how = p.open
      ? `第三方尚未答复，暂按最长期限计至 ${p.until}`
      : p.capped
        ? `第三方逾期答复，只扣除期限内的时间（至 ${p.until}）`
        : `至 ${p.until} 第三方答复`;
    lines.push({
      key: `pause-${i}`,
      label: '不计入',
      text: `${p.sentOn} 征求第三方意见，${how}，其间 ${p.workingDays} 个工作日不计入`,
    });
  });
  if (e.holidaysSkipped.length > 0)
    lines.push({
      key: 'holidays',
      label: '跳过节假日',
      text: `${dateRanges(e.holidaysSkipped)}（${e.holidaysSkipped.length} 天）`,
    });
  if (e.makeUpDaysCounted.length > 0)
    lines.push({ key: 'makeUp', label: '调休上班日计入', text: e.makeUpDaysCounted.join('、') });
  if (e.weekendDaysSkipped > 0) lines.push({ key: 'weekends', label: '跳过周末', text: `${e.weekendDaysSkipped} 天` });
  lines.push({
    key: 'due',
    label: '答复截止日',
    text: e.extensionDays ? `${e.dueDate}（不延期为 ${e.dueDateWithoutExtension}）` : e.dueDate,
  });
  if (e.beyondCoverage)
    lines.push({
      key: 'coverage',
      label: '注意',
      text: '超出节假日数据覆盖的年份，只按周末计算，可能不准确',
      warning: true,
    });
  return lines;
}

/** The case form as typed. */
export interface CaseForm {
  reference: string;
  receivedOn: string;
  receiptWay: string;
  applicantKind: string;
  applicantName: string;
  applicantContact: string;
  subject: string;
  fee: string;
}

export function emptyCaseForm(): CaseForm {
  return {
    reference: '',
    receivedOn: '',
    receiptWay: '',
    applicantKind: '',
    applicantName: '',
    applicantContact: '',
    subject: '',
    fee: '',
  };
}

/** A case as the API returns it, for the form. */
export interface CaseLike {
  reference?: string | null;
  receivedOn?: string | null;
  receiptWay?: string | null;
  applicantKind?: string | null;
  subject: string;
  fee?: string | null;
  applicant?: { name: string; contact: string } | null;
}

export function caseFormOf(c: CaseLike): CaseForm {
  return {
    reference: c.reference ?? '',
    receivedOn: c.receivedOn ?? '',
    receiptWay: c.receiptWay ?? '',
    applicantKind: c.applicantKind ?? '',
    applicantName: c.applicant?.name ?? '',
    applicantContact: c.applicant?.contact ?? '',
    subject: c.subject,
    fee: c.fee ?? '',
  };
}

/**
 * The form → ApplicationCaseInput: empty texts are null (cleared); the applicant's fields only when the user may
 * see them (the API refuses them from outside the agency).
 */
export function caseInputOf(
  form: CaseForm,
  withApplicant: boolean,
): Record<string, string | null> & { subject: string | null } {
  const t = (v: string): string | null => (v.trim() === '' ? null : v.trim());
  const input: Record<string, string | null> & { subject: string | null } = {
    reference: t(form.reference),
    receivedOn: t(form.receivedOn),
    receiptWay: t(form.receiptWay),
    applicantKind: t(form.applicantKind),
    subject: form.subject.trim(),
    fee: t(form.fee),
  };
  if (withApplicant) {
    input['applicantName'] = t(form.applicantName);
    input['applicantContact'] = t(form.applicantContact);
  }
  return input;
}

/** The form fields the API names in `extensions.field` (input.receivedOn → receivedOn). */
export const CASE_FIELDS = [
  'reference',
  'receivedOn',
  'receiptWay',
  'applicantKind',
  'applicantName',
  'applicantContact',
  'subject',
  'fee',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** 「input.receivedOn」 / 「receivedOn」 → the form field, or null. */
export function caseFieldOf(field: unknown): CaseField | null {
  if (typeof field !== 'string') return null;
  const f = field.replace(/^input\./u, '');
  return (CASE_FIELDS as readonly string[]).includes(f) ? (f as CaseField) : null;
}

/** 「87.5%」, or 「—」 when nothing was due in the year. */
export function percentText(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** 「7.5」 working days, or 「—」. */
export function medianText(median: number | null | undefined): string {
  if (median === null || median === undefined) return '—';
  return Number.isInteger(median) ? String(median) : median.toFixed(1);
}

/** Years a register is filtered by: from 2019 (the regulation's revision) to this year, latest first. */
export function registerYears(today: Date = new Date()): number[] {
  const out: number[] = [];
  for (let y = today.getFullYear(); y >= 2019; y--) out.push(y);
  return out;
}
