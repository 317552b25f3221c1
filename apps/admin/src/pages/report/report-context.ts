/**
 * The report page's state shared with its parts: the page creates it (useAnnualReport + useReportGrid +
 * useReportReview + useReportImport) and provides it as one reactive object; the header, notices, form and side panel
 * read it with useReportPage() and call its actions.
 */
import { inject, provide, reactive, type InjectionKey } from 'vue';
import type { AnnualReportState } from './useAnnualReport';
import type { useReportGrid } from './useReportGrid';
import type { useReportImport } from './useReportImport';
import type { useReportReview } from './useReportReview';
import type { useRegisterFill } from './useRegisterFill';

type PageParts = Omit<AnnualReportState, 'result'> &
  ReturnType<typeof useReportGrid> &
  ReturnType<typeof useReportReview> &
  ReturnType<typeof useReportImport> &
  ReturnType<typeof useRegisterFill>;
export type ReportPageContext = ReturnType<typeof reactive<PageParts>>;

const KEY: InjectionKey<ReportPageContext> = Symbol('report-page');

export function provideReportPage(parts: PageParts): ReportPageContext {
  const ctx = reactive(parts);
  provide(KEY, ctx);
  return ctx;
}

export function useReportPage(): ReportPageContext {
  const ctx = inject(KEY);
  if (!ctx) throw new Error('useReportPage() outside the report page');
  return ctx;
}
