/**
 * The import preview's pure parts (issue 12, item 3): the user's column choices as overrides for the domain's
 * interpreter, a remembered mapping applied to a detected header, the parsed catalogue as table rows with their
 * findings, counts, and paging. The interpretation itself is the domain's `interpretCatalogueGrid` — the same code
 * the server runs when the file is imported with these columns.
 */
import {
  AUDIENCE_LABELS,
  COLUMN_CHOICES,
  channelLabel,
  flattenItems,
  type CatalogueJson,
  type ColumnChoice,
  type ColumnOverride,
  type FindingJson,
  type FindingSeverity,
  type GridColumn,
  type ItemJson,
} from '@gongkai/domain';

/** What one column is read as in the preview (every column of the header). */
export interface ColumnSelection {
  column: number;
  choice: ColumnChoice;
  /** The option a tick column ticks (a channel, 主动, 县级 …); null for other choices. */
  tickLabel: string | null;
}

/** A mapping as the server stores and returns it. */
export interface StoredColumn {
  column: number;
  choice: string;
  tickLabel?: string | null;
}

const CHOICES = new Map(COLUMN_CHOICES.map((c) => [c.choice as string, c]));

/** Whether a choice is a tick column (it needs the option it ticks). */
export function isTickChoice(choice: string): boolean {
  return CHOICES.get(choice)?.tick ?? false;
}

/** The selection as detected: every column as the header detection read it. */
export function detectedSelection(detected: readonly GridColumn[]): ColumnSelection[] {
  return detected.map((c) => ({ column: c.column, choice: c.choice, tickLabel: c.tickLabel }));
}

const norm = (s: string | null | undefined): string => (s ?? '').trim();

/**
 * The overrides to send: the columns whose choice (or, for a tick column, whose option) differs from what the
 * detection made of them. Empty when the user changed nothing.
 */
export function overridesOf(detected: readonly GridColumn[], selection: readonly ColumnSelection[]): ColumnOverride[] {
  const out: ColumnOverride[] = [];
  for (const s of selection) {
    const d = detected.find((c) => c.column === s.column);
    const tick = isTickChoice(s.choice);
    const same = d !== undefined && d.choice === s.choice && (!tick || norm(d.tickLabel) === norm(s.tickLabel));
    if (same) continue;
    out.push(
      tick && norm(s.tickLabel) !== ''
        ? { column: s.column, choice: s.choice, tickLabel: norm(s.tickLabel) }
        : { column: s.column, choice: s.choice },
    );
  }
  return out;
}

/**
 * A remembered mapping applied to the detected columns: the columns it sets (within the header, with a known choice)
 * take its choice; `applied` lists them (the preview marks them 「已按上次的对应关系」).
 */
export function applyRemembered(
  detected: readonly GridColumn[],
  remembered: readonly StoredColumn[] | null | undefined,
): { selection: ColumnSelection[]; applied: number[] } {
  const selection = detectedSelection(detected);
  const applied: number[] = [];
  for (const r of remembered ?? []) {
    const s = selection.find((x) => x.column === r.column);
    const choice = CHOICES.get(r.choice);
    if (!s || !choice || applied.includes(r.column)) continue;
    s.choice = choice.choice;
    s.tickLabel = choice.tick ? norm(r.tickLabel) || s.tickLabel : null;
    applied.push(r.column);
  }
  return { selection, applied: applied.sort((a, b) => a - b) };
}

/** One row of the parsed result: a requirement (or an item without any), with the findings of its line. */
export interface PreviewRow {
  key: string;
  line: number | null;
  serial: string;
  l1: string;
  l2: string;
  l3: string;
  content: string;
  basis: string;
  timeLimit: string;
  organs: string;
  channels: string;
  audiences: string;
  offices: string;
  modes: string;
  levels: string;
  remarks: string;
  findings: FindingJson[];
}

const join = (list: readonly string[]): string => list.join('、');

/** The parsed catalogue as flat rows in file order, each with the findings on its line. */
export function previewRows(catalogue: CatalogueJson): PreviewRow[] {
  const byLine = new Map<number, FindingJson[]>();
  for (const f of catalogue.findings) if (f.line !== null) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const rows: PreviewRow[] = [];
  const walk = (items: readonly ItemJson[], path: string[], serial: string): void => {
    for (const item of items) {
      const names = [...path, item.name];
      const s = item.level === 1 ? (item.serial ?? '') : serial;
      const base = { serial: s, l1: names[0] ?? '', l2: names[1] ?? '', l3: names[2] ?? '' };
      if (item.requirements.length === 0 && item.children.length === 0) {
        rows.push({
          key: `i${rows.length}`,
          line: item.line,
          ...base,
          content: '',
          basis: '',
          timeLimit: '',
          organs: '',
          channels: '',
          audiences: '',
          offices: '',
          modes: '',
          levels: '',
          remarks: '',
          findings: item.line === null ? [] : (byLine.get(item.line) ?? []),
        });
      }
      for (const r of item.requirements) {
        const content = [r.contentIntro ?? '', ...r.contentElements].filter((x) => x !== '').join('；');
        rows.push({
          key: `r${rows.length}`,
          line: r.line,
          ...base,
          content,
          basis: join(r.legalBasis),
          timeLimit: r.timeLimit.raw,
          organs: join(r.publishingOrgans),
          channels: join([...r.channels.map((c) => channelLabel(c)), ...r.extraChannels]),
          audiences: join(r.audiences.map((a) => AUDIENCE_LABELS[a])),
          offices: join(r.offices),
          modes: join(r.modes),
          levels: join(r.levels),
          remarks: r.remarks.join('；'),
          findings: r.line === null ? [] : (byLine.get(r.line) ?? []),
        });
      }
      walk(item.children, names, s);
    }
  };
  walk(catalogue.items, [], '');
  return rows;
}

/** Findings that no row of the preview shows (no line, or a line no row starts on): listed under the rows. */
export function findingsBesideNoRow(catalogue: CatalogueJson, rows: readonly PreviewRow[]): FindingJson[] {
  const lines = new Set(rows.map((r) => r.line).filter((l): l is number => l !== null));
  return catalogue.findings.filter((f) => f.line === null || !lines.has(f.line));
}

export interface PreviewCounts {
  items: number;
  requirements: number;
  offices: number;
  findings: Record<FindingSeverity, number>;
}

/** Counts of what an import would make: 事项, 公开要求（行）, 科室, and findings by severity. */
export function previewCounts(catalogue: CatalogueJson): PreviewCounts {
  const all = flattenItems(catalogue.items);
  const findings: Record<FindingSeverity, number> = { ERROR: 0, WARNING: 0, INFO: 0 };
  for (const f of catalogue.findings) findings[f.severity]++;
  return {
    items: all.length,
    requirements: all.reduce((n, i) => n + i.requirements.length, 0),
    offices: catalogue.offices.length,
    findings,
  };
}

/** One page (1-based) of a list. */
export function pageOf<T>(list: readonly T[], page: number, size: number): T[] {
  const p = Math.max(1, Math.floor(page));
  return list.slice((p - 1) * size, p * size);
}

/** The data rows of the grid below its header (the source table as the file has it), with their 1-based line. */
export function sourceRows(
  rows: readonly string[][],
  headerLast: number | null,
  rowNumbers: readonly number[] | null,
): Array<{ line: number; cells: string[] }> {
  const start = headerLast === null ? 0 : headerLast + 1;
  return rows.slice(start).map((cells, i) => ({ line: rowNumbers?.[start + i] ?? start + i + 1, cells }));
}

/** 「12 秒」「1 分 5 秒」: how long a step has run. */
export function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return s < 60 ? `${s} 秒` : `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
}
