/**
 * The 编辑公开要求 drawer's model: the editable values of a requirement row, what the save sends
 * (`input` = only the fields the user changed, `base` = every field as the user read it, so that a conflict
 * names what the other person changed), the three-way rebase after 「刷新此行」, the row's problems while
 * typing (the domain's requirementProblems, the same rule the server applies) and the live reading of the
 * 公开时限 text. Pure functions, no Vue.
 */
import {
  CHANNEL_CODES,
  ROW_FIELD_LABELS,
  describeTimeLimit,
  parseTimeLimit,
  requirementProblems,
  type ChannelCode,
  type RowProblem,
} from '@gongkai/domain';
import type { Audience, Channel, RequirementInput } from './gql/graphql';
import { timeLimitKindLabel } from './labels';

/** The editable values of a row, as the drawer holds them. */
export interface RequirementForm {
  contentIntro: string;
  contentElements: string[];
  timeLimitRaw: string;
  publishingOrgans: string[];
  channels: Channel[];
  extraChannels: string[];
  audiences: Audience[];
  officeIds: string[];
  legalBasis: string[];
  modes: string[];
  levels: string[];
  remarks: string[];
}

export type FormField = keyof RequirementForm;

/** In the order of the printed table's columns. */
export const FORM_FIELDS: readonly FormField[] = [
  'contentIntro',
  'contentElements',
  'legalBasis',
  'timeLimitRaw',
  'publishingOrgans',
  'channels',
  'extraChannels',
  'audiences',
  'officeIds',
  'modes',
  'levels',
  'remarks',
];

/** Chinese name of each field (the domain's column labels). */
export const FORM_FIELD_LABELS: Record<FormField, string> = {
  contentIntro: `${ROW_FIELD_LABELS.content}引言`,
  contentElements: ROW_FIELD_LABELS.content,
  timeLimitRaw: ROW_FIELD_LABELS.timeLimit,
  publishingOrgans: ROW_FIELD_LABELS.publishingOrgans,
  channels: ROW_FIELD_LABELS.channels,
  extraChannels: `${ROW_FIELD_LABELS.channels}（其他）`,
  audiences: ROW_FIELD_LABELS.audiences,
  officeIds: ROW_FIELD_LABELS.offices,
  legalBasis: ROW_FIELD_LABELS.legalBasis,
  modes: ROW_FIELD_LABELS.modes,
  levels: ROW_FIELD_LABELS.levels,
  remarks: ROW_FIELD_LABELS.remarks,
};

/** The part of a requirement (the RequirementFields fragment) the form is made from. */
export interface EditableRequirement {
  contentIntro: string | null;
  contentElements: readonly string[];
  timeLimit: { raw: string };
  publishingOrgans: readonly string[];
  channels: readonly Channel[];
  extraChannels: readonly string[];
  audiences: readonly Audience[];
  offices: ReadonlyArray<{ id: string }>;
  legalBasis: readonly string[];
  modes: readonly string[];
  levels: readonly string[];
  remarks: readonly string[];
}

/** The form for a row, as read from the server (copies: editing the form never touches the row). */
export function formFromRequirement(r: EditableRequirement): RequirementForm {
  return {
    contentIntro: r.contentIntro ?? '',
    contentElements: [...r.contentElements],
    timeLimitRaw: r.timeLimit.raw,
    publishingOrgans: [...r.publishingOrgans],
    channels: [...r.channels],
    extraChannels: [...r.extraChannels],
    audiences: [...r.audiences],
    officeIds: r.offices.map((o) => o.id),
    legalBasis: [...r.legalBasis],
    modes: [...r.modes],
    levels: [...r.levels],
    remarks: [...r.remarks],
  };
}

/** A deep copy of a form. */
export function cloneForm(f: RequirementForm): RequirementForm {
  const copy = { ...f };
  for (const k of FORM_FIELDS) {
    const v = f[k];
    if (Array.isArray(v)) (copy as Record<string, unknown>)[k] = [...v];
  }
  return copy;
}

const cleanList = (list: readonly string[]): string[] => list.map((s) => s.trim()).filter((s) => s !== '');
const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/**
 * The values as the server will store them: text trimmed, blank list entries dropped, channels in the
 * official order, 公开对象 in table order, no duplicates where duplicates mean nothing.
 */
export function normalizeForm(f: RequirementForm): RequirementForm {
  return {
    contentIntro: f.contentIntro.trim(),
    contentElements: cleanList(f.contentElements),
    timeLimitRaw: f.timeLimitRaw.trim(),
    publishingOrgans: unique(cleanList(f.publishingOrgans)),
    channels: CHANNEL_CODES.filter((c) => f.channels.includes(c as Channel)) as Channel[],
    extraChannels: unique(cleanList(f.extraChannels)),
    audiences: (['PUBLIC', 'SPECIFIC'] as const).filter((a) => f.audiences.includes(a)),
    officeIds: unique(f.officeIds),
    legalBasis: cleanList(f.legalBasis),
    modes: unique(cleanList(f.modes)),
    levels: unique(cleanList(f.levels)),
    remarks: cleanList(f.remarks),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose (normalized) values differ between two forms, in column order. */
export function changedFields(a: RequirementForm, b: RequirementForm): FormField[] {
  const na = normalizeForm(a);
  const nb = normalizeForm(b);
  return FORM_FIELDS.filter((k) => !same(na[k], nb[k]));
}

/** The form's fields as RequirementInput values (the intro as the server stores it: null when blank). */
function inputValue(form: RequirementForm, field: FormField): RequirementInput[FormField] {
  if (field === 'contentIntro') return form.contentIntro.trim() === '' ? null : form.contentIntro;
  return form[field] as RequirementInput[FormField];
}

export interface SavePlan {
  /** Fields the user changed. */
  changed: FormField[];
  /** Only the changed fields, normalized. A cleared intro is sent as '' (null would mean 「unchanged」). */
  input: RequirementInput;
  /** Every field as the user read it, unnormalized, so the server compares it with the row exactly. */
  base: RequirementInput;
}

/** What 保存 sends for a form edited from `base` (the values read from the server). */
export function planSave(base: RequirementForm, form: RequirementForm): SavePlan {
  const changed = changedFields(base, form);
  const normalized = normalizeForm(form);
  const input: RequirementInput = {};
  for (const k of changed) {
    if (k === 'contentIntro') input.contentIntro = normalized.contentIntro;
    else (input as Record<string, unknown>)[k] = normalized[k];
  }
  const baseInput: RequirementInput = {};
  for (const k of FORM_FIELDS) (baseInput as Record<string, unknown>)[k] = inputValue(base, k);
  return { changed, input, base: baseInput };
}

export interface Rebased {
  /** The user's form on top of the row as it is now. */
  form: RequirementForm;
  /** Fields the other person changed that the user had not touched: their values are taken. */
  taken: FormField[];
  /** Fields both changed, differently: the user's values are kept and should be looked at again. */
  overlapping: FormField[];
}

/**
 * 「刷新此行」 after a conflict: a three-way merge of what the user started from (`base`), what the user typed
 * (`mine`) and the row as it is now (`theirs`). Nothing the user typed is lost.
 */
export function rebaseForm(base: RequirementForm, mine: RequirementForm, theirs: RequirementForm): Rebased {
  const nb = normalizeForm(base);
  const nm = normalizeForm(mine);
  const nt = normalizeForm(theirs);
  const form = cloneForm(mine);
  const taken: FormField[] = [];
  const overlapping: FormField[] = [];
  for (const k of FORM_FIELDS) {
    const iChanged = !same(nm[k], nb[k]);
    const theyChanged = !same(nt[k], nb[k]);
    if (!theyChanged) continue;
    if (!iChanged) {
      const v = theirs[k];
      (form as unknown as Record<string, unknown>)[k] = Array.isArray(v) ? [...v] : v;
      taken.push(k);
    } else if (!same(nm[k], nt[k])) {
      overlapping.push(k);
    }
  }
  return { form, taken, overlapping };
}

/** 「公开时限、公开渠道和载体」 */
export function fieldList(fields: readonly FormField[]): string {
  return unique(fields.map((f) => FORM_FIELD_LABELS[f])).join('、');
}

/** Which form fields a domain problem belongs under. */
export const PROBLEM_FIELDS: Record<RowProblem['field'], FormField> = {
  content: 'contentElements',
  timeLimit: 'timeLimitRaw',
  publishingOrgans: 'publishingOrgans',
  channels: 'channels',
  audiences: 'audiences',
  offices: 'officeIds',
};

/**
 * The row's problems while typing, by form field (the same rule as the server's Requirement.problems).
 * `officeName` names an office id (for the rule, any non-empty name will do).
 */
export function formProblems(
  form: RequirementForm,
  officeName: (id: string) => string | undefined = () => undefined,
): Partial<Record<FormField, string>> {
  const f = normalizeForm(form);
  const parsed = parseTimeLimit(f.timeLimitRaw);
  const problems = requirementProblems({
    contentIntro: f.contentIntro === '' ? null : f.contentIntro,
    contentElements: f.contentElements,
    timeLimit: {
      raw: parsed.raw,
      rule: parsed.rule,
      longTerm: parsed.longTerm,
      statutoryDefault: parsed.statutoryDefault,
    },
    publishingOrgans: f.publishingOrgans,
    channels: f.channels as ChannelCode[],
    extraChannels: f.extraChannels,
    audiences: f.audiences,
    offices: f.officeIds.map((id) => officeName(id) ?? id),
  });
  const out: Partial<Record<FormField, string>> = {};
  for (const p of problems) {
    const field = PROBLEM_FIELDS[p.field];
    out[field] = out[field] ? `${out[field]}；${p.message}` : p.message;
  }
  return out;
}

export interface TimeLimitPreview {
  kind: string;
  /** 「限期公开」 */
  kindLabel: string;
  /** The rule in words, as the server describes it. */
  description: string;
  /** 'ok': a rule deadlines can be computed from or a rule with no deadline; 'empty'; 'unparsed'. */
  state: 'ok' | 'empty' | 'unparsed';
  /** A Chinese warning to show under the field, or null. */
  warning: string | null;
  longTerm: boolean;
  statutoryDefault: boolean;
}

/** The live reading of a 公开时限 text under the input. */
export function timeLimitPreview(raw: string): TimeLimitPreview {
  const parsed = parseTimeLimit(raw);
  const kind = parsed.rule.kind;
  const base = {
    kind,
    kindLabel: timeLimitKindLabel(kind),
    description: describeTimeLimit(parsed),
    longTerm: parsed.longTerm,
    statutoryDefault: parsed.statutoryDefault,
  };
  if (kind === 'none')
    return { ...base, state: 'empty', warning: '尚未填写公开时限：无法计算公开期限（可以先保存）。' };
  if (kind === 'unparsed') {
    return {
      ...base,
      state: 'unparsed',
      warning: `未能识别为时限规则，系统无法据此计算公开期限。原文会照样保存；建议写成「信息形成之日起20个工作日内」「每年1月31日前」「即时公开」这样的形式。`,
    };
  }
  if (parsed.unparsedClauses.length > 0) {
    return {
      ...base,
      state: 'ok',
      warning: `其中「${parsed.unparsedClauses.join('，')}」未能识别，只按能识别的部分计算。`,
    };
  }
  return { ...base, state: 'ok', warning: null };
}
