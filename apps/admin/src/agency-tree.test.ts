import { describe, expect, it } from 'vitest';
import { AGENCY_NAV_LIMIT } from '@gongkai/domain';
import { NAV_LIMIT, agencyOptions, buildAgencyForest, navMoreLabel } from './agency-tree';

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

describe('navMoreLabel', () => {
  it('links to all agencies when the menu is cut', () => {
    expect(navMoreLabel(2000, 30)).toBe('全部 2000 个机关…');
    expect(navMoreLabel(7, 7)).toBeNull();
  });
});

describe('navigation limit', () => {
  it('is the domain’s, the one the server answers with by default', () => {
    expect(NAV_LIMIT).toBe(AGENCY_NAV_LIMIT.default);
    expect(NAV_LIMIT).toBeLessThanOrEqual(AGENCY_NAV_LIMIT.max);
  });
});
