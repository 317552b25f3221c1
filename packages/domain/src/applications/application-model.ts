/**
 * 依申请公开 (applications for government information): the case model of an agency's register, the settings of the
 * statutory clock (《政府信息公开条例》 arts. 29–33, 2019) and the checks of what a user typed. Applicant kinds and
 * outcomes are table 三's columns and outcome rows, taken from the report format (report-format.ts) — never retyped.
 */
import { APPLICANT_COLUMNS, REPORT_FORMATS, type ApplicantColumn } from '../report-format.js';

/** Table 三's seven applicant columns minus 总计: 自然人 and the five 法人或其他组织 kinds. */
export type ApplicantKind = Exclude<ApplicantColumn, 'total'>;
export const APPLICANT_KINDS: ReadonlyArray<{ key: ApplicantKind; label: string; group: string | null }> =
  APPLICANT_COLUMNS.filter(
    (c): c is Exclude<(typeof APPLICANT_COLUMNS)[number], { key: 'total' }> => c.key !== 'total',
  );

/** 「法人或其他组织·商业企业」 / 「自然人」. */
export function applicantKindLabel(kind: ApplicantKind): string {
  const c = APPLICANT_KINDS.find((k) => k.key === kind)!;
  return c.group ? `${c.group}·${c.label}` : c.label;
}

export function isApplicantKind(v: string): v is ApplicantKind {
  return APPLICANT_KINDS.some((k) => k.key === v);
}

/** An outcome is the key of one of table 三's outcome rows (2021 format): 'granted', 'denied.stateSecret', … */
export type ApplicationOutcome = string;

export interface OutcomeDef {
  key: ApplicationOutcome;
  /** The row's label, verbatim: 「1.属于国家秘密」. */
  label: string;
  /** The merged label above it, if any: 「（三）不予公开」. */
  subgroup: string | null;
}

/** Table 三's outcome rows ((一)–(六)), in the report's order: the rows under 三、本年度办理结果 without （七）总计. */
export const APPLICATION_OUTCOMES: readonly OutcomeDef[] = REPORT_FORMATS['2021'].applicationRows
  .filter((r) => r.group !== null && r.key !== 'totalHandled')
  .map((r) => ({ key: r.key, label: r.label, subgroup: r.subgroup }));

export function isApplicationOutcome(v: string): boolean {
  return APPLICATION_OUTCOMES.some((o) => o.key === v);
}

/** 「（三）不予公开 · 1.属于国家秘密」, 「（一）予以公开」. */
export function outcomeLabel(key: ApplicationOutcome): string {
  const o = APPLICATION_OUTCOMES.find((x) => x.key === key);
  if (!o) return key;
  return o.subgroup ? `${o.subgroup} · ${o.label}` : o.label;
}

/** 申请人逾期不补正 → 视为放弃申请 (art. 30): table 三 （六）1. */
export const OUTCOME_NO_CORRECTION: ApplicationOutcome = 'other.noCorrection';

export const RECEIPT_WAYS = [
  { key: 'inPerson', label: '当面' },
  { key: 'post', label: '邮寄' },
  { key: 'online', label: '网络' },
  { key: 'fax', label: '传真' },
  { key: 'other', label: '其他' },
] as const;
export type ReceiptWay = (typeof RECEIPT_WAYS)[number]['key'];
export function isReceiptWay(v: string): v is ReceiptWay {
  return RECEIPT_WAYS.some((w) => w.key === v);
}

/** The steps of a case, each with its date. */
export const STEP_KINDS = [
  { key: 'accepted', label: '受理' },
  { key: 'correctionRequested', label: '补正通知' },
  { key: 'correctionReceived', label: '收到补正' },
  { key: 'thirdPartySent', label: '征求第三方意见' },
  { key: 'thirdPartyAnswered', label: '第三方答复' },
  { key: 'extended', label: '延期答复' },
  { key: 'replied', label: '答复' },
] as const;
export type StepKind = (typeof STEP_KINDS)[number]['key'];
export function isStepKind(v: string): v is StepKind {
  return STEP_KINDS.some((s) => s.key === v);
}
export function stepLabel(kind: StepKind): string {
  return STEP_KINDS.find((s) => s.key === kind)!.label;
}

export interface ApplicationStep {
  kind: StepKind;
  /** 'YYYY-MM-DD'. */
  on: string;
  /** 延期: the working days added (≤ the setting, 20 by default). */
  days?: number | null;
  /** 延期: who approved it (the head of the organ or the person authorised). */
  approver?: string | null;
  note?: string | null;
}

/** The clock and the table need only these fields of a case. */
export interface ApplicationCaseCore {
  id: string;
  /** 收到申请之日, 'YYYY-MM-DD' (null in an unfinished draft). */
  receivedOn: string | null;
  applicantKind: ApplicantKind | null;
  steps: readonly ApplicationStep[];
  /** Set when the case is closed (with a 'replied' step giving the date). */
  outcome: ApplicationOutcome | null;
}

export interface ApplicationCase extends ApplicationCaseCore {
  /** The agency's own number (编号), optional. */
  reference: string | null;
  receiptWay: ReceiptWay | null;
  /** What is asked for. */
  subject: string;
  /** 信息处理费 charged, exact decimal in 元 ('12.50'), or null. */
  fee: string | null;
}

/** Personal data of the applicant: readable only inside the agency, never in the office's views or aggregates. */
export interface ApplicantPersonalData {
  name: string;
  contact: string;
}

/** Per-government settings of the clock; the defaults follow the regulation. */
export interface ApplicationSettings {
  /** Art. 33: reply within 20 working days of receipt. */
  replyWorkingDays: number;
  /** Art. 33: an extension of at most 20 working days, approved. */
  maxExtensionWorkingDays: number;
  /** Art. 32: the third party's time to give an opinion (15 working days), not counted. */
  thirdPartyMaxWorkingDays: number;
  /** Art. 30: the time given to correct an application; not corrected by then → treated as withdrawn. */
  correctionPeriodWorkingDays: number;
  /** Art. 30: 补正 is to be asked for within 7 working days of receipt (a later notice is flagged). */
  correctionNoticeWorkingDays: number;
  /** A case is 即将到期 when this many working days or fewer are left. */
  dueSoonWorkingDays: number;
  /**
   * An application received on a day off: 'receipt' — the next working day is the day of receipt (the count starts
   * the day after it); 'firstDay' — the next working day is the first day counted.
   */
  dayOffReceipt: 'receipt' | 'firstDay';
}

export const DEFAULT_APPLICATION_SETTINGS: Readonly<ApplicationSettings> = Object.freeze({
  replyWorkingDays: 20,
  maxExtensionWorkingDays: 20,
  thirdPartyMaxWorkingDays: 15,
  correctionPeriodWorkingDays: 15,
  correctionNoticeWorkingDays: 7,
  dueSoonWorkingDays: 5,
  dayOffReceipt: 'receipt',
});

export const APPLICATION_SETTING_LABELS: Readonly<Record<keyof ApplicationSettings, string>> = {
  replyWorkingDays: '答复期限（工作日）',
  maxExtensionWorkingDays: '延期最长（工作日）',
  thirdPartyMaxWorkingDays: '征求第三方意见期限（工作日）',
  correctionPeriodWorkingDays: '补正期限（工作日）',
  correctionNoticeWorkingDays: '补正告知期限（工作日）',
  dueSoonWorkingDays: '即将到期提醒（工作日）',
  dayOffReceipt: '非工作日收到申请的起算方式',
};

/** Settings with the defaults for what is not given; a value out of range is an error naming the setting. */
export function applicationSettings(
  given: Partial<ApplicationSettings> | null | undefined,
): { ok: true; settings: ApplicationSettings } | { ok: false; field: keyof ApplicationSettings; message: string } {
  const s: ApplicationSettings = { ...DEFAULT_APPLICATION_SETTINGS, ...(given ?? {}) };
  const limits: Array<[keyof ApplicationSettings, number, number]> = [
    ['replyWorkingDays', 1, 60],
    ['maxExtensionWorkingDays', 0, 60],
    ['thirdPartyMaxWorkingDays', 0, 60],
    ['correctionPeriodWorkingDays', 1, 120],
    ['correctionNoticeWorkingDays', 1, 60],
    ['dueSoonWorkingDays', 0, 60],
  ];
  for (const [key, min, max] of limits) {
    const v = s[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      return { ok: false, field: key, message: `${APPLICATION_SETTING_LABELS[key]}应为 ${min}–${max} 的整数` };
  }
  if (s.dayOffReceipt !== 'receipt' && s.dayOffReceipt !== 'firstDay')
    return { ok: false, field: 'dayOffReceipt', message: `${APPLICATION_SETTING_LABELS.dayOffReceipt}无效` };
  return { ok: true, settings: s };
}

/** The first step of a kind (by date), or undefined. */
export function stepOf(steps: readonly ApplicationStep[], kind: StepKind): ApplicationStep | undefined {
  return [...steps].filter((s) => s.kind === kind).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))[0];
}

/** The day the case was closed: its 答复 step, when an outcome is recorded. */
export function closedOn(c: ApplicationCaseCore): string | null {
  if (!c.outcome) return null;
  return stepOf(c.steps, 'replied')?.on ?? null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
export function isIsoDate(v: string): boolean {
  const m = ISO.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

/** Dates of a register: 2000–2100 (an earlier or later year is a typo). */
export function isRegisterDate(v: string): boolean {
  return isIsoDate(v) && v >= '2000-01-01' && v <= '2100-12-31';
}
const dateProblem = (v: string): string => (isIsoDate(v) ? '应在 2000 年至 2100 年之间' : '不是有效日期');

/** An exact non-negative amount in 元 with at most 2 decimals, canonical ('12.5'), or an error. */
export function parseFee(text: string): { ok: true; value: string | null } | { ok: false; message: string } {
  const t = text.trim().replace(/[，,\s元]/gu, '');
  if (t === '') return { ok: true, value: null };
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/u.exec(t);
  if (!m) return { ok: false, message: /^-/u.test(t) ? '不能为负数' : '应为金额（元，最多两位小数）' };
  const frac = (m[2] ?? '').replace(/0+$/u, '');
  return { ok: true, value: `${String(Number(m[1]))}${frac ? `.${frac}` : ''}` };
}

/** Longest texts kept (characters). */
export const APPLICATION_TEXT_LIMITS = {
  reference: { label: '编号', max: 100 },
  subject: { label: '申请内容', max: 5000 },
  applicantName: { label: '申请人姓名或名称', max: 200 },
  applicantContact: { label: '联系方式', max: 500 },
  approver: { label: '批准人', max: 100 },
  note: { label: '备注', max: 2000 },
} as const;

/** 「申请内容：最多 5000 个字符」 when a text is too long, else null. */
export function applicationTextProblem(
  key: keyof typeof APPLICATION_TEXT_LIMITS,
  value: string | null | undefined,
): string | null {
  const l = APPLICATION_TEXT_LIMITS[key];
  return value && [...value].length > l.max ? `${l.label}：最多 ${l.max} 个字符` : null;
}

/** Problems of the applicant's personal data (lengths only: a draft may leave them empty). */
export function checkApplicant(a: ApplicantPersonalData | null): CaseProblem[] {
  if (!a) return [];
  const out: CaseProblem[] = [];
  const n = applicationTextProblem('applicantName', a.name);
  if (n) out.push({ field: 'applicantName', message: n });
  const c = applicationTextProblem('applicantContact', a.contact);
  if (c) out.push({ field: 'applicantContact', message: c });
  return out;
}

export interface CaseProblem {
  /** The field concerned: 'receivedOn', 'steps[2].on', 'outcome', … */
  field: string;
  message: string;
}

/**
 * What is wrong with a case, in Chinese, naming the field. A draft may be incomplete (no date, no kind): only what is
 * given is checked; `complete` also asks for what closing a case needs.
 */
export function checkApplicationCase(
  c: Pick<ApplicationCase, 'receivedOn' | 'applicantKind' | 'steps' | 'outcome' | 'fee' | 'receiptWay'> &
    Partial<Pick<ApplicationCase, 'reference' | 'subject'>>,
  settings: ApplicationSettings = DEFAULT_APPLICATION_SETTINGS,
): CaseProblem[] {
  const out: CaseProblem[] = [];
  for (const key of ['reference', 'subject'] as const) {
    const p = applicationTextProblem(key, c[key]);
    if (p) out.push({ field: key, message: p });
  }
  if (c.receivedOn !== null && !isRegisterDate(c.receivedOn))
    out.push({ field: 'receivedOn', message: `收到申请日期「${c.receivedOn}」${dateProblem(c.receivedOn)}` });
  if (c.applicantKind !== null && !isApplicantKind(c.applicantKind))
    out.push({ field: 'applicantKind', message: `申请人类型「${c.applicantKind}」无效` });
  if (c.receiptWay !== null && !isReceiptWay(c.receiptWay))
    out.push({ field: 'receiptWay', message: `收到申请方式「${c.receiptWay}」无效` });
  if (c.outcome !== null && !isApplicationOutcome(c.outcome))
    out.push({ field: 'outcome', message: `办理结果「${c.outcome}」不是年报表三的办理结果之一` });
  if (c.fee !== null) {
    const f = parseFee(c.fee);
    if (!f.ok) out.push({ field: 'fee', message: `信息处理费「${c.fee}」${f.message}` });
  }
  const received = c.receivedOn !== null && isRegisterDate(c.receivedOn) ? c.receivedOn : null;
  c.steps.forEach((s, i) => {
    const label = isStepKind(s.kind) ? stepLabel(s.kind) : s.kind;
    const field = `steps[${i}]`;
    if (!isStepKind(s.kind)) {
      out.push({ field: `${field}.kind`, message: `办理步骤「${s.kind}」无效` });
      return;
    }
    if (!isRegisterDate(s.on)) {
      out.push({ field: `${field}.on`, message: `「${label}」日期「${s.on}」${dateProblem(s.on)}` });
      return;
    }
    for (const key of ['approver', 'note'] as const) {
      const p = applicationTextProblem(key, s[key]);
      if (p) out.push({ field: `${field}.${key}`, message: `「${label}」${p}` });
    }
    if (received && s.on < received)
      out.push({ field: `${field}.on`, message: `「${label}」日期 ${s.on} 早于收到申请日期 ${received}` });
    if (s.kind === 'extended') {
      if (!s.approver || s.approver.trim() === '')
        out.push({ field: `${field}.approver`, message: '「延期答复」须填写批准人' });
      const d = s.days;
      if (d === null || d === undefined || !Number.isInteger(d) || d < 1 || d > settings.maxExtensionWorkingDays)
        out.push({
          field: `${field}.days`,
          message: `「延期答复」天数应为 1–${settings.maxExtensionWorkingDays} 个工作日`,
        });
    }
  });
  const count = (k: StepKind): number => c.steps.filter((s) => s.kind === k).length;
  const once = (k: StepKind): void => {
    if (count(k) > 1)
      out.push({
        field: 'steps',
        message: `「${stepLabel(k)}」只能有一次（${k === 'correctionRequested' ? '补正应一次性告知' : '请修改已有的步骤'}）`,
      });
  };
  for (const k of ['accepted', 'correctionRequested', 'correctionReceived', 'extended', 'replied'] as const) once(k);
  const first = (k: StepKind): string | undefined => {
    const s = stepOf(c.steps, k);
    return s && isIsoDate(s.on) ? s.on : undefined;
  };
  const req = first('correctionRequested');
  const got = first('correctionReceived');
  if (got && !req) out.push({ field: 'steps', message: '有「收到补正」但没有「补正通知」' });
  if (got && req && got < req)
    out.push({ field: 'steps', message: `「收到补正」日期 ${got} 早于「补正通知」日期 ${req}` });
  const sent = c.steps.filter((s) => s.kind === 'thirdPartySent' && isIsoDate(s.on)).map((s) => s.on);
  const answered = c.steps.filter((s) => s.kind === 'thirdPartyAnswered' && isIsoDate(s.on)).map((s) => s.on);
  if (answered.length > sent.length) out.push({ field: 'steps', message: '「第三方答复」多于「征求第三方意见」' });
  sent.sort();
  answered.sort();
  answered.forEach((a, i) => {
    if (sent[i] && a < sent[i])
      out.push({ field: 'steps', message: `「第三方答复」日期 ${a} 早于「征求第三方意见」日期 ${sent[i]}` });
  });
  const replied = first('replied');
  if (c.outcome !== null && !replied)
    out.push({ field: 'steps', message: '已填写办理结果，还须填写「答复」日期（办结日期）' });
  if (replied) {
    for (const s of c.steps)
      if (s.kind !== 'replied' && isIsoDate(s.on) && s.on > replied && s.kind !== 'thirdPartyAnswered')
        out.push({ field: 'steps', message: `「${stepLabel(s.kind)}」日期 ${s.on} 晚于「答复」日期 ${replied}` });
  }
  return out;
}
