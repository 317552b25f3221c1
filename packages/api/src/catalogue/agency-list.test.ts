/**
 * The admin's navigation and agency list at province scale (issue 14): one level of the tree, search, header counts
 * and navigation, as each kind of user sees them (row-level security), and a constant number of statements.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, saveCatalogue } from '@gongkai/db';
import { importCatalogueTextOrThrow } from '@gongkai/domain';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

const seedText = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());

async function as(login: string | null, query: string, variables: Record<string, unknown> = {}) {
  const token = login ? await h.tokenFor(login) : undefined;
  const r = await h.run(query, variables, { token });
  expect(r.errors, r.errors?.[0]?.message).toBeUndefined();
  return r.data as Record<string, any>;
}

const ROW = `id code name kind officeCount childCount catalogue { title versionLabel status itemCount requirementCount }
  findings { total error warning info } path { code name }`;
const LEVEL = `query($p: String, $e: Int, $l: Int) { agencyLevel(parentCode: $p, expandBelow: $e, limit: $l) {
  total rows { ${ROW} children { ${ROW} } } } }`;
const NAV = `query($l: Int) { agencyNavigation(limit: $l) { catalogueTotal firstGovernmentCode
  catalogues { code name kind } standards { code name kind } } }`;
const SEARCH = `query($t: String!, $l: Int) { searchAgencies(text: $t, limit: $l) { total rows { ${ROW} } } }`;
const SUMMARY = `{ agencyListSummary { agencies governments catalogues findings standards } }`;
const ALL = `{ agencies { code kind parent { code } currentCatalogue { findings { id } } } }`;

describe('agencyLevel', () => {
  it('gives the administrator the government at the top, and its departments (no standards) in one request', async () => {
    const { agencyLevel } = await as('demo-admin', LEVEL, { e: 50 });
    expect(agencyLevel.total).toBe(1);
    const [gov] = agencyLevel.rows;
    expect(gov).toMatchObject({ code: '150785', kind: 'GOVERNMENT', childCount: 8, catalogue: null, path: [] });
    const { agencies } = await as('demo-admin', ALL);
    const departments = agencies.filter((a: any) => a.parent?.code === '150785' && a.kind === 'DEPARTMENT');
    expect(gov.children.map((c: any) => c.code)).toEqual(departments.map((a: any) => a.code));
    const sfj = gov.children.find((c: any) => c.code === '150785-sfj');
    expect(sfj).toMatchObject({
      name: '根河市司法局',
      officeCount: 5,
      childCount: 0,
      catalogue: { versionLabel: '2024版', status: 'PUBLISHED', itemCount: 33, requirementCount: 28 },
      path: [{ code: '150785', name: '根河市人民政府' }],
    });
    expect(sfj.findings.total).toBeGreaterThan(0);
    expect(sfj.findings.total).toBe(sfj.findings.error + sfj.findings.warning + sfj.findings.info);
  });

  it('leaves the children to a later request when there are more than expandBelow, and pages a level', async () => {
    const top = await as('demo-admin', LEVEL, { e: 3 });
    expect(top.agencyLevel.rows[0].children).toBeNull();
    const below = await as('demo-admin', LEVEL, { p: '150785', l: 4 });
    expect(below.agencyLevel.total).toBe(8);
    expect(below.agencyLevel.rows).toHaveLength(4);
  });

  it("shows a department user its own agency as a root (its government is not visible), and another's level is refused", async () => {
    const { agencyLevel } = await as('sfj-viewer', LEVEL, { e: 50 });
    expect(agencyLevel.rows.map((r: any) => ({ code: r.code, path: r.path }))).toEqual([
      { code: '150785-sfj', path: [] },
    ]);
    const r = await h.run(LEVEL, { p: '150785-mzj' }, { token: await h.tokenFor('sfj-viewer') });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows visitors published catalogues only and no findings; an unknown parent is NOT_FOUND', async () => {
    const { agencyLevel } = await as(null, LEVEL, { p: '150785' });
    const byCode = new Map(agencyLevel.rows.map((r: any) => [r.code, r]));
    expect((byCode.get('150785-mzj') as any).catalogue).toBeNull(); // a draft only
    expect((byCode.get('150785-sfj') as any).catalogue.status).toBe('PUBLISHED');
    for (const r of agencyLevel.rows as any[]) expect(r.findings.total).toBe(0);
    const missing = await h.run(LEVEL, { p: 'no-such-agency' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await h.run(LEVEL, { l: 0 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('searchAgencies', () => {
  it('finds by name or code, case-insensitively, with the total and each hit’s path', async () => {
    const byName = await as('demo-admin', SEARCH, { t: ' 司法 ' });
    expect(byName.searchAgencies.rows.map((r: any) => r.code)).toEqual(['150785-sfj']);
    expect(byName.searchAgencies.rows[0].path).toEqual([{ code: '150785', name: '根河市人民政府' }]);
    const byCode = await as('demo-admin', SEARCH, { t: '150785-S', l: 1 });
    const { agencies } = await as('demo-admin', ALL);
    const expected = agencies.filter((a: any) => a.code.includes('150785-s'));
    expect(byCode.searchAgencies.total).toBe(expected.length);
    expect(byCode.searchAgencies.rows).toHaveLength(1);
    const standards = await as('demo-admin', SEARCH, { t: '标准目录' });
    expect(standards.searchAgencies.rows.every((r: any) => r.kind === 'STANDARD')).toBe(true);
    expect(standards.searchAgencies.total).toBe(2);
  });

  it('finds only what the user may see, and refuses blank text', async () => {
    const { searchAgencies } = await as('sfj-viewer', SEARCH, { t: '根河市' });
    expect(searchAgencies.rows.map((r: any) => r.code)).toEqual(['150785-sfj']);
    const blank = await h.run(SEARCH, { t: '  ' });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0]?.message).toContain('text');
  });
});

describe('agencyListSummary and standardAgencies', () => {
  it('counts what the flat agencies list shows, per user', async () => {
    for (const login of ['demo-admin', 'sfj-viewer', null]) {
      const { agencies } = await as(login, ALL);
      const organs = agencies.filter((a: any) => a.kind !== 'STANDARD');
      const { agencyListSummary } = await as(login, SUMMARY);
      expect(agencyListSummary, String(login)).toEqual({
        agencies: organs.length,
        governments: organs.filter((a: any) => a.kind === 'GOVERNMENT').length,
        catalogues: organs.filter((a: any) => a.currentCatalogue).length,
        findings: organs.reduce((n: number, a: any) => n + (a.currentCatalogue?.findings.length ?? 0), 0),
        standards: agencies.length - organs.length,
      });
    }
  });

  it('lists the standards with their government', async () => {
    const { standardAgencies } = await as('sfj-viewer', `{ standardAgencies { ${ROW} } }`);
    expect(standardAgencies.map((r: any) => r.code).sort()).toEqual(['150785-bz-ggflfw', '150785-bz-ty']);
    // The department user does not see the government itself: no path.
    expect(standardAgencies[0].path).toEqual([]);
    const admin = await as('demo-admin', `{ standardAgencies { ${ROW} } }`);
    expect(admin.standardAgencies[0].path).toEqual([{ code: '150785', name: '根河市人民政府' }]);
  });
});

describe('agencyNavigation', () => {
  it('lists own agency, governments, then departments with a catalogue, cut at limit with the total', async () => {
    const { agencies } = await as('demo-admin', ALL);
    const withCatalogue = agencies.filter((a: any) => a.currentCatalogue && a.kind !== 'STANDARD');
    const full = await as('demo-admin', NAV, {});
    expect(full.agencyNavigation.catalogues.map((a: any) => a.code)).toEqual(withCatalogue.map((a: any) => a.code));
    expect(full.agencyNavigation.catalogueTotal).toBe(withCatalogue.length);
    expect(full.agencyNavigation.standards.map((a: any) => a.kind)).toEqual(['STANDARD', 'STANDARD']);
    expect(full.agencyNavigation.firstGovernmentCode).toBe('150785');
    const cut = await as('demo-admin', NAV, { l: 2 });
    expect(cut.agencyNavigation.catalogues).toHaveLength(2);
    expect(cut.agencyNavigation.catalogueTotal).toBe(withCatalogue.length);
    // A department's user: its own agency first (ahead of the rest of a cut list).
    const own = await as('mzj-editor', NAV, { l: 1 });
    expect(own.agencyNavigation.catalogues.map((a: any) => a.code)).toEqual(['150785-mzj']);
    expect(own.agencyNavigation.firstGovernmentCode).toBeNull();
    const visitor = await as(null, NAV, {});
    expect(visitor.agencyNavigation.catalogues.map((a: any) => a.code)).not.toContain('150785-mzj');
  });
});

describe('statements per request', () => {
  const OPERATIONS: Record<string, [string, Record<string, unknown>]> = {
    navigation: [NAV, {}],
    top: [LEVEL, { e: 500 }],
    children: [LEVEL, { p: '150785' }],
    search: [SEARCH, { t: '局' }],
    summary: [SUMMARY, {}],
    standards: [`{ standardAgencies { ${ROW} } }`, {}],
  };

  async function counts(login: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [name, [query, variables]] of Object.entries(OPERATIONS)) {
      await as(login, query, variables); // the session is looked up once per request in any case
      h.db.queries.length = 0;
      await as(login, query, variables);
      out[name] = h.db.queries.length;
    }
    return out;
  }

  it('do not grow with the number of agencies (session, begin, scope, one or two reads, commit)', async () => {
    const small = { admin: await counts('demo-admin'), reviewer: await counts('demo-reviewer') };
    const em = h.db.orm.em.fork();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    for (let i = 0; i < 6; i++) {
      const dept = em.create(Agency, {
        code: `list-${i}`,
        name: `列表测试局${i}`,
        kind: 'DEPARTMENT',
        parent: gov,
        position: 200 + i,
      });
      await em.flush();
      await saveCatalogue(em, dept.id, importCatalogueTextOrThrow(seedText), { versionLabel: '测试' });
    }
    const large = { admin: await counts('demo-admin'), reviewer: await counts('demo-reviewer') };
    if (process.env.SHOW_SQL) console.log(small, large);
    expect(large).toEqual(small);
    // A reviewer asking for a government's level again costs what the administrator's request costs: the owner of
    // the agency named (parentCode) is kept per agency-tree version, not looked up on every request. Reads that look
    // at every agency hash the reviewer's subtree for the statement (two statements: set and back).
    const everything = ['navigation', 'top', 'search', 'summary'];
    for (const [name, n] of Object.entries(large.reviewer))
      expect(n, name).toBe(large.admin[name]! + (everything.includes(name) ? 2 : 0));
    for (const [name, n] of Object.entries(large.admin))
      // session, begin, scope, one statement per level asked for (the selection joined to gongkai_agency_details),
      // rollback
      expect(n, name).toBeLessThanOrEqual(name === 'top' ? 6 : 5);
    const { agencyLevel } = await as('demo-admin', LEVEL, { p: '150785' });
    expect(agencyLevel.total).toBe(14);
  });
});
