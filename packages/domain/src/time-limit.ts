/**
 * 公开时限: the raw text of a catalogue's deadline column parsed into a rule the platform can compute
 * deadlines from. The raw text is always kept; a text that matches no rule is `unparsed`, never dropped.
 */
import { cleanCell, parseNumber } from './text-normalize.js';

export type TimeUnit = 'workingDay' | 'calendarDay' | 'month';
/** What starts the clock. */
export type EventKind = 'formedOrChanged' | 'approval' | 'noticePeriodEnd' | 'other';
export type Period = 'year' | 'halfYear' | 'quarter' | 'month';

export type TimeLimitRule =
  /** N working days / calendar days / months after an event (信息形成、批复、公告期满 …). */
  | { kind: 'afterEvent'; amount: number; unit: TimeUnit; event: string; eventKind: EventKind }
  /** 即时/及时/实时公开: as soon as possible; the jurisdiction decides what counts as late. */
  | { kind: 'immediate' }
  /** 与政策文件同步发布: same day as a related document. */
  | { kind: 'sameDayAs'; reference: string }
  /** 市本级督查室审核后公开: after an approval step, no fixed deadline. */
  | { kind: 'afterApproval'; approver: string }
  /** 按年公开, 每年1月31日前, 每季度结束后15日内. */
  | {
      kind: 'periodic';
      period: Period;
      dueMonth?: number;
      dueDay?: number;
      afterPeriodEnd?: { amount: number; unit: TimeUnit };
      /** 「公开上月数据」「上一年度」: the fixed date falls in the period after the one the data covers. */
      previousPeriod?: true;
    }
  /** Only 「长期公开」: stays published, no deadline of its own. */
  | { kind: 'standing' }
  /** 「同上」: same as the row above (the importer resolves it). */
  | { kind: 'sameAsAbove' }
  /** Blank cell. */
  | { kind: 'none' }
  /** Text that matched no rule. */
  | { kind: 'unparsed' };

export type TimeLimitKind = TimeLimitRule['kind'];

export interface ParsedTimeLimit {
  /** The text as written (CJK wrap spaces removed). */
  raw: string;
  rule: TimeLimitRule;
  /** 「保持长期公开」 was added: the information stays published. */
  longTerm: boolean;
  /** 20 working days after the information is formed or changed: 《条例》第二十六条. */
  statutoryDefault: boolean;
  /** Clauses of the text that no rule understood (kept for the findings). */
  unparsedClauses: string[];
}

const NUM = '(\\d+|[零〇一二两三四五六七八九十百]+)';
const AMOUNT_UNIT = new RegExp(`${NUM}\\s*个?\\s*(工作日|自然日|日历日|日|天|月)`, 'u');
const RETENTION = /^(?:并?保持)?(?:长期|常态化?|持续)(?:公开|有效|更新)$|^长期保留$/u;
const IMMEDIATE = /即时|及时|实时|随时/u;
const SAME_DAY = /^(?:与|随|同)(.+?)(?:同步|同时|同日)(?:发布|公开|更新)?$/u;
const APPROVAL_STEP = /^(.+?)(审核|审批|审定|批准|同意|签发)(?:通过)?(?:后|以后|之后)(?:公开|发布)?$/u;
const PERIOD = /(?:每|按)(年度?|半年|季度?|月度?)/u;
const DUE_DATE = /(\d{1,2})月(\d{1,2})日(?:前|之前|以前)?/u;
const PREVIOUS_PERIOD = /上一?个?(?:年度?|半年|季度?|月度?)/u;

function unitOf(word: string): TimeUnit {
  if (word === '工作日') return 'workingDay';
  if (word === '月') return 'month';
  return 'calendarDay';
}

function eventKindOf(event: string): EventKind {
  if (/公告期|公示期|征求意见期|公告|公示/u.test(event) && /期|满|结束/u.test(event)) return 'noticePeriodEnd';
  if (/批复|批准|审批|审核|审定|通过/u.test(event)) return 'approval';
  if (/形成|产生|变更|制定|获取|生成|作出|做出|印发|签发|成立|调整/u.test(event)) return 'formedOrChanged';
  return 'other';
}

function periodOf(word: string): Period {
  if (word.startsWith('半年')) return 'halfYear';
  if (word.startsWith('季')) return 'quarter';
  if (word.startsWith('月')) return 'month';
  return 'year';
}

function parseClause(clause: string): TimeLimitRule | 'retention' {
  const c = clause.replace(/[。.]$/u, '');
  if (c === '') return { kind: 'none' };
  if (/^同上$/u.test(c)) return { kind: 'sameAsAbove' };
  if (RETENTION.test(c)) return 'retention';

  const period = PERIOD.exec(c);
  if (period) {
    const rule: Extract<TimeLimitRule, { kind: 'periodic' }> = { kind: 'periodic', period: periodOf(period[1]!) };
    const due = DUE_DATE.exec(c);
    if (due) {
      if (rule.period === 'year') rule.dueMonth = Number(due[1]);
      rule.dueDay = Number(due[2]);
    } else {
      const dayOnly = /(\d{1,2})日(?:前|之前|以前)/u.exec(c);
      const after = AMOUNT_UNIT.exec(c.slice(period.index + period[0].length));
      if (after && /后|起/u.test(c)) {
        rule.afterPeriodEnd = { amount: parseNumber(after[1]!) ?? 0, unit: unitOf(after[2]!) };
      } else if (dayOnly) {
        rule.dueDay = Number(dayOnly[1]);
      }
    }
    if (rule.dueDay !== undefined && PREVIOUS_PERIOD.test(c)) rule.previousPeriod = true;
    return rule;
  }

  const m = AMOUNT_UNIT.exec(c);
  if (m) {
    const amount = parseNumber(m[1]!);
    if (amount !== undefined) {
      const unitWord = m[2]!;
      let event = c.slice(0, m.index);
      event = event.replace(/^(?:自|从|在|于)/u, '').replace(/^该/u, '');
      event = event.replace(/(?:之日起|之日|日起|起|以后|之后|后满|期满后|届满后|满|后)+$/u, '');
      return { kind: 'afterEvent', amount, unit: unitOf(unitWord), event, eventKind: eventKindOf(clause) };
    }
  }

  if (IMMEDIATE.test(c)) return { kind: 'immediate' };
  const same = SAME_DAY.exec(c);
  if (same) return { kind: 'sameDayAs', reference: same[1]! };
  const approval = APPROVAL_STEP.exec(c);
  if (approval) return { kind: 'afterApproval', approver: approval[1]! };
  return { kind: 'unparsed' };
}

/** Parses a 公开时限 cell. */
export function parseTimeLimit(text: string): ParsedTimeLimit {
  const raw = cleanCell(text);
  const clauses = raw
    .split(/[，,；;。]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  let rule: TimeLimitRule | undefined;
  let longTerm = false;
  const unparsedClauses: string[] = [];
  for (const clause of clauses) {
    const r = parseClause(clause);
    if (r === 'retention') {
      longTerm = true;
    } else if (r.kind === 'unparsed') {
      unparsedClauses.push(clause);
    } else if (!rule) {
      rule = r;
    }
  }
  if (!rule) {
    if (clauses.length === 0) rule = { kind: 'none' };
    else if (unparsedClauses.length > 0) rule = { kind: 'unparsed' };
    else rule = { kind: 'standing' };
  }
  return { raw, rule, longTerm, statutoryDefault: isStatutoryDefault(rule), unparsedClauses };
}

export function isStatutoryDefault(rule: TimeLimitRule): boolean {
  return (
    rule.kind === 'afterEvent' &&
    rule.amount === 20 &&
    rule.unit === 'workingDay' &&
    rule.eventKind === 'formedOrChanged'
  );
}

const UNIT_TEXT: Record<TimeUnit, string> = { workingDay: '个工作日', calendarDay: '个自然日', month: '个月' };
const PERIOD_TEXT: Record<Period, string> = { year: '每年', halfYear: '每半年', quarter: '每季度', month: '每月' };

/** A Chinese description of a rule, for hover text and exports. */
export function describeTimeLimitRule(rule: TimeLimitRule): string {
  switch (rule.kind) {
    case 'afterEvent': {
      const event = rule.event || '信息形成或变更';
      const joint = rule.unit === 'workingDay' ? '之日起' : rule.eventKind === 'noticePeriodEnd' ? '满后' : '后';
      return `${event}${joint}${rule.amount}${UNIT_TEXT[rule.unit]}内`;
    }
    case 'immediate':
      return '即时公开（尽快公开，逾期标准由本级政府确定）';
    case 'sameDayAs':
      return `与${rule.reference}同日发布`;
    case 'afterApproval':
      return `经${rule.approver}审核后公开（无固定时限）`;
    case 'periodic': {
      let text = PERIOD_TEXT[rule.period];
      if (rule.dueMonth !== undefined && rule.dueDay !== undefined) text += `${rule.dueMonth}月${rule.dueDay}日前`;
      else if (rule.dueDay !== undefined) text += `${rule.dueDay}日前`;
      else if (rule.afterPeriodEnd)
        text += `结束后${rule.afterPeriodEnd.amount}${UNIT_TEXT[rule.afterPeriodEnd.unit]}内`;
      else text += '公开一次（未定具体日期）';
      if (rule.previousPeriod) text += `公开上${PERIOD_TEXT[rule.period].slice(1)}数据`;
      return text;
    }
    case 'standing':
      return '长期公开（无具体时限）';
    case 'sameAsAbove':
      return '同上一行';
    case 'none':
      return '未填写';
    case 'unparsed':
      return '未能识别的时限（保留原文）';
  }
}

export function describeTimeLimit(t: Pick<ParsedTimeLimit, 'rule' | 'longTerm' | 'statutoryDefault'>): string {
  let text = describeTimeLimitRule(t.rule);
  if (t.statutoryDefault) text += '（法定默认时限，《政府信息公开条例》第二十六条）';
  if (t.longTerm && t.rule.kind !== 'standing') text += '；保持长期公开';
  return text;
}

const RULE_KEY_ORDER = [
  'kind',
  'amount',
  'unit',
  'event',
  'eventKind',
  'reference',
  'approver',
  'period',
  'dueMonth',
  'dueDay',
  'afterPeriodEnd',
  'previousPeriod',
];

/** The rule with its keys in the parser's order (a database's JSON column may store them in another). */
export function normalizeTimeLimitRule(rule: TimeLimitRule): TimeLimitRule {
  const source = rule as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of [...RULE_KEY_ORDER, ...Object.keys(source).filter((k) => !RULE_KEY_ORDER.includes(k))]) {
    if (!(k in source)) continue;
    const v = source[k];
    out[k] =
      k === 'afterPeriodEnd' && v && typeof v === 'object'
        ? { amount: (v as { amount: number }).amount, unit: (v as { unit: string }).unit }
        : v;
  }
  return out as unknown as TimeLimitRule;
}
