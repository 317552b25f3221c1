/**
 * The record entry form ↔ PublicationRecordInput (blanks cleared, channels in the official order, validity only for
 * 规章 / 行政规范性文件), the server's field errors placed beside the fields they name, and the catalogue rows a record
 * can be filed under (item tree → row) for the cascader.
 */
import {
  CHANNELS,
  DOCUMENT_KINDS,
  RECORD_FIELD_LABELS,
  VALIDITY_CLASSES,
  type ChannelCode,
  type DocumentKind,
  type RecordField,
  type ValidityClass,
} from '@gongkai/domain';
import type { RequestError } from '../../errors';

export { CHANNELS, DOCUMENT_KINDS, RECORD_FIELD_LABELS, VALIDITY_CLASSES };

export interface RecordForm {
  requirementId: string | null;
  title: string;
  documentNumber: string;
  formedDate: string | null;
  publishedDate: string | null;
  channels: ChannelCode[];
  url: string;
  attachment: string;
  documentKind: DocumentKind | null;
  validity: ValidityClass | null;
  abolishedDate: string | null;
  period: string;
}

export function emptyRecordForm(): RecordForm {
  return {
    requirementId: null,
    title: '',
    documentNumber: '',
    formedDate: null,
    publishedDate: null,
    channels: [],
    url: '',
    attachment: '',
    documentKind: null,
    validity: null,
    abolishedDate: null,
    period: '',
  };
}

/** A record as the form holds it (editing an existing record). */
export function formOfRecord(r: {
  requirementId?: string | null;
  title?: string | null;
  documentNumber?: string | null;
  formedDate?: string | null;
  publishedDate?: string | null;
  channels: readonly string[];
  url?: string | null;
  attachment?: string | null;
  documentKind?: string | null;
  validity?: string | null;
  abolishedDate?: string | null;
  period?: string | null;
}): RecordForm {
  const codes = new Set<string>(r.channels);
  return {
    requirementId: r.requirementId ?? null,
    title: r.title ?? '',
    documentNumber: r.documentNumber ?? '',
    formedDate: r.formedDate ?? null,
    publishedDate: r.publishedDate ?? null,
    channels: CHANNELS.map((c) => c.code).filter((c) => codes.has(c)),
    url: r.url ?? '',
    attachment: r.attachment ?? '',
    documentKind: (DOCUMENT_KINDS.find((d) => d.key === r.documentKind)?.key ?? null) as DocumentKind | null,
    validity: (VALIDITY_CLASSES.find((v) => v.key === r.validity)?.key ?? null) as ValidityClass | null,
    abolishedDate: r.abolishedDate ?? null,
    period: r.period ?? '',
  };
}

/** Only 规章 and 行政规范性文件 have a validity class and an abolished date. */
export function hasValidity(form: Pick<RecordForm, 'documentKind'>): boolean {
  return form.documentKind !== null;
}

const blank = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** The mutation's input: blanks are null (cleared), channels in the official order; status as saved. */
export function recordInputOf(
  form: RecordForm,
  status: 'DRAFT' | 'PUBLISHED',
): {
  status: string;
  title: string | null;
  documentNumber: string | null;
  formedDate: string | null;
  publishedDate: string | null;
  channels: string[];
  url: string | null;
  attachment: string | null;
  documentKind: string | null;
  validity: string | null;
  abolishedDate: string | null;
  period: string | null;
} {
  const kind = form.documentKind;
  return {
    status,
    title: blank(form.title),
    documentNumber: blank(form.documentNumber),
    formedDate: form.formedDate || null,
    publishedDate: form.publishedDate || null,
    channels: CHANNELS.map((c) => c.code).filter((c) => form.channels.includes(c)),
    url: blank(form.url),
    attachment: blank(form.attachment),
    documentKind: kind,
    validity: kind ? form.validity : null,
    abolishedDate: kind ? form.abolishedDate || null : null,
    period: blank(form.period),
  };
}

/** The form fields the server's errors can name ('input.title' → title), plus the row chosen. */
export type RecordFormField = RecordField | 'requirementId';

const FORM_FIELDS: readonly RecordFormField[] = [
  ...(Object.keys(RECORD_FIELD_LABELS) as RecordField[]),
  'requirementId',
];

function formField(name: unknown): RecordFormField | null {
  if (typeof name !== 'string') return null;
  const f = name.replace(/^input\./u, '');
  return (FORM_FIELDS as readonly string[]).includes(f) ? (f as RecordFormField) : null;
}

/**
 * A failed save's errors placed beside the fields they name: every problem of `extensions.errors` (the API lists all
 * of a record's problems), else `extensions.field`; what names no field goes to `general`.
 */
export function recordFormErrors(error: RequestError): {
  fields: Partial<Record<RecordFormField, string>>;
  general: string | null;
} {
  const fields: Partial<Record<RecordFormField, string>> = {};
  const general: string[] = [];
  const put = (field: unknown, message: string): boolean => {
    const f = formField(field);
    if (!f) return false;
    fields[f] = fields[f] ? `${fields[f]}；${message}` : message;
    return true;
  };
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.['code'];
    const list = e.extensions?.['errors'];
    if (code === 'BAD_USER_INPUT' && Array.isArray(list) && list.length > 0) {
      for (const item of list as Array<{ field?: unknown; message?: unknown }>) {
        const msg = typeof item.message === 'string' ? item.message : e.message;
        if (!put(item.field, msg)) general.push(msg);
      }
    } else if ((code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') && put(e.extensions?.['field'], e.message)) {
      continue;
    } else {
      general.push(e.message);
    }
  }
  if (error.networkError && error.graphQLErrors.length === 0) general.push(error.networkError.message);
  return { fields, general: general.length > 0 ? [...new Set(general)].join('；') : null };
}

// --------------------------------------------------------------------------------- catalogue rows to file under

export interface ItemNode {
  id: string;
  name: string;
  requirements: ReadonlyArray<{
    id: string;
    position: number;
    contentIntro?: string | null;
    timeLimit: { raw: string };
  }>;
  children?: readonly ItemNode[];
}

export interface RowOption {
  [key: string]: unknown;
  value: string;
  label: string;
  children?: RowOption[];
  disabled?: boolean;
}

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** The label of a row: 「第 1 行 · 制定或获取之日起20个工作日内」. */
export function rowLabel(r: { position: number; timeLimit: { raw: string } }, count: number): string {
  const limit = r.timeLimit.raw.trim() === '' ? '（无公开时限）' : shorten(r.timeLimit.raw.trim(), 28);
  return count > 1 ? `第 ${r.position + 1} 行 · ${limit}` : limit;
}

/** The cascader's options: item → sub-item → … → the item's rows (leaves are requirement ids). */
export function rowOptions(items: readonly ItemNode[]): RowOption[] {
  const walk = (item: ItemNode): RowOption => {
    const rows: RowOption[] = item.requirements.map((r) => ({
      value: r.id,
      label: rowLabel(r, item.requirements.length),
    }));
    const children = [...rows, ...(item.children ?? []).map(walk)];
    return { value: `item:${item.id}`, label: item.name, children, disabled: children.length === 0 };
  };
  return items.map(walk);
}

/** The cascader path (option values from the top) to a requirement id, or null. */
export function rowPath(options: readonly RowOption[], requirementId: string): string[] | null {
  for (const o of options) {
    if (o.value === requirementId) return [o.value];
    const sub = o.children ? rowPath(o.children, requirementId) : null;
    if (sub) return [o.value, ...sub];
  }
  return null;
}
