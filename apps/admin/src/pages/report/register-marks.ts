/**
 * Tables 三 and 四 against the 依申请公开 register: which cells carry a flag (the typed value differs from the
 * register's — the domain's differencesFromRegister, the server's rule — or every register cell while 「显示登记来源」
 * is on; an empty cell is not flagged), and the cases a cell counts (table 四 counts review records: shown as the cases they belong to).
 */
import { differencesFromRegister, type CellValue } from '@gongkai/domain';

export interface RegisterCell {
  id: string;
  value: string;
  caseIds: readonly string[];
}

/** What a cell shows beside it: the register's value, whether it differs, how many cases it counts. */
export interface RegisterMark {
  value: string;
  differs: boolean;
  count: number;
}

export function registerMarks(
  typed: Record<string, CellValue>,
  cells: readonly RegisterCell[],
  showAll: boolean,
): Record<string, RegisterMark> {
  const register: Record<string, CellValue> = {};
  for (const c of cells) register[c.id] = c.value;
  // A cell left empty is not flagged: only a typed value that differs (a report typed without the register stays
  // clean); 「从登记填入」 fills them all.
  const differs = new Set(
    differencesFromRegister(typed, { cells: register })
      .filter((d) => d.reportValue !== null && d.reportValue !== '')
      .map((d) => d.cellId),
  );
  const out: Record<string, RegisterMark> = {};
  for (const c of cells) {
    if (!showAll && !differs.has(c.id)) continue;
    out[c.id] = { value: c.value, differs: differs.has(c.id), count: c.caseIds.length };
  }
  return out;
}

export interface CaseSummary {
  id: string;
  reference?: string | null;
  receivedOn?: string | null;
  applicantKindLabel?: string | null;
  subject: string;
  outcomeLabel?: string | null;
  closedOn?: string | null;
  clock: { stateLabel: string };
  reviews: ReadonlyArray<{ id: string; kindLabel: string; resultLabel: string }>;
}

export interface CellCaseRow {
  id: string;
  caseId: string | null;
  reference: string;
  receivedOn: string;
  applicantKindLabel: string;
  subject: string;
  result: string;
}

/** The rows of the 「计入的申请」 list of a cell: a case, or for table 四 the review record with its case. */
export function cellCaseRows(ids: readonly string[], cases: readonly CaseSummary[]): CellCaseRow[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const byReview = new Map<string, { c: CaseSummary; review: CaseSummary['reviews'][number] }>();
  for (const c of cases) for (const r of c.reviews) byReview.set(r.id, { c, review: r });
  return ids.map((id) => {
    const c = byId.get(id);
    if (c)
      return {
        id,
        caseId: c.id,
        reference: c.reference ?? '',
        receivedOn: c.receivedOn ?? '',
        applicantKindLabel: c.applicantKindLabel ?? '',
        subject: c.subject,
        result: c.outcomeLabel ? `${c.closedOn ?? ''} ${c.outcomeLabel}`.trim() : c.clock.stateLabel,
      };
    const r = byReview.get(id);
    if (r)
      return {
        id,
        caseId: r.c.id,
        reference: r.c.reference ?? '',
        receivedOn: r.c.receivedOn ?? '',
        applicantKindLabel: r.c.applicantKindLabel ?? '',
        subject: r.c.subject,
        result: `${r.review.kindLabel}：${r.review.resultLabel}`,
      };
    return {
      id,
      caseId: null,
      reference: '',
      receivedOn: '',
      applicantKindLabel: '',
      subject: '（不在本年登记中）',
      result: '',
    };
  });
}
