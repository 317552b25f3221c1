/**
 * Versions of an agency's catalogue (版本): the order of the version selector, which version a page shows,
 * the label suggested for a new draft, which pair the diff compares, and the download links. Pure.
 */
import type { CatalogueStatus } from './gql/graphql';
import { formatDateTime } from './audit';
import { CATALOGUE_STATUS_LABELS } from './labels';
import { nameProblem } from '@gongkai/domain';

export interface VersionLike {
  id: string;
  versionLabel: string;
  status: CatalogueStatus;
  createdAt: string;
  publishedAt?: string | null;
  publishedBy?: string | null;
}

/** Newest first (by creation); ties keep the server's order. */
export function sortVersions<V extends VersionLike>(list: readonly V[]): V[] {
  return list
    .map((v, i) => ({ v, i, t: Date.parse(v.createdAt) }))
    .sort((a, b) => (Number.isNaN(b.t) || Number.isNaN(a.t) ? 0 : b.t - a.t) || a.i - b.i)
    .map((x) => x.v);
}

/** The agency's draft (at most one), or null. */
export function draftVersion<V extends VersionLike>(list: readonly V[]): V | null {
  return sortVersions(list).find((v) => v.status === 'DRAFT') ?? null;
}

/** The newest published version, or null. */
export function latestPublished<V extends VersionLike>(list: readonly V[]): V | null {
  return sortVersions(list).find((v) => v.status === 'PUBLISHED') ?? null;
}

/** The version a page shows: the one asked for (when it exists), else the newest. */
export function selectVersionId(list: readonly VersionLike[], requested: string | null | undefined): string | null {
  if (requested && list.some((v) => v.id === requested)) return requested;
  return sortVersions(list)[0]?.id ?? null;
}

/** 「2025版」 in the selector, with its state: 「草稿」 or 「已发布 · sfj-approver · 2026-11-24 10:05」. */
export function versionStateText(v: VersionLike, timeZone?: string): string {
  if (v.status === 'DRAFT') return CATALOGUE_STATUS_LABELS.DRAFT;
  const parts = [CATALOGUE_STATUS_LABELS.PUBLISHED];
  if (v.publishedBy) parts.push(v.publishedBy);
  if (v.publishedAt) parts.push(formatDateTime(v.publishedAt, timeZone));
  return parts.join(' · ');
}

export function versionOptionLabel(v: VersionLike, timeZone?: string): string {
  return `${v.versionLabel}（${versionStateText(v, timeZone)}）`;
}

/**
 * A label for a new draft: the year after the newest 「YYYY版」 of the agency (2024版 → 2025版), else this
 * year's; never one that exists already.
 */
export function suggestVersionLabel(existing: readonly string[], now: Date = new Date()): string {
  const years = existing
    .map((l) => /(\d{4})/u.exec(l)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number);
  let year = years.length > 0 ? Math.max(...years) + 1 : now.getFullYear();
  while (existing.includes(`${year}版`)) year++;
  return `${year}版`;
}

/** Why a version label cannot be used; null when it can. */
export function versionLabelProblem(label: string, existing: readonly string[]): string | null {
  const l = label.trim();
  if (l === '') return '请填写版本，如「2025版」';
  const problem = nameProblem('versionLabel', l);
  if (problem) return problem;
  if (existing.includes(l)) return `本机关已有「${l}」，请换一个版本名称`;
  return null;
}

/** The two versions in diff order: the older one first. */
export function diffOrder<V extends VersionLike>(a: V, b: V): { from: V; to: V } {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  return tb < ta ? { from: b, to: a } : { from: a, to: b };
}

/**
 * The version the selected one is compared with by default: the version it was based on, else the newest
 * published one before it, else the next older one; null when there is no other version.
 */
export function defaultComparison<V extends VersionLike & { basedOn?: { id: string } | null }>(
  list: readonly V[],
  selectedId: string,
): V | null {
  const sorted = sortVersions(list);
  const selected = sorted.find((v) => v.id === selectedId);
  if (!selected) return null;
  const basedOn = selected.basedOn ? sorted.find((v) => v.id === selected.basedOn!.id) : undefined;
  if (basedOn) return basedOn;
  const older = sorted.slice(sorted.indexOf(selected) + 1);
  return older.find((v) => v.status === 'PUBLISHED') ?? older[0] ?? sorted.find((v) => v.id !== selectedId) ?? null;
}

export type ExportFormat = 'xlsx' | 'docx' | 'csv' | 'json';

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'xlsx', label: 'Excel 表格（.xlsx）', hint: '与印发的目录表格式相同，可再导入' },
  { format: 'docx', label: 'Word 文档（.docx）', hint: '用于印发、盖章' },
  { format: 'csv', label: 'CSV（.csv）', hint: '每行一条公开要求' },
  { format: 'json', label: 'JSON（.json）', hint: '完整数据，可再导入' },
];

/** The download address of a catalogue in a format (plain GET, the session cookie authorizes it). */
export function exportUrl(catalogueId: string, format: ExportFormat): string {
  return `/exports/catalogues/${encodeURIComponent(catalogueId)}.${format}`;
}
