/**
 * The pure logic of a case's 行政复议 / 行政诉讼 records (table 四): the form's options from the domain (kinds, the
 * organ's role under 国办公开办函〔2016〕201号, results with 尚未审结 as the empty one), form → ReviewRecordInput, a
 * server error's field → the form item it belongs beside, and the line a record shows.
 */
import {
  REVIEW_FIELD_LABELS,
  REVIEW_PENDING_LABEL,
  REVIEW_RECORD_KINDS,
  REVIEW_RESULTS,
  REVIEW_ROLES,
} from '@gongkai/domain';

export const REVIEW_KIND_OPTIONS = REVIEW_RECORD_KINDS.map((k) => ({
  value: k.key as string,
  label: k.label as string,
}));
export const REVIEW_ROLE_OPTIONS = REVIEW_ROLES.map((r) => ({ value: r.key as string, label: r.label as string }));
/** Results of table 四 (结果维持 / 结果纠正 / 其他结果), and '' for 尚未审结. */
export const REVIEW_RESULT_OPTIONS = [
  ...REVIEW_RESULTS.map((r) => ({ value: r.key as string, label: r.label as string })),
  { value: '', label: REVIEW_PENDING_LABEL as string },
];
export { REVIEW_FIELD_LABELS };

export type ReviewField = keyof typeof REVIEW_FIELD_LABELS;

export interface ReviewForm {
  kind: string;
  role: string;
  filedOn: string;
  result: string;
  decidedOn: string;
  note: string;
}

export function emptyReviewForm(): ReviewForm {
  return { kind: 'review', role: 'originalOrgan', filedOn: '', result: '', decidedOn: '', note: '' };
}

export function reviewFormOf(r: {
  kind: string;
  role: string;
  filedOn: string;
  result?: string | null;
  decidedOn?: string | null;
  note: string;
}): ReviewForm {
  return {
    kind: r.kind,
    role: r.role,
    filedOn: r.filedOn,
    result: r.result ?? '',
    decidedOn: r.decidedOn ?? '',
    note: r.note,
  };
}

/** The mutation's input: an empty result means 尚未审结 (result and date both null, whatever the date says). */
export function reviewInputOf(form: ReviewForm, caseId: string) {
  return {
    caseId,
    kind: form.kind,
    role: form.role,
    filedOn: form.filedOn,
    result: form.result || null,
    decidedOn: form.result ? form.decidedOn || null : null,
    note: form.note.trim() || null,
  };
}

/** What the form lacks before it is sent (the server checks again): 「请填写申请复议或立案日期」. */
export function reviewFormProblem(form: ReviewForm): { field: ReviewField; message: string } | null {
  if (!form.filedOn) return { field: 'filedOn', message: `请填写${REVIEW_FIELD_LABELS.filedOn}` };
  if (form.result && !form.decidedOn)
    return { field: 'decidedOn', message: `已有结果时请填写${REVIEW_FIELD_LABELS.decidedOn}` };
  return null;
}

/** The form item a server error names (extensions.field 'input.filedOn' → 'filedOn'), or null. */
export function reviewFieldOf(field: unknown): ReviewField | null {
  if (typeof field !== 'string') return null;
  const f = field.replace(/^input\./u, '');
  return Object.hasOwn(REVIEW_FIELD_LABELS, f) ? (f as ReviewField) : null;
}
