import { describe, expect, it } from 'vitest';
import {
  defaultComparison,
  diffOrder,
  draftVersion,
  exportUrl,
  latestPublished,
  selectVersionId,
  sortVersions,
  suggestVersionLabel,
  versionLabelProblem,
  versionOptionLabel,
  versionStateText,
  type VersionLike,
} from './versions';

const v2023: VersionLike = {
  id: 'a',
  versionLabel: '2023版',
  status: 'PUBLISHED',
  createdAt: '2023-03-01T00:00:00Z',
  publishedAt: null,
  publishedBy: null,
};
const v2024: VersionLike = {
  id: 'b',
  versionLabel: '2024版',
  status: 'PUBLISHED',
  createdAt: '2024-03-01T00:00:00Z',
  publishedAt: '2024-04-01T02:05:00Z',
  publishedBy: 'sfj-approver',
};
const draft: VersionLike & { basedOn?: { id: string } | null } = {
  id: 'c',
  versionLabel: '2025版',
  status: 'DRAFT',
  createdAt: '2025-01-10T00:00:00Z',
  basedOn: { id: 'b' },
};

describe('version order and choice', () => {
  it('sorts newest first', () => {
    expect(sortVersions([v2023, draft, v2024]).map((v) => v.id)).toEqual(['c', 'b', 'a']);
  });
  it('finds the draft and the newest published version', () => {
    expect(draftVersion([v2023, v2024, draft])?.id).toBe('c');
    expect(draftVersion([v2023, v2024])).toBeNull();
    expect(latestPublished([v2023, draft, v2024])?.id).toBe('b');
  });
  it('shows the version asked for, else the newest', () => {
    expect(selectVersionId([v2023, v2024, draft], 'a')).toBe('a');
    expect(selectVersionId([v2023, v2024, draft], 'gone')).toBe('c');
    expect(selectVersionId([v2023, v2024, draft], null)).toBe('c');
    expect(selectVersionId([], null)).toBeNull();
  });
});

describe('labels', () => {
  it('describes the state of a version', () => {
    expect(versionStateText(draft)).toBe('草稿');
    expect(versionStateText(v2023)).toBe('已发布');
    expect(versionStateText(v2024, 'Asia/Shanghai')).toBe('已发布 · sfj-approver · 2024-04-01 10:05');
    expect(versionOptionLabel(draft)).toBe('2025版（草稿）');
  });
  it('suggests the year after the newest version', () => {
    expect(suggestVersionLabel(['2023版', '2024版'])).toBe('2025版');
    expect(suggestVersionLabel(['2024版', '2025版（征求意见稿）'])).toBe('2026版');
    expect(suggestVersionLabel([], new Date('2026-05-01T00:00:00Z'))).toBe('2026版');
    expect(suggestVersionLabel(['试行稿'], new Date('2026-05-01T00:00:00Z'))).toBe('2026版');
  });
  it('checks a new label', () => {
    expect(versionLabelProblem(' ', [])).toContain('请填写版本');
    expect(versionLabelProblem('2024版', ['2024版'])).toContain('已有「2024版」');
    expect(versionLabelProblem('x'.repeat(31), [])).toBe('版本：不能超过 30 个字');
    expect(versionLabelProblem('x'.repeat(30), [])).toBeNull();
    expect(versionLabelProblem(' 2025版 ', ['2024版'])).toBeNull();
  });
});

describe('comparison', () => {
  it('puts the older version first', () => {
    expect(diffOrder(draft, v2024)).toEqual({ from: v2024, to: draft });
    expect(diffOrder(v2023, v2024)).toEqual({ from: v2023, to: v2024 });
  });
  it('compares a draft with the version it was based on, else the newest older published one', () => {
    expect(defaultComparison([v2023, v2024, draft], 'c')?.id).toBe('b');
    expect(defaultComparison([v2023, v2024, { ...draft, basedOn: null }], 'c')?.id).toBe('b');
    expect(defaultComparison([v2023, v2024, draft], 'b')?.id).toBe('a');
    expect(defaultComparison([v2023, v2024, draft], 'a')?.id).toBe('c');
    expect(defaultComparison([v2024], 'b')).toBeNull();
  });
});

describe('exportUrl', () => {
  it('is the server’s download address', () => {
    expect(exportUrl('4d6bb70c-0595-441a-a41c-711cd025d6d7', 'xlsx')).toBe(
      '/exports/catalogues/4d6bb70c-0595-441a-a41c-711cd025d6d7.xlsx',
    );
  });
});
