/**
 * Reading a department's own spreadsheet of applications: a grid of cells (rows of strings, as the xlsx reader
 * gives them) and a column mapping (which column holds which field, guessed from the header and changeable by the
 * user — the catalogue import's idea, catalogue-grid.ts) become case inputs, or an error per row naming the row and
 * the field in Chinese. Dates in the common forms: 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日, Excel serials.
 */
import {
  APPLICANT_KINDS,
  APPLICATION_OUTCOMES,
  RECEIPT_WAYS,
  isIsoDate,
  parseFee,
  type ApplicantKind,
  type ApplicantPersonalData,
  type ApplicationOutcome,
  type ApplicationStep,
  type ReceiptWay,
} from './application-model.js';

export const INTAKE_FIELDS = [
  { key: 'reference', label: '编号', names: ['编号', '申请编号', '登记编号', '受理编号', '序号', '登记号', '案号'] },
  {
    key: 'receivedOn',
    label: '收到申请日期',
    names: ['收到申请日期', '收到日期', '申请日期', '登记日期', '收件日期', '申请时间', '收到申请时间', '受理申请日期'],
  },
  { key: 'receiptWay', label: '申请方式', names: ['申请方式', '收到方式', '提交方式', '申请途径', '申请渠道', '渠道'] },
  {
    key: 'applicantKind',
    label: '申请人类型',
    names: ['申请人类型', '申请人类别', '申请人性质', '申请人情况', '申请主体类型', '申请人身份'],
  },
  {
    key: 'applicantName',
    label: '申请人',
    names: ['申请人', '申请人姓名', '申请人名称', '姓名', '名称', '申请人姓名或名称'],
  },
  {
    key: 'applicantContact',
    label: '联系方式',
    names: ['联系方式', '联系电话', '电话', '通讯地址', '联系地址', '地址', '邮箱', '手机'],
  },
  {
    key: 'subject',
    label: '申请内容',
    names: ['申请内容', '申请公开内容', '所需信息', '申请事项', '内容', '所需政府信息'],
  },
  { key: 'acceptedOn', label: '受理日期', names: ['受理日期', '受理时间'] },
  { key: 'correctionRequestedOn', label: '补正通知日期', names: ['补正通知日期', '补正告知日期', '补正通知'] },
  { key: 'correctionReceivedOn', label: '收到补正日期', names: ['收到补正日期', '补正日期', '补正材料收到日期'] },
  {
    key: 'thirdPartySentOn',
    label: '征求第三方意见日期',
    names: ['征求第三方意见日期', '征求意见日期', '征求第三方意见'],
  },
  {
    key: 'thirdPartyAnsweredOn',
    label: '第三方答复日期',
    names: ['第三方答复日期', '第三方意见日期', '第三方回复日期'],
  },
  { key: 'extensionOn', label: '延期日期', names: ['延期日期', '延期决定日期', '延期告知日期'] },
  { key: 'extensionDays', label: '延期天数', names: ['延期天数', '延期工作日', '延长期限'] },
  { key: 'extensionApprover', label: '延期批准人', names: ['延期批准人', '批准人', '延期审批人'] },
  { key: 'repliedOn', label: '答复日期', names: ['答复日期', '办结日期', '答复时间', '告知日期', '办结时间'] },
  { key: 'outcome', label: '办理结果', names: ['办理结果', '答复结果', '处理结果', '答复类型', '答复情况'] },
  { key: 'fee', label: '信息处理费', names: ['信息处理费', '收费', '收费金额', '信息处理费（元）'] },
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number]['key'];
export type IntakeMapping = Partial<Record<IntakeField, number>>;

export function intakeFieldLabel(f: IntakeField): string {
  return INTAKE_FIELDS.find((x) => x.key === f)!.label;
}

/** Input for creating a case (the register's create/update takes the same). */
export interface ApplicationCaseInput {
  reference: string | null;
  receivedOn: string | null;
  receiptWay: ReceiptWay | null;
  applicantKind: ApplicantKind | null;
  subject: string;
  fee: string | null;
  outcome: ApplicationOutcome | null;
  steps: ApplicationStep[];
  applicant: ApplicantPersonalData | null;
}

export type IntakeRow =
  | { row: number; ok: true; input: ApplicationCaseInput }
  | { row: number; ok: false; errors: Array<{ field: IntakeField; message: string }> };

function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s·•．.、:：\-—_/（）()【】[\]]/gu, '')
    .toLowerCase();
}

/** The mapping a header row suggests: the first column whose title names a field (exact names first). */
export function guessIntakeMapping(header: readonly string[]): IntakeMapping {
  const titles = header.map((h) => norm(h ?? ''));
  const out: IntakeMapping = {};
  const used = new Set<number>();
  for (const pass of ['exact', 'contains'] as const) {
    for (const f of INTAKE_FIELDS) {
      if (out[f.key] !== undefined) continue;
      const names = f.names.map(norm);
      const i = titles.findIndex(
        (t, idx) =>
          !used.has(idx) &&
          t !== '' &&
          (pass === 'exact' ? names.includes(t) : names.some((n) => n.length >= 3 && t.includes(n))),
      );
      if (i >= 0) {
        out[f.key] = i;
        used.add(i);
      }
    }
  }
  return out;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date in a common Chinese form, or an Excel serial, as 'YYYY-MM-DD'; null for an empty cell; an error otherwise. */
export function parseIntakeDate(text: string): { ok: true; value: string | null } | { ok: false; message: string } {
  const t = text.normalize('NFKC').trim();
  if (t === '') return { ok: true, value: null };
  let m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z)?)?$/u.exec(
      t,
    );
  if (m) {
    const v = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isIsoDate(v) ? { ok: true, value: v } : { ok: false, message: `日期「${text}」不存在` };
  }
  m = /^(\d{4})(\d{2})(\d{2})$/u.exec(t);
  if (m) {
    const v = `${m[1]}-${m[2]}-${m[3]}`;
    if (isIsoDate(v)) return { ok: true, value: v };
  }
  if (/^\d{4,6}(\.\d+)?$/u.test(t)) {
    const n = Math.floor(Number(t));
    // 1960 … 2199: a plausible register date written as an Excel serial number.
    if (n >= 21916 && n <= 109574)
      return { ok: true, value: new Date(EXCEL_EPOCH + n * 86_400_000).toISOString().slice(0, 10) };
  }
  return { ok: false, message: `「${text}」不是日期（可写 2026-01-05、2026/1/5 或 2026年1月5日）` };
}

const KIND_SYNONYMS: Record<string, ApplicantKind> = {
  个人: 'natural',
  公民: 'natural',
  自然人: 'natural',
  企业: 'commercial',
  公司: 'commercial',
  律师事务所: 'legalService',
  律所: 'legalService',
  其他组织: 'otherOrg',
  法人或其他组织其他: 'otherOrg',
  其他: 'otherOrg',
};

export function parseApplicantKind(text: string): ApplicantKind | null | undefined {
  const t = norm(text);
  if (t === '') return null;
  for (const k of APPLICANT_KINDS) {
    if (t === norm(k.label) || t === norm(k.key) || (k.group && t === norm(`${k.group}${k.label}`))) return k.key;
  }
  const stripped = t.replace(/^法人或其他组织/u, '');
  for (const k of APPLICANT_KINDS) if (stripped === norm(k.label)) return k.key;
  return KIND_SYNONYMS[t] ?? KIND_SYNONYMS[stripped];
}

const WAY_SYNONYMS: Record<string, ReceiptWay> = {
  现场: 'inPerson',
  当面提交: 'inPerson',
  窗口: 'inPerson',
  信函: 'post',
  邮政: 'post',
  网上: 'online',
  在线: 'online',
  互联网: 'online',
  网站: 'online',
  网上申请: 'online',
  电子邮件: 'online',
  电子邮箱: 'online',
};

export function parseReceiptWay(text: string): ReceiptWay | null | undefined {
  const t = norm(text);
  if (t === '') return null;
  for (const w of RECEIPT_WAYS) if (t === norm(w.label) || t === w.key.toLowerCase()) return w.key;
  return WAY_SYNONYMS[t];
}

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Everything an outcome may be written as: its key, its label (with or without numbering), with its group. */
function outcomeSpellings(): Map<string, ApplicationOutcome> {
  const map = new Map<string, ApplicationOutcome>();
  for (const o of APPLICATION_OUTCOMES) {
    const label = o.label;
    const bare = label.replace(/^（[一二三四五六七]）|^\d+\./u, '');
    const short = bare.replace(/（.*$/u, '');
    const group = o.subgroup ? o.subgroup.replace(/^（[一二三四五六七]）/u, '') : '';
    const groupNo = o.subgroup ? /（([一二三四五六七])）/u.exec(o.subgroup)?.[1] : undefined;
    const itemNo = /^(\d+)\./u.exec(label)?.[1];
    const spellings = [
      o.key,
      label,
      bare,
      short,
      `${group}${bare}`,
      `${group}${short}`,
      `${group}${label}`,
      `${o.subgroup ?? ''}${label}`,
    ];
    if (groupNo && itemNo)
      spellings.push(`（${groupNo}）${itemNo}`, `${groupNo}${itemNo}`, `${CN_NUM.indexOf(groupNo) + 1}${itemNo}`);
    for (const s of spellings) if (s) map.set(norm(s), o.key);
  }
  return map;
}
let spellings: Map<string, ApplicationOutcome> | null = null;

export function parseOutcome(text: string): ApplicationOutcome | null | undefined {
  const t = norm(text);
  if (t === '') return null;
  spellings ??= outcomeSpellings();
  return spellings.get(t);
}

/** Interprets the data rows of a grid (the rows after `headerRow`, 0-based) with a mapping. Rows wholly empty are skipped. */
export function interpretIntakeGrid(
  rows: readonly (readonly string[])[],
  mapping: IntakeMapping,
  options: { headerRow?: number; sheetName?: string } = {},
): IntakeRow[] {
  const headerRow = options.headerRow ?? 0;
  const out: IntakeRow[] = [];
  const prefix = options.sheetName ? `工作表「${options.sheetName}」` : '';
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((c) => (c ?? '').trim() === '')) continue;
    const rowNo = r + 1;
    const errors: Array<{ field: IntakeField; message: string }> = [];
    const cell = (f: IntakeField): string => {
      const i = mapping[f];
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (f: IntakeField, what: string): void => {
      errors.push({ field: f, message: `${prefix}第${rowNo}行「${intakeFieldLabel(f)}」：${what}` });
    };
    const date = (f: IntakeField): string | null => {
      const p = parseIntakeDate(cell(f));
      if (!p.ok) {
        fail(f, p.message);
        return null;
      }
      return p.value;
    };
    const receivedOn = date('receivedOn');
    if (receivedOn === null && !errors.length) fail('receivedOn', '未填写');
    const kindText = cell('applicantKind');
    const applicantKind = parseApplicantKind(kindText);
    if (applicantKind === undefined)
      fail('applicantKind', `「${kindText}」不是表三的申请人类型（${APPLICANT_KINDS.map((k) => k.label).join('、')}）`);
    const wayText = cell('receiptWay');
    const receiptWay = parseReceiptWay(wayText);
    if (receiptWay === undefined)
      fail('receiptWay', `「${wayText}」不是申请方式（${RECEIPT_WAYS.map((w) => w.label).join('、')}）`);
    const outcomeText = cell('outcome');
    const outcome = parseOutcome(outcomeText);
    if (outcome === undefined) fail('outcome', `「${outcomeText}」不是表三的办理结果之一`);
    const feeText = cell('fee');
    const fee = parseFee(feeText);
    if (!fee.ok) fail('fee', `「${feeText}」${fee.message}`);
    const steps: ApplicationStep[] = [];
    const step = (f: IntakeField, kind: ApplicationStep['kind']): void => {
      const on = date(f);
      if (on) steps.push({ kind, on });
    };
    step('acceptedOn', 'accepted');
    step('correctionRequestedOn', 'correctionRequested');
    step('correctionReceivedOn', 'correctionReceived');
    step('thirdPartySentOn', 'thirdPartySent');
    step('thirdPartyAnsweredOn', 'thirdPartyAnswered');
    const extOn = date('extensionOn');
    const extDaysText = cell('extensionDays')
      .normalize('NFKC')
      .replace(/个?工作日|天/gu, '');
    const extApprover = cell('extensionApprover');
    if (extOn || extDaysText || extApprover) {
      const days = Number(extDaysText);
      if (!/^\d+$/u.test(extDaysText) || days < 1 || days > 20)
        fail('extensionDays', `「${cell('extensionDays')}」应为 1–20 的整数`);
      else if (!extOn) fail('extensionOn', '填写了延期天数，还须填写延期日期');
      else if (!extApprover) fail('extensionApprover', '延期须填写批准人');
      else steps.push({ kind: 'extended', on: extOn, days, approver: extApprover });
    }
    const repliedOn = date('repliedOn');
    if (repliedOn) steps.push({ kind: 'replied', on: repliedOn });
    if (outcome && !repliedOn && !errors.some((e) => e.field === 'repliedOn'))
      fail('repliedOn', '填写了办理结果，还须填写答复日期');
    if (receivedOn) {
      for (const s of steps)
        if (s.on < receivedOn) {
          const f = (
            {
              accepted: 'acceptedOn',
              correctionRequested: 'correctionRequestedOn',
              correctionReceived: 'correctionReceivedOn',
              thirdPartySent: 'thirdPartySentOn',
              thirdPartyAnswered: 'thirdPartyAnsweredOn',
              extended: 'extensionOn',
              replied: 'repliedOn',
            } as const
          )[s.kind];
          fail(f, `${s.on} 早于收到申请日期 ${receivedOn}`);
        }
    }
    if (errors.length) {
      out.push({ row: rowNo, ok: false, errors });
      continue;
    }
    const name = cell('applicantName');
    const contact = cell('applicantContact');
    out.push({
      row: rowNo,
      ok: true,
      input: {
        reference: cell('reference') || null,
        receivedOn,
        receiptWay: receiptWay ?? null,
        applicantKind: applicantKind ?? null,
        subject: cell('subject'),
        fee: fee.ok ? fee.value : null,
        outcome: outcome && repliedOn ? outcome : null,
        steps,
        applicant: name || contact ? { name, contact } : null,
      },
    });
  }
  return out;
}
