/**
 * The 修改记录 panel of a catalogue version (Catalogue.history): what each entry was about (「部门会议」第1条,
 * 事项「会议纪要」), a one-line summary, and the changed fields before → after in Chinese. Pure.
 */
import { AUDIENCE_LABELS as DOMAIN_AUDIENCE_LABELS, channelLabel, type ChannelCode } from '@gongkai/domain';
import { formatDateTime, operationLabel } from '../../audit';
import { FORM_FIELDS, FORM_FIELD_LABELS, type FormField } from '../../requirement-form';
import { CATALOGUE_STATUS_LABELS } from '../../labels';
import { LEVEL_NAMES } from '../../item-tree';

export interface HistoryEntryLike {
  operation: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
}

/** Names the objects an entry refers to, from the catalogue on screen; undefined when it is gone. */
export interface HistoryContext {
  /** 「「部门会议」第1条」 for a requirement id. */
  rowLabel(requirementId: string): string | undefined;
  itemName(itemId: string): string | undefined;
  officeName(officeId: string): string | undefined;
  versionLabel(catalogueId: string): string | undefined;
}

export const NO_CONTEXT: HistoryContext = {
  rowLabel: () => undefined,
  itemName: () => undefined,
  officeName: () => undefined,
  versionLabel: () => undefined,
};

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** What the entry was about. */
export function historyObject(entry: HistoryEntryLike, ctx: HistoryContext): string {
  const before = record(entry.before);
  const after = record(entry.after);
  const id = entry.objectId ?? '';
  switch (entry.objectType) {
    case 'Requirement':
      return (
        ctx.rowLabel(id) ??
        (entry.operation === 'deleteRequirement' ? '已删除的一条公开要求' : '一条公开要求（已不在本版本中）')
      );
    case 'CatalogueItem': {
      const name = str(after?.['name']) ?? str(before?.['name']) ?? ctx.itemName(id);
      return name ? `事项「${name}」` : '事项';
    }
    case 'Catalogue': {
      const version = str(after?.['versionLabel']) ?? str(before?.['versionLabel']) ?? ctx.versionLabel(id);
      return version ? `目录「${version}」` : '目录';
    }
    case 'Office': {
      const name = str(after?.['name']) ?? str(before?.['name']) ?? ctx.officeName(id);
      return name ? `科室「${name}」` : '科室';
    }
    default:
      return entry.objectType;
  }
}

export interface HistoryChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

const EXTRA_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  status: '状态',
  versionLabel: '版本',
  basedOn: '依据版本',
  publishedAt: '发布时间',
  publishedBy: '发布人',
  parentId: '上级事项',
  position: '位置',
  level: '层级',
  rows: '公开要求条数',
  fileName: '导入文件',
  findings: '导入问题',
  itemId: '所属事项',
  aliases: '别名',
  holidays: '节假日',
  workdays: '调休上班日',
};

/** Chinese name of a snapshot key. */
export function historyKeyLabel(key: string): string {
  return Object.hasOwn(FORM_FIELD_LABELS, key) ? FORM_FIELD_LABELS[key as FormField] : (EXTRA_LABELS[key] ?? key);
}

/** A snapshot value as text: lists joined with 「、」, codes in Chinese, ids named. */
export function historyValue(key: string, value: unknown, ctx: HistoryContext): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '（空）';
    const items = value.map((v) => {
      const s = typeof v === 'string' ? v : JSON.stringify(v);
      if (key === 'channels') return channelLabel(s as ChannelCode);
      if (key === 'audiences') return DOMAIN_AUDIENCE_LABELS[s as keyof typeof DOMAIN_AUDIENCE_LABELS] ?? s;
      if (key === 'officeIds') return ctx.officeName(s) ?? '（已删除的科室）';
      return s;
    });
    return key === 'contentElements' ? items.map((s, i) => `${i + 1}. ${s}`).join(' ') : items.join('、');
  }
  if (key === 'status' && (value === 'DRAFT' || value === 'PUBLISHED')) return CATALOGUE_STATUS_LABELS[value];
  if (key === 'publishedAt' && typeof value === 'string') return formatDateTime(value);
  if (key === 'parentId' && typeof value === 'string') return ctx.itemName(value) ?? '（其他事项）';
  if (key === 'basedOn' && typeof value === 'string') return ctx.versionLabel(value) ?? value;
  if (key === 'itemId' && typeof value === 'string') return ctx.itemName(value) ?? value;
  if (key === 'position' && typeof value === 'number') return `第 ${value + 1} 位`;
  if (key === 'level' && typeof value === 'number') return LEVEL_NAMES[value] ?? String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields an entry changed (or set, or removed), before → after, in Chinese. */
export function historyChanges(entry: HistoryEntryLike, ctx: HistoryContext): HistoryChange[] {
  const before = record(entry.before) ?? {};
  const after = record(entry.after) ?? {};
  // Row fields in the table's column order, other keys as the server wrote them.
  const order = (k: string): number => {
    const i = (FORM_FIELDS as readonly string[]).indexOf(k);
    return i >= 0 ? i : FORM_FIELDS.length;
  };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .map((k, i) => ({ k, i }))
    .sort((a, b) => order(a.k) - order(b.k) || a.i - b.i)
    .map((x) => x.k);
  const both = record(entry.before) !== null && record(entry.after) !== null;
  return keys
    .filter((k) => !both || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .filter((k) => !(entry.operation === 'moveItem' && k === 'parentId' && (before[k] ?? null) === (after[k] ?? null)))
    .map((k) => ({
      key: k,
      label: historyKeyLabel(k),
      before: k in before ? historyValue(k, before[k], ctx) : '—',
      after: k in after ? historyValue(k, after[k], ctx) : '—',
    }));
}

/** One line saying what happened. */
export function historySummary(entry: HistoryEntryLike, ctx: HistoryContext): string {
  const before = record(entry.before);
  const after = record(entry.after);
  switch (entry.operation) {
    case 'createDraft': {
      const from = str(after?.['basedOn']);
      const label = from ? ctx.versionLabel(from) : undefined;
      return `新建草稿「${str(after?.['versionLabel']) ?? ''}」${label ? `，依据「${label}」` : ''}`;
    }
    case 'publishCatalogue':
      return `发布${str(after?.['publishedBy']) ? `（发布人 ${str(after?.['publishedBy'])}）` : ''}，此后该版本不能再修改`;
    case 'importCatalogue': {
      const file = str(after?.['fileName']);
      const findings = num(after?.['findings']);
      return `导入目录${file ? `「${file}」` : ''}${findings !== null ? `，导入问题 ${findings} 条` : ''}`;
    }
    case 'updateRequirement': {
      const changed = historyChanges(entry, ctx).map((c) => c.label);
      return changed.length > 0 ? `修改了${[...new Set(changed)].join('、')}` : '保存（内容未变）';
    }
    case 'addRequirement': {
      const item = str(after?.['itemId']);
      const name = item ? ctx.itemName(item) : undefined;
      return name ? `在「${name}」下新增一条公开要求` : '新增一条公开要求';
    }
    case 'deleteRequirement':
      return '删除了这条公开要求';
    case 'addItem': {
      const level = num(after?.['level']);
      const parent = str(after?.['parentId']);
      const parentName = parent ? ctx.itemName(parent) : undefined;
      return `新增${level !== null ? (LEVEL_NAMES[level] ?? '事项') : '事项'}「${str(after?.['name']) ?? ''}」${parentName ? `（在「${parentName}」下）` : ''}`;
    }
    case 'renameItem':
      return `「${str(before?.['name']) ?? ''}」改名为「${str(after?.['name']) ?? ''}」`;
    case 'moveItem': {
      const samePlace = (before?.['parentId'] ?? null) === (after?.['parentId'] ?? null);
      const from = num(before?.['position']);
      const to = num(after?.['position']);
      if (samePlace && from !== null && to !== null) return `次序从第 ${from + 1} 位调到第 ${to + 1} 位`;
      const parent = str(after?.['parentId']);
      return parent ? `移到「${ctx.itemName(parent) ?? '其他事项'}」之下` : '移为一级事项';
    }
    case 'deleteItem': {
      const rows = num(before?.['rows']);
      return `删除事项「${str(before?.['name']) ?? ''}」${rows ? `及其 ${rows} 条公开要求` : ''}`;
    }
    default:
      return operationLabel(entry.operation);
  }
}
