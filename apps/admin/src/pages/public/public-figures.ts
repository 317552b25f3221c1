/**
 * The public page of 依申请公开 figures: the rows as the server gives them (the government, then its departments in
 * their own order — never sorted by a figure: no league table), the columns and their labels from the domain, each
 * cell's text, and a 合计 row (counts summed; the share pooled over all cases with a due date; no median of medians).
 */
import { APPLICATION_STATISTICS_COLUMNS, type ApplicationStatistics } from '@gongkai/domain';
import { medianText, percentText, registerYears } from '../applications/register';

/** One agency's figures as the public query gives them: the domain's statistics, named by agency. */
export type FiguresRow = Omit<ApplicationStatistics, 'year'> & { agencyCode: string; agencyName: string };

export type FiguresColumn = (typeof APPLICATION_STATISTICS_COLUMNS)[number];
export const FIGURES_COLUMNS: readonly FiguresColumn[] = APPLICATION_STATISTICS_COLUMNS;

/** The text of a cell: counts as they are, the share as 「87.5%」, the median in working days; 「—」 when none. */
export function cellText(row: Pick<FiguresRow, FiguresColumn['key']>, key: FiguresColumn['key']): string {
  if (key === 'onTimeShare') return percentText(row.onTimeShare);
  if (key === 'medianWorkingDaysToReply') return medianText(row.medianWorkingDaysToReply);
  return String(row[key]);
}

/** 合计 over the rows: counts summed, the on-time share pooled; the median cannot be summed (null). */
export function totalsOf(rows: readonly FiguresRow[]): Pick<FiguresRow, FiguresColumn['key']> {
  const sum = (
    k: 'received' | 'closed' | 'extended' | 'closedLate' | 'overdueOpen' | 'closedOnTime' | 'closedWithDueDate',
  ) => rows.reduce((n, r) => n + r[k], 0);
  const withDue = sum('closedWithDueDate');
  return {
    received: sum('received'),
    closed: sum('closed'),
    onTimeShare: withDue ? sum('closedOnTime') / withDue : null,
    medianWorkingDaysToReply: null,
    extended: sum('extended'),
    closedLate: sum('closedLate'),
    overdueOpen: sum('overdueOpen'),
  };
}

/** The page's address for a government and year. */
export const publicFiguresPath = (code: string, year: number): string =>
  `/public/governments/${encodeURIComponent(code)}/applications/${year}`;

/** The years a visitor may choose: from 2019 (the regulation's revision) to this year. */
export const publicYears = registerYears;
