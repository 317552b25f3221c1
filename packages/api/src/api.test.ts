import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, saveCatalogue } from '@gongkai/db';
import { importCatalogueTextOrThrow } from '@gongkai/domain';
import { schemaSdl } from './schema.js';
import { createApiHarness, type ApiHarness } from './test-support/api-harness.js';

const seedText = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');

let h: ApiHarness;
let adminToken: string;
// Catalogue reads here run as the platform administrator (all agencies); access.test.ts covers the other roles.
const run = async (query: string, variables: Record<string, unknown> = {}) =>
  h.run(query, variables, { token: adminToken });

beforeAll(async () => {
  h = await createApiHarness();
  adminToken = await h.tokenFor('demo-admin');
});
afterAll(async () => h?.close());

describe('GraphQL API', () => {
  it('matches the committed schema.graphql (run `pnpm --filter @gongkai/api schema` after changing it)', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });

  it('serves the agency tree', async () => {
    const r = await run(`{ agencyRoots { name kind children { code name parent { name } } } }`);
    expect(r.errors).toBeUndefined();
    const roots = (
      r.data as {
        agencyRoots: Array<{ name: string; kind: string; children: Array<{ code: string; parent: { name: string } }> }>;
      }
    ).agencyRoots;
    expect(roots.map((a) => a.name)).toEqual(['根河市人民政府']);
    expect(roots[0]!.kind).toBe('GOVERNMENT');
    expect(roots[0]!.children.map((c) => c.code)).toContain('150785-sfj');
    expect(roots[0]!.children.every((c) => c.parent.name === '根河市人民政府')).toBe(true);
  });

  it('serves 根河市司法局 catalogue tree with rows, offices, time limits and findings', async () => {
    const r = await run(
      `query($code: String!) { agency(code: $code) { name offices { name aliases }
      currentCatalogue { title versionLabel status itemCount requirementCount
        items { name level serial children { name level requirements { channels audiences publishingOrgans
          timeLimit { raw kind description statutoryDefault longTerm rule } offices { name } } } requirements { id } }
        findings { kind severity line message requirementId } } } }`,
      { code: '150785-sfj' },
    );
    expect(r.errors).toBeUndefined();
    const agency = (r.data as { agency: any }).agency;
    expect(agency.offices).toHaveLength(5);
    const c = agency.currentCatalogue;
    expect(c).toMatchObject({
      title: '根河市司法局主动公开目录',
      versionLabel: '2024版',
      status: 'PUBLISHED',
      itemCount: 33,
      requirementCount: 28,
    });
    expect(c.items.map((i: { name: string }) => i.name)).toHaveLength(9);
    const norm = c.items[0].children[0];
    expect(norm.name).toBe('规范性文件');
    expect(norm.requirements[0]).toMatchObject({
      channels: ['GOVERNMENT_WEBSITE', 'GAZETTE', 'BULLETIN_BOARD', 'PRECISE_PUSH'],
      audiences: ['PUBLIC'],
      publishingOrgans: ['根河市司法局'],
      offices: [{ name: '行政执法协调监督办公室' }],
      timeLimit: { kind: 'afterEvent', statutoryDefault: true, rule: { amount: 20, unit: 'workingDay' } },
    });
    expect(norm.requirements[0].timeLimit.description).toContain('20个工作日');
    const alias = c.findings.find((f: { kind: string }) => f.kind === 'office-alias-merged');
    expect(alias).toMatchObject({ line: 12, severity: 'WARNING' });
    expect(alias.requirementId).toEqual(expect.any(String));
  });

  it('answers an unknown agency with NOT_FOUND, and a malformed id with BAD_USER_INPUT', async () => {
    const r = await run(`{ agency(code: "nope") { name } }`);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.message).toContain('nope');
    const bad = await run(`{ catalogue(id: "x") { title } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await run(`{ catalogue(id: "00000000-0000-4000-8000-000000000000") { title } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the 13 channels in official order', async () => {
    const r = await run(`{ channelOptions { code label position } }`);
    const options = (r.data as { channelOptions: Array<{ label: string; position: number }> }).channelOptions;
    expect(options).toHaveLength(13);
    expect(options[0]).toMatchObject({ label: '政府网站', position: 1 });
    expect(options[12]).toMatchObject({ label: '其他', position: 13 });
  });
});

describe('SQL statements per request', () => {
  const fullTree = `{ agencies { name parent { name } children { name } offices { name }
    catalogues { title findings { line } items { name requirements { channels offices { name } timeLimit { description } }
      children { name requirements { channels offices { name } } children { name requirements { offices { name } } } } } } } }`;

  async function countFor(): Promise<{ statements: number; agencies: number; rows: number }> {
    h.db.queries.length = 0;
    // The session looked up as on a first request (not the server's kept copy, which an agency change renews).
    const r = await h.run(fullTree, {}, { token: adminToken, freshSession: true });
    expect(r.errors).toBeUndefined();
    const data = r.data as { agencies: Array<{ catalogues: unknown[] }> };
    const rows = JSON.stringify(data).split('"channels"').length - 1;
    return { statements: h.db.queries.length, agencies: data.agencies.length, rows };
  }

  async function addDepartments(n: number, from: number): Promise<void> {
    const em = h.db.orm.em.fork();
    const gov = await em.findOneOrFail(Agency, { code: '150785' });
    for (let i = from; i < from + n; i++) {
      const dept = em.create(Agency, {
        code: `bench-${i}`,
        name: `测试部门${i}`,
        kind: 'DEPARTMENT',
        parent: gov,
        position: 100 + i,
      });
      await em.flush();
      await saveCatalogue(em, dept.id, importCatalogueTextOrThrow(seedText), { versionLabel: '测试' });
    }
  }

  it('does not grow with the number of agencies, catalogues, items or rows', async () => {
    const small = await countFor();
    await addDepartments(6, 0);
    const large = await countFor();
    expect(large.agencies).toBe(small.agencies + 6);
    expect(large.rows).toBeGreaterThan(small.rows + 6 * 28 - 1);
    if (process.env.SHOW_SQL) console.log(h.db.queries.join('\n'));
    expect(large.statements).toBe(small.statements);
    // Session: one statement (gongkai_session_lookup). Request: begin, scope, agencies, children, offices, catalogues,
    // parents, findings, the catalogues' data versions, items, rows, office links, end (a published tree already read
    // costs only its version: tree-copies.test.ts).
    expect(large.statements).toBeLessThanOrEqual(14);
    expect(h.db.queries[0]).toMatch(/gongkai_session_lookup/u);
  });
});
