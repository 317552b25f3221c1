import { describe, expect, it } from 'vitest';
import {
  agencyOptions,
  buildAgencyForest,
  countFindings,
  filterAgencyRows,
  flattenAgencyRows,
  navCatalogueGroups,
  splitStandards,
  toAgencyRows,
  type AgencyNode,
} from './agency-tree';

const node = (code: string, name: string, children: AgencyNode[] = [], withCatalogue = false): AgencyNode => ({
  id: `id-${code}`,
  code,
  name,
  kind: children.length > 0 ? 'GOVERNMENT' : 'DEPARTMENT',
  offices: [{}, {}],
  currentCatalogue: withCatalogue
    ? {
        id: `c-${code}`,
        title: `${name}主动公开目录`,
        versionLabel: 'v1',
        status: 'DRAFT',
        itemCount: 9,
        requirementCount: 40,
        findings: [{ severity: 'WARNING' }, { severity: 'INFO' }, { severity: 'WARNING' }],
      }
    : null,
  children,
});

const roots = [
  node('150785', '根河市人民政府', [node('150785-sfj', '根河市司法局', [], true), node('150785-mzj', '根河市民政局')]),
];

describe('toAgencyRows', () => {
  it('keeps the tree and summarises each agency', () => {
    const rows = toAgencyRows(roots);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.children.map((r) => r.code)).toEqual(['150785-sfj', '150785-mzj']);
    const sfj = rows[0]!.children[0]!;
    expect(sfj.officeCount).toBe(2);
    expect(sfj.catalogue).toMatchObject({ title: '根河市司法局主动公开目录', itemCount: 9, requirementCount: 40 });
    expect(sfj.findings).toEqual({ total: 3, ERROR: 0, WARNING: 2, INFO: 1 });
    expect(rows[0]!.catalogue).toBeNull();
    expect(rows[0]!.findings.total).toBe(0);
  });
});

describe('filterAgencyRows', () => {
  const rows = toAgencyRows(roots);
  it('keeps matches with their ancestors', () => {
    const out = filterAgencyRows(rows, '司法');
    expect(flattenAgencyRows(out).map((r) => r.code)).toEqual(['150785', '150785-sfj']);
  });
  it('matches codes and keeps descendants of a match', () => {
    expect(flattenAgencyRows(filterAgencyRows(rows, '150785')).length).toBe(3);
    expect(filterAgencyRows(rows, 'MZJ')[0]!.children.map((r) => r.code)).toEqual(['150785-mzj']);
  });
  it('keeps everything for blank text and nothing for no match', () => {
    expect(filterAgencyRows(rows, '  ')).toEqual(rows);
    expect(filterAgencyRows(rows, '财政局')).toEqual([]);
  });
});

describe('countFindings', () => {
  it('counts by severity', () => {
    expect(countFindings([{ severity: 'ERROR' }])).toEqual({ total: 1, ERROR: 1, WARNING: 0, INFO: 0 });
  });
});

describe('buildAgencyForest', () => {
  const flat = (id: string, parent: string | null) => ({ id, name: id, parent: parent ? { id: parent } : null });
  it('puts agencies under their parents, in the list order', () => {
    const forest = buildAgencyForest([
      flat('gov', null),
      flat('sfj', 'gov'),
      flat('mzj', 'gov'),
      flat('town', 'gov'),
      flat('town-office', 'town'),
    ]);
    expect(forest.map((n) => n.id)).toEqual(['gov']);
    expect(forest[0]!.children.map((n) => n.id)).toEqual(['sfj', 'mzj', 'town']);
    expect(forest[0]!.children[2]!.children.map((n) => n.id)).toEqual(['town-office']);
  });
  it('shows an agency whose parent is not visible as a root (a department user sees only its agency)', () => {
    const forest = buildAgencyForest([flat('sfj', 'gov'), flat('sfj-unit', 'sfj')]);
    expect(forest.map((n) => n.id)).toEqual(['sfj']);
    expect(forest[0]!.children.map((n) => n.id)).toEqual(['sfj-unit']);
    // The server gives a null parent when the parent is not visible: same result.
    expect(buildAgencyForest([flat('sfj', null)]).map((n) => n.id)).toEqual(['sfj']);
  });
  it('loses no agency on a parent cycle', () => {
    const forest = buildAgencyForest([flat('a', 'b'), flat('b', 'a'), flat('c', null)]);
    const all = (nodes: ReturnType<typeof buildAgencyForest<ReturnType<typeof flat>>>): string[] =>
      nodes.flatMap((n) => [n.id, ...all(n.children)]);
    expect(all(forest).sort()).toEqual(['a', 'b', 'c']);
  });
  it('feeds the list rows', () => {
    const list = [
      { ...node('150785', '根河市人民政府'), children: undefined, parent: null },
      { ...node('150785-sfj', '根河市司法局', [], true), children: undefined, parent: { id: 'id-150785' } },
    ];
    const rows = toAgencyRows(buildAgencyForest(list));
    expect(rows.map((r) => r.code)).toEqual(['150785']);
    expect(rows[0]!.children.map((r) => r.code)).toEqual(['150785-sfj']);
  });
});

describe('agencyOptions', () => {
  it('lists agencies in tree order with their depth', () => {
    const list = [
      { id: 'sfj', name: '司法局', parent: { id: 'gov' } },
      { id: 'gov', name: '政府', parent: null },
      { id: 'mzj', name: '民政局', parent: { id: 'gov' } },
    ];
    expect(agencyOptions(list).map((o) => [o.id, o.depth])).toEqual([
      ['gov', 0],
      ['sfj', 1],
      ['mzj', 1],
    ]);
    expect(agencyOptions(list)[0]).not.toHaveProperty('children');
  });
});

describe('standard catalogues (标准目录)', () => {
  const list = [
    { code: 'bz-ty', kind: 'STANDARD' as const, currentCatalogue: { id: 'c1' } },
    { code: 'sfj', kind: 'DEPARTMENT' as const, currentCatalogue: { id: 'c2' } },
    { code: 'gov', kind: 'GOVERNMENT' as const, currentCatalogue: { id: 'c3' } },
    { code: 'mzj', kind: 'DEPARTMENT' as const, currentCatalogue: null },
    { code: 'bz-flfw', kind: 'STANDARD' as const, currentCatalogue: { id: 'c4' } },
    { code: 'bz-empty', kind: 'STANDARD' as const, currentCatalogue: null },
  ];
  it('keeps the standards apart from the agency tree, in order', () => {
    const { agencies, standards } = splitStandards(list);
    expect(agencies.map((a) => a.code)).toEqual(['sfj', 'gov', 'mzj']);
    expect(standards.map((a) => a.code)).toEqual(['bz-ty', 'bz-flfw', 'bz-empty']);
  });
  it('gives the navigation governments, then departments, then the standards as their own group, with catalogues only', () => {
    const g = navCatalogueGroups(list);
    expect(g.catalogues.map((a) => a.code)).toEqual(['gov', 'sfj']);
    expect(g.standards.map((a) => a.code)).toEqual(['bz-ty', 'bz-flfw']);
  });
});
