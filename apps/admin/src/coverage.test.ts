import { describe, expect, it } from 'vitest';
import {
  cellView,
  columnGroups,
  columnLabel,
  comparePath,
  coverageExportUrl,
  filterMatrixRows,
  formatScore,
  groupFindings,
  matrixSummary,
  rowHasProblems,
  scoreTone,
  sortMatrixRows,
  visibleColumnIndices,
  type MatrixCellLike,
  type MatrixColumnLike,
  type MatrixRowLike,
} from './coverage';

const col = (path: string[], mandatory = false): MatrixColumnLike => ({
  path,
  mandatory,
  timeLimit: '20个工作日内',
  channels: ['政府网站'],
});
const COLUMNS: MatrixColumnLike[] = [
  col(['组织机构', '机关简介'], true),
  col(['组织机构', '领导信息'], true),
  col(['人事信息'], true),
  col(['履职信息', '权责清单']),
  col(['履职信息', '建议提案办理结果']),
];

const covered: MatrixCellLike = { status: 'COVERED', reasons: [], matchedPath: ['x'], score: 1, method: 'exact' };
const missing: MatrixCellLike = {
  status: 'MISSING',
  reasons: ['缺少此事项'],
  matchedPath: null,
  score: null,
  method: null,
};

const row = (
  name: string,
  score: number,
  cells: MatrixCellLike[],
  extra: Partial<MatrixRowLike> = {},
): MatrixRowLike => ({
  agency: { id: name, code: `code-${name}`, name },
  catalogueId: `cat-${name}`,
  versionLabel: '2024版',
  score,
  covered: cells.filter((c) => c.status === 'COVERED').length,
  weaker: cells.filter((c) => c.status === 'WEAKER').length,
  missing: cells.filter((c) => c.status === 'MISSING').length,
  mandatoryMissing: cells.filter((c, i) => c.status === 'MISSING' && COLUMNS[i]!.mandatory).length,
  cells,
  findings: [],
  ...extra,
});

describe('cellView', () => {
  it('gives each status a symbol and a label, not only a colour', () => {
    expect(cellView(covered, COLUMNS[3]!)).toMatchObject({
      symbol: '✓',
      label: '已覆盖',
      tone: 'covered',
      pending: false,
      mandatoryMissing: false,
    });
    expect(
      cellView({ ...covered, status: 'WEAKER', reasons: ['渠道少于标准：缺两微一端'] }, COLUMNS[3]!),
    ).toMatchObject({ symbol: '△', label: '弱于标准', tone: 'weaker' });
    expect(cellView(missing, COLUMNS[3]!)).toMatchObject({
      symbol: '✕',
      label: '缺少',
      tone: 'missing',
      mandatoryMissing: false,
    });
  });
  it('marks a mandatory item the department lacks', () => {
    expect(cellView(missing, COLUMNS[0]!).mandatoryMissing).toBe(true);
    expect(cellView(covered, COLUMNS[0]!).mandatoryMissing).toBe(false);
  });
  it('marks a similar (unconfirmed) match as pending, a confirmed one as confirmed', () => {
    const similar = { ...covered, method: 'similar', score: 0.8, matchedPath: ['其他相关信息', '建议提案'] };
    const v = cellView(similar, COLUMNS[4]!);
    expect(v.pending).toBe(true);
    expect(v.description).toBe(
      '履职信息 › 建议提案办理结果：已覆盖；匹配「其他相关信息 › 建议提案」（相似，待确认 80%）',
    );
    expect(cellView({ ...similar, method: 'confirmed', score: 1 }, COLUMNS[4]!)).toMatchObject({
      pending: false,
      confirmed: true,
    });
  });
  it('describes a missing mandatory item with its reasons', () => {
    expect(cellView({ ...missing, reasons: ['缺少必选事项'] }, COLUMNS[2]!).description).toBe(
      '人事信息（必选）：缺少；缺少必选事项',
    );
  });
});

describe('columns', () => {
  it('keeps all columns, or only the mandatory ones', () => {
    expect(visibleColumnIndices(COLUMNS, false)).toEqual([0, 1, 2, 3, 4]);
    expect(visibleColumnIndices(COLUMNS, true)).toEqual([0, 1, 2]);
  });
  it('groups consecutive columns under their 一级事项; a level-1 column stands alone', () => {
    expect(columnGroups(COLUMNS, [0, 1, 2, 3, 4]).map((g) => [g.title, g.span, g.single])).toEqual([
      ['组织机构', 2, false],
      ['人事信息', 1, true],
      ['履职信息', 2, false],
    ]);
    expect(columnGroups(COLUMNS, [1, 4]).map((g) => [g.title, g.span, g.first])).toEqual([
      ['组织机构', 1, 1],
      ['履职信息', 1, 4],
    ]);
  });
  it('does not merge two level-1 columns of the same name, nor a group across a level-1 column', () => {
    const cols = [col(['甲', '一']), col(['甲']), col(['甲', '二'])];
    expect(columnGroups(cols, [0, 1, 2]).map((g) => [g.title, g.span, g.single])).toEqual([
      ['甲', 1, false],
      ['甲', 1, true],
      ['甲', 1, false],
    ]);
  });
  it('labels a column by what is below its 一级事项', () => {
    expect(columnLabel(COLUMNS[0]!)).toBe('机关简介');
    expect(columnLabel(COLUMNS[2]!)).toBe('人事信息');
    expect(columnLabel(col(['甲', '乙', '丙']))).toBe('乙 › 丙');
  });
});

describe('sorting and filtering rows', () => {
  const a = row('根河市司法局', 70, [covered, covered, covered, missing, covered]);
  const b = row('根河市财政局', 88, [covered, covered, covered, covered, covered]);
  const c = row('根河市教育局', 44, [missing, missing, covered, missing, covered]);
  const none = row('根河市民政局', 0, [missing, missing, missing, missing, missing], {
    catalogueId: null,
    versionLabel: null,
  });
  const rows = [a, b, none, c];

  it('sorts by score both ways, departments without a catalogue last', () => {
    expect(sortMatrixRows(rows, 'score-asc').map((r) => r.score)).toEqual([44, 70, 88, 0]);
    expect(sortMatrixRows(rows, 'score-desc').map((r) => r.agency.name)).toEqual([
      '根河市财政局',
      '根河市司法局',
      '根河市教育局',
      '根河市民政局',
    ]);
  });
  it('sorts by mandatory items missing, most first', () => {
    expect(sortMatrixRows(rows, 'mandatory-missing').map((r) => r.mandatoryMissing)).toEqual([3, 2, 0, 0]);
    expect(
      sortMatrixRows(rows, 'mandatory-missing')
        .slice(2)
        .map((r) => r.agency.name),
    ).toEqual(['根河市司法局', '根河市财政局']);
  });
  it('sorts by name in Chinese order (pinyin), without changing the input', () => {
    expect(sortMatrixRows(rows, 'name').map((r) => r.agency.name)).toEqual([
      '根河市财政局',
      '根河市教育局',
      '根河市民政局',
      '根河市司法局',
    ]);
    expect(rows[0]).toBe(a);
  });
  it('filters by name or code', () => {
    const all = [0, 1, 2, 3, 4];
    expect(filterMatrixRows(rows, { search: '司法', problemsOnly: false }, all)).toEqual([a]);
    expect(filterMatrixRows(rows, { search: 'CODE-根河市财政局', problemsOnly: false }, all)).toEqual([b]);
    expect(filterMatrixRows(rows, { search: '  ', problemsOnly: false }, all)).toHaveLength(4);
  });
  it('keeps only departments with problems in the columns shown', () => {
    const all = [0, 1, 2, 3, 4];
    expect(filterMatrixRows(rows, { search: '', problemsOnly: true }, all)).toEqual([a, none, c]);
    // Only the mandatory columns: 司法局 lacks only an optional item.
    expect(filterMatrixRows(rows, { search: '', problemsOnly: true }, [0, 1, 2])).toEqual([none, c]);
    expect(rowHasProblems({ ...b, findings: [{ kind: 'row-incomplete', message: 'x' }] }, all)).toBe(true);
  });
});

describe('matrixSummary', () => {
  it('counts departments, the average over those compared and who misses mandatory items', () => {
    const s = matrixSummary(
      [
        row('甲', 70, [covered, covered, covered, missing, { ...covered, method: 'similar' }]),
        row('乙', 85, [covered, covered, covered, covered, covered]),
        row('丙', 0, [missing, missing, missing, missing, missing], { catalogueId: null }),
      ],
      COLUMNS,
    );
    expect(s).toEqual({
      departments: 3,
      compared: 2,
      withoutCatalogue: 1,
      averageScore: 77.5,
      missingMandatory: 1,
      complete: 1,
      pendingMatches: 1,
      items: 5,
      mandatoryItems: 3,
    });
  });
  it('has no average without compared departments', () => {
    expect(matrixSummary([], COLUMNS).averageScore).toBeNull();
  });
});

describe('scores', () => {
  it('formats with at most one decimal', () => {
    expect(formatScore(70)).toBe('70');
    expect(formatScore(88.46)).toBe('88.5');
    expect(formatScore(null)).toBe('—');
  });
  it('colours by threshold', () => {
    expect(scoreTone(90)).toBe('success');
    expect(scoreTone(89.9)).toBe('warning');
    expect(scoreTone(59.9)).toBe('danger');
  });
});

describe('groupFindings', () => {
  it('groups by kind, most serious first, unknown kinds last', () => {
    const groups = groupFindings([
      { kind: 'row-incomplete', message: '甲' },
      { kind: 'something-new', message: '乙' },
      { kind: 'mandatory-missing', message: '丙' },
      { kind: 'row-incomplete', message: '丁' },
    ]);
    expect(groups.map((g) => [g.label, g.findings.map((f) => f.message)])).toEqual([
      ['缺少必选事项', ['丙']],
      ['公开要求缺项', ['甲', '丁']],
      ['something-new', ['乙']],
    ]);
  });
});

describe('links', () => {
  it('builds the export address for a government or named departments', () => {
    expect(coverageExportUrl('t-1', { government: '150785' })).toBe('/exports/coverage/t-1.xlsx?government=150785');
    expect(coverageExportUrl('t-1', { government: '150785', agencies: ['150785-sfj', '150785-czj'] })).toBe(
      '/exports/coverage/t-1.xlsx?agencies=150785-sfj%2C150785-czj',
    );
    expect(coverageExportUrl('t-1')).toBe('/exports/coverage/t-1.xlsx');
  });
  it('builds the pairwise comparison address with the focused standard item', () => {
    expect(comparePath('t', 'd', ['履职信息', '权责清单'])).toEqual({
      path: '/catalogues/t/compare/d',
      query: { focus: '履职信息 › 权责清单' },
    });
    expect(comparePath('t', 'd')).toEqual({ path: '/catalogues/t/compare/d', query: {} });
  });
});
