import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, Catalogue, saveCatalogue } from '@gongkai/db';
import { importCatalogueTextOrThrow } from '@gongkai/domain';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { forgetKeptTrees } from '../catalogue/tree-copies.js';
import { forgetKeptMatrixRows } from './comparison.service.js';

/** Comparing catalogues through the API: the coverage matrix, pairwise comparison, the office's match decisions, standards. */
const GENERAL = '150785-bz-ty';
const seedText = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

let h: ApiHarness;
let templateId: string;
let sfjCatalogueId: string;
const as = async (login: string, query: string, variables: Record<string, unknown> = {}) =>
  h.run(query, variables, { token: await h.tokenFor(login) });

beforeAll(async () => {
  h = await createApiHarness();
  const em = h.db.orm.em.fork();
  templateId = (await em.findOneOrFail(Catalogue, { agency: { code: GENERAL }, status: 'PUBLISHED' })).id;
  sfjCatalogueId = (await em.findOneOrFail(Catalogue, { agency: { code: '150785-sfj' }, status: 'PUBLISHED' })).id;
});
afterAll(async () => h?.close());

interface MatrixData {
  columns: Array<{ path: string[]; mandatory: boolean }>;
  rows: Array<{
    agency: { code: string; name: string };
    catalogueId: string | null;
    score: number;
    covered: number;
    weaker: number;
    mandatoryMissing: number;
    cells: Array<{ status: string; matchedPath: string[] | null; method: string | null; reasons: string[] }>;
    findings: Array<{ kind: string; message: string }>;
  }>;
}
const MATRIX = `query($t: ID!, $codes: [String!]) { coverageMatrix(templateId: $t, agencyCodes: $codes) {
  template { title } columns { path mandatory timeLimit channels }
  rows { agency { code name } catalogueId versionLabel score covered weaker missing mandatoryMissing
    cells { status reasons matchedPath score method } findings { kind message path } } } }`;

async function matrix(codes?: string[]): Promise<MatrixData> {
  const r = await as('demo-reviewer', MATRIX, { t: templateId, codes: codes ?? null });
  expect(r.errors).toBeUndefined();
  return (r.data as { coverageMatrix: MatrixData }).coverageMatrix;
}

describe('coverage matrix', () => {
  it("covers every department of the template's government, with contrast between them", async () => {
    const m = await matrix();
    const departments = await h.db.orm.em.fork().find(Agency, { parent: { code: '150785' }, kind: 'DEPARTMENT' });
    expect(m.rows.map((r) => r.agency.code).sort()).toEqual(departments.map((d) => d.code).sort());
    expect(m.columns.filter((c) => c.mandatory).length).toBeGreaterThanOrEqual(9);
    for (const r of m.rows) expect(r.cells).toHaveLength(m.columns.length);
    const scores = m.rows.filter((r) => r.catalogueId).map((r) => r.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(20);
    expect(m.rows.some((r) => r.mandatoryMissing > 0)).toBe(true);
    const sfj = m.rows.find((r) => r.agency.code === '150785-sfj')!;
    expect(sfj.catalogueId).toBe(sfjCatalogueId);
    // The real 司法局 catalogue gives its 年度报告 no deadline (「按照市政务公开办要求编制年报」): not the statutory 31 January.
    expect(sfj.findings.find((f) => f.kind === 'annual-report-deadline')?.message).toContain('1月31日');
  });

  it('reflects the office confirming, rejecting and withdrawing a match', async () => {
    const before = (await matrix(['150785-sfj'])).rows[0]!;
    const m = await matrix(['150785-sfj']);
    // A column the department misses: set a match by hand to one of its items.
    const col = before.cells.findIndex((c) => c.status === 'MISSING');
    expect(col).toBeGreaterThanOrEqual(0);
    const set = await as(
      'demo-reviewer',
      `mutation($a: ID!, $p: [String!]!, $b: ID!, $q: [String!]!) { setItemMatch(leftCatalogueId: $a, leftPath: $p, rightCatalogueId: $b, rightPath: $q, decision: CONFIRMED) { id decision decidedBy } }`,
      {
        a: templateId,
        p: m.columns[col]!.path,
        b: sfjCatalogueId,
        q: ['重点领域', '公共法律服务体系建设'],
      },
    );
    expect(set.errors).toBeUndefined();
    const decision = (set.data as { setItemMatch: { id: string; decidedBy: string } }).setItemMatch;
    expect(decision.decidedBy).toBe('demo-reviewer');
    const after = (await matrix(['150785-sfj'])).rows[0]!;
    expect(after.cells[col]).toMatchObject({ method: 'confirmed', matchedPath: ['重点领域', '公共法律服务体系建设'] });
    expect(after.cells[col]!.status).not.toBe('MISSING');
    expect(after.score).toBeGreaterThan(before.score);
    // The pairwise view uses the same decision.
    const cmp = await as(
      'demo-reviewer',
      `query($a: ID!, $b: ID!) { compareCatalogues(leftId: $a, rightId: $b) { pairs { left { path } right { path } method } } }`,
      { a: templateId, b: sfjCatalogueId },
    );
    const pairs = (
      cmp.data as {
        compareCatalogues: { pairs: Array<{ left: { path: string[] }; right: { path: string[] }; method: string }> };
      }
    ).compareCatalogues.pairs;
    expect(pairs.find((p) => p.method === 'confirmed')?.right.path).toEqual(['重点领域', '公共法律服务体系建设']);
    // Withdraw: back to the automatic result.
    const cleared = await as('demo-reviewer', `mutation($id: ID!) { clearItemMatch(id: $id) { id } }`, {
      id: decision.id,
    });
    expect(cleared.errors).toBeUndefined();
    expect((await matrix(['150785-sfj'])).rows[0]!.cells[col]).toMatchObject({ status: 'MISSING', matchedPath: null });
  });

  it('never proposes a rejected pair again', async () => {
    const m = await matrix(['150785-sfj']);
    const col = m.rows[0]!.cells.findIndex((c) => c.matchedPath !== null && c.method !== 'confirmed');
    const matched = m.rows[0]!.cells[col]!.matchedPath!;
    const r = await as(
      'demo-reviewer',
      `mutation($a: ID!, $p: [String!]!, $b: ID!, $q: [String!]!) { setItemMatch(leftCatalogueId: $a, leftPath: $p, rightCatalogueId: $b, rightPath: $q, decision: REJECTED) { id } }`,
      {
        a: templateId,
        p: m.columns[col]!.path,
        b: sfjCatalogueId,
        q: matched,
      },
    );
    expect(r.errors).toBeUndefined();
    expect((await matrix(['150785-sfj'])).rows[0]!.cells[col]!.matchedPath).not.toEqual(matched);
    const list = await as(
      'demo-reviewer',
      `query($a: ID!, $b: ID!) { itemMatchDecisions(leftId: $a, rightId: $b) { leftPath rightPath decision } }`,
      { a: sfjCatalogueId, b: templateId },
    );
    expect((list.data as { itemMatchDecisions: unknown[] }).itemMatchDecisions).toContainEqual({
      leftPath: m.columns[col]!.path,
      rightPath: matched,
      decision: 'REJECTED',
    });
  });

  it('refuses a path that is not in the catalogue, naming the argument', async () => {
    const r = await as(
      'demo-reviewer',
      `mutation($a: ID!, $b: ID!) { setItemMatch(leftCatalogueId: $a, leftPath: ["没有这个事项"], rightCatalogueId: $b, rightPath: ["重点领域"], decision: CONFIRMED) { id } }`,
      { a: templateId, b: sfjCatalogueId },
    );
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'leftPath' } });
    expect(r.errors?.[0]?.message).toContain('没有这个事项');
  });

  it('costs the same number of SQL statements for 6 more departments', async () => {
    // Both measured in the same state: the reviewer's session and subtree known (a new agency changes the subtree,
    // read again once), no published tree copied yet (tree-copies.ts), so both read every tree.
    await matrix();
    forgetKeptTrees();
    forgetKeptMatrixRows();
    h.db.queries.length = 0;
    await matrix();
    const small = h.db.queries.length;
    const em = h.db.orm.em.fork();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    for (let i = 0; i < 6; i++) {
      const dept = em.create(Agency, {
        code: `cmp-${i}`,
        name: `比较测试部门${i}`,
        kind: 'DEPARTMENT',
        parent: gov,
        position: 200 + i,
      });
      await em.flush();
      const c = await saveCatalogue(em, dept.id, importCatalogueTextOrThrow(seedText), { versionLabel: '测试' });
      c.status = 'PUBLISHED';
      c.publishedAt = new Date();
      await em.flush();
    }
    await matrix();
    forgetKeptTrees();
    forgetKeptMatrixRows();
    h.db.queries.length = 0;
    const m = await matrix();
    expect(m.rows.filter((r) => r.agency.code.startsWith('cmp-'))).toHaveLength(6);
    expect(h.db.queries.length).toBe(small);
  });

  it('keeps each department’s row until its catalogue changes, the same as computed afresh (issue 14)', async () => {
    forgetKeptMatrixRows();
    const first = await matrix();
    const kept = await matrix();
    expect(kept).toEqual(first);
    // One department's published catalogue loses its first top-level item (its sub-items and rows go with it): the
    // triggers move that agency's catalogue data version, so its row is compared again; the others stay kept.
    const deleted = await h.db.orm.em.fork().execute(
      `delete from catalogue_item where level = 1 and position = 0 and catalogue_id =
           (select c.id from catalogue c join agency a on a.id = c.agency_id where a.code = 'cmp-0')`,
    );
    expect(deleted).toBeDefined();
    const after = await matrix();
    const row = (m: MatrixData) => m.rows.find((r) => r.agency.code === 'cmp-0')!;
    expect(row(after)).not.toEqual(row(first));
    expect(row(after).covered + row(after).weaker).toBeLessThan(row(first).covered + row(first).weaker);
    expect(after.rows.filter((r) => r.agency.code !== 'cmp-0')).toEqual(
      first.rows.filter((r) => r.agency.code !== 'cmp-0'),
    );
    forgetKeptMatrixRows();
    expect(await matrix()).toEqual(after);
  });
});

describe('pairwise comparison', () => {
  it('lists matched items with field differences and items only on either side', async () => {
    const r = await as(
      'demo-reviewer',
      `query($a: ID!, $b: ID!) { compareCatalogues(leftId: $a, rightId: $b) {
      pairs { left { path timeLimit channels } right { path timeLimit channels offices } score method differences { field message detail } }
      onlyLeft { path } onlyRight { path } } }`,
      { a: templateId, b: sfjCatalogueId },
    );
    expect(r.errors).toBeUndefined();
    const c = (
      r.data as {
        compareCatalogues: {
          pairs: Array<{ left: { path: string[] }; method: string; differences: Array<{ field: string }> }>;
          onlyLeft: unknown[];
          onlyRight: unknown[];
        };
      }
    ).compareCatalogues;
    expect(c.pairs.length).toBeGreaterThan(3);
    expect(c.pairs.some((p) => p.differences.length > 0)).toBe(true);
    expect(c.onlyLeft.length + c.onlyRight.length).toBeGreaterThan(0);
  });

  it('counts the same 事项 as the coverage matrix: 覆盖 + 较弱 matched, 缺少 only on the left', async () => {
    const m = await matrix();
    const rows = m.rows.filter((r) => r.catalogueId);
    expect(rows.map((r) => r.agency.code)).toContain('150785-wjw');
    const columns = new Set(m.columns.map((c) => c.path.join('›')));
    for (const row of rows) {
      const r = await as(
        'demo-reviewer',
        `query($a: ID!, $b: ID!) { compareCatalogues(leftId: $a, rightId: $b) { pairs { left { path } } onlyLeft { path } } }`,
        { a: templateId, b: row.catalogueId },
      );
      expect(r.errors).toBeUndefined();
      const c = (
        r.data as {
          compareCatalogues: { pairs: Array<{ left: { path: string[] } }>; onlyLeft: Array<{ path: string[] }> };
        }
      ).compareCatalogues;
      const counts = (s: string) => row.cells.filter((x) => x.status === s).length;
      expect([row.agency.code, c.pairs.length, c.onlyLeft.length]).toEqual([
        row.agency.code,
        counts('COVERED') + counts('WEAKER'),
        counts('MISSING'),
      ]);
      // Both list the matrix's columns, never the standard's groups that only hold sub-items (组织机构, 财政信息 …).
      const listed = [...c.pairs.map((p) => p.left.path), ...c.onlyLeft.map((x) => x.path)].map((x) => x.join('›'));
      expect(listed.sort()).toEqual([...columns].sort());
    }
  });
});

describe('standard catalogues', () => {
  it("can be read by the government's department users", async () => {
    const r = await as('sfj-viewer', `query($id: ID!) { catalogue(id: $id) { title items { name } } }`, {
      id: templateId,
    });
    expect(r.errors).toBeUndefined();
    expect((r.data as { catalogue: { items: unknown[] } }).catalogue.items.length).toBeGreaterThan(0);
    const compliance = await as(
      'sfj-editor',
      `query($c: ID!, $t: ID!) { catalogueCompliance(catalogueId: $c, templateId: $t) { coverageScore findings { kind } } }`,
      { c: sfjCatalogueId, t: templateId },
    );
    expect(compliance.errors).toBeUndefined();
  });

  it("are edited by the city office, not by departments; the office still cannot edit a department's catalogue", async () => {
    const draft = await as(
      'demo-reviewer',
      `mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "2026版") { id } }`,
      { id: templateId },
    );
    expect(draft.errors).toBeUndefined();
    const draftId = (draft.data as { createDraft: { id: string } }).createDraft.id;
    const added = await as(
      'demo-reviewer',
      `mutation($id: ID!) { addItem(catalogueId: $id, name: "新增标准事项") { id } }`,
      { id: draftId },
    );
    expect(added.errors).toBeUndefined();
    const byDept = await as(
      'sfj-editor',
      `mutation($id: ID!) { addItem(catalogueId: $id, name: "部门改标准") { id } }`,
      { id: draftId },
    );
    expect(byDept.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deptCatalogue = await as(
      'demo-reviewer',
      `mutation($id: ID!) { createDraft(catalogueId: $id, versionLabel: "2027版") { id } }`,
      { id: sfjCatalogueId },
    );
    expect(deptCatalogue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const removed = await as('demo-reviewer', `mutation($id: ID!) { deleteDraft(id: $id) }`, { id: draftId });
    expect(removed.errors).toBeUndefined();
  });
});
