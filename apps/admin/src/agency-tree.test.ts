import { describe, expect, it } from 'vitest';
import { countFindings, filterAgencyRows, flattenAgencyRows, toAgencyRows, type AgencyNode } from './agency-tree';

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

const roots = [node('150785', '根河市人民政府', [node('150785-sfj', '根河市司法局', [], true), node('150785-mzj', '根河市民政局')])];

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
