/**
 * The annual report page's constants and small rules: the years a report may have, the order of its six parts (the
 * three text sections and the three tables), the official headings, the tabs, and how a refused 报送 is shown.
 */
import { SECTION_HEADINGS, computedTotals, type ReportData } from '@gongkai/domain';
import { describeError, type RequestError } from '../../errors';

export type ReportTab = 'form' | 'yoy' | 'history';
export type TableSection = 'proactive' | 'applications' | 'reviewLitigation';
export const TEXT_KEYS = ['overview', 'problems', 'other'] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
/** The report's parts in the official order: 一 总体情况, 二 … 四 the tables, 五 问题, 六 其他. */
export const SECTION_ORDER = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
] as const;
export const sectionHeadings = SECTION_HEADINGS as unknown as Record<string, string>;

export const isText = (k: string): k is TextKey => (TEXT_KEYS as readonly string[]).includes(k);
export const asTable = (k: string): TableSection => k as TableSection;

/** The years the report page accepts in its address (the 2019 format is the first). */
export function isValidReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2019 && year <= 2100;
}

export interface SubmitRefusal {
  message: string;
  results: Array<{ rule: string; message: string }>;
}

/** A refused 报送: the server's message and the error-level rule results it sent along (warnings never block). */
export function submitRefusalOf(error: RequestError | undefined): SubmitRefusal {
  const e = error?.graphQLErrors[0];
  const rr = e?.extensions?.['ruleResults'];
  return {
    message: e?.message ?? (error ? describeError(error) : '报送失败'),
    results: Array.isArray(rr)
      ? (rr as Array<{ rule: string; message: string; severity?: string }>).filter((r) => r.severity !== 'warning')
      : [],
  };
}

/**
 * 「全部采用计算值」: the cells to set so every stated total equals the computed one — except 「/」 (not applicable).
 * Repeated: a row total adopted may complete a column total.
 */
export function totalsToAdopt(report: ReportData, texts: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  let current = report;
  for (let i = 0; i < 3; i++) {
    const cells = { ...current.cells };
    for (const [id, v] of Object.entries(computedTotals(current))) {
      const stated = (out[id] ?? texts[id] ?? '').trim();
      if (stated !== v && stated !== '/') {
        out[id] = v;
        cells[id] = v;
      }
    }
    current = { ...current, cells };
  }
  return out;
}
