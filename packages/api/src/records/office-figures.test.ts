import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, saveCatalogue } from '@gongkai/db';
import { importCatalogueTextOrThrow, parseTimeLimit, seededRandom, type CatalogueJson } from '@gongkai/domain';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

// The office's view computes its figures from lean rows (what judging needs: dates as day numbers, no titles) and
// reads every column only for the lists a client asks for; a department's own page reads every column. Both must
// give the same figures and lists, on generated records: every kind of time limit (periodic ones too), drafts,
// undated drafts, next year's records of the last period, policies with and without 解读 (one 解读 of the year
// before), records whose row a newer catalogue version dropped, and records whose row is gone.
let h: ApiHarness;
let reviewer: string;

const seedText = readFileSync(new URL('../../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
const LIMITS = [
  '信息形成之日起20个工作日内',
  '信息形成或变更之日起20个工作日内，保持长期公开',
  '即时公开',
  '每季度结束后15日内',
  '每月10日前公开上月数据',
  '每年1月31日前',
  '与政策文件同步发布',
  '主要负责人审核后公开',
  '本级政府财政部门批复后20日内',
  '视情况公开',
];
const DEPARTMENTS = 4;
const YEAR = 2026;

/** The seed catalogue with its rows' time limits drawn from LIMITS in turn; `drop` leaves out a top-level item. */
function catalogue(offset: number, drop?: string): CatalogueJson {
  const c = importCatalogueTextOrThrow(seedText);
  let n = offset;
  const walk = (items: CatalogueJson['items']): void => {
    for (const item of items) {
      for (const r of item.requirements) {
        const t = parseTimeLimit(LIMITS[n++ % LIMITS.length]!);
        r.timeLimit = { raw: t.raw, rule: t.rule, longTerm: t.longTerm, statutoryDefault: t.statutoryDefault };
      }
      walk(item.children);
    }
  };
  walk(c.items);
  if (drop) c.items = c.items.filter((i) => i.name !== drop);
  return c;
}

const day = (rand: () => number, from: string, span: number): string => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor(rand() * span));
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  h = await createApiHarness();
  reviewer = await h.tokenFor('demo-reviewer');
  const em = h.db.orm.em.fork();
  const gov = await em.findOneOrFail(Agency, { code: '150785' });
  const rand = seededRandom(16);
  for (let d = 0; d < DEPARTMENTS; d++) {
    const dept = em.create(Agency, {
      code: `fig-${d}`,
      name: `按时率测试部门${d}`,
      kind: 'DEPARTMENT',
      parent: gov,
      position: 300 + d,
    });
    await em.flush();
    const first = await saveCatalogue(em, dept.id, catalogue(d), { versionLabel: '第一版' });
    await em.execute(
      `update catalogue set status = 'PUBLISHED', published_at = now() - interval '1 day' where id = ?`,
      [first.id],
    );
    // Every row of the first version with its item path and position within the item.
    const rows = await em.execute<Array<{ id: string; path: string[]; position: number }>>(
      `with recursive tree as (
         select id, jsonb_build_array(name) as path from catalogue_item where catalogue_id = ? and parent_id is null
         union all select i.id, t.path || jsonb_build_array(i.name) from catalogue_item i join tree t on i.parent_id = t.id)
       select r.id, t.path, (row_number() over (partition by r.item_id order by r.position, r.id) - 1)::int as position
         from requirement r join tree t on t.id = r.item_id order by t.path::text, r.position, r.id`,
      [first.id],
    );
    const records: Array<{ id: string; kind: string | null; published: string | null }> = [];
    const dropped = rows.filter((r) => r.path[0] === '重点领域');
    for (let i = 0; i < 160; i++) {
      // Some records lost their row (a deleted version): no row, no catalogue; every tenth under the item the second
      // version drops (so nothing judges them in departments with a second version).
      const orphan = i % 10 === 5 || rand() < 0.03;
      const pool = i % 10 === 5 ? dropped : rows;
      const row = pool[Math.floor(rand() * pool.length)]!;
      const x = rand();
      const formed = x < 0.05 ? null : day(rand, x < 0.1 ? '2025-10-01' : x < 0.15 ? '2027-01-01' : '2026-01-01', 340);
      const published =
        rand() < 0.12 ? null : formed ? day(rand, formed, rand() < 0.7 ? 25 : 90) : day(rand, '2026-01-01', 330);
      const period = rand() < 0.2 ? `2026-Q${1 + Math.floor(rand() * 4)}` : rand() < 0.05 ? '2026-07' : null;
      const kind = rand() < 0.1 ? (rand() < 0.5 ? 'NORMATIVE' : 'REGULATION') : null;
      const [made] = await em.execute<Array<{ id: string }>>(
        `insert into publication_record (id, agency_id, requirement_id, catalogue_id, item_key, item_path, row_position,
           status, title, formed_date, published_date, period, document_kind, validity)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [
          dept.id,
          orphan ? null : row.id,
          orphan ? null : first.id,
          row.path.join('›'),
          JSON.stringify(row.path),
          row.position,
          published && rand() < 0.92 ? 'PUBLISHED' : 'DRAFT',
          `记录${i}`,
          formed,
          published,
          period,
          kind,
          kind ? 'IN_FORCE' : null,
        ],
      );
      records.push({ id: made!.id, kind, published });
    }
    // 解读: for most policies a record linked to it, the same day, a few days later, or (once) the year before.
    let once = d === 0;
    for (const p of records.filter((r) => r.kind && r.published)) {
      if (rand() < 0.3) continue;
      const row = rows[0]!;
      const date = once ? '2025-12-30' : day(rand, p.published!, rand() < 0.5 ? 1 : 12);
      once = false;
      const [interpretation] = await em.execute<Array<{ id: string }>>(
        `insert into publication_record (id, agency_id, requirement_id, catalogue_id, item_key, item_path, status, title,
           formed_date, published_date)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, 'PUBLISHED', '解读', ?, ?) returning id`,
        [dept.id, row.id, first.id, row.path.join('›'), JSON.stringify(row.path), date, date],
      );
      await em.execute(
        'insert into record_interpretation (id, agency_id, policy_id, interpretation_id) values (gen_random_uuid(), ?, ?, ?)',
        [dept.id, p.id, interpretation!.id],
      );
    }
    // Half the departments publish a second version without one top-level item: records under it keep the first
    // version's row, the others are judged against the second version's rows with the same path.
    if (d % 2 === 0) {
      const second = await saveCatalogue(em, dept.id, catalogue(d + 1, '重点领域'), { versionLabel: '第二版' });
      await em.execute(`update catalogue set status = 'PUBLISHED', published_at = now() where id = ?`, [second.id]);
    }
  }
});
afterAll(async () => h?.close());

const RECORD = 'id state stateLabel dueDate lateWorkingDays period explanation attachedTo catalogueVersionLabel title';
const CHECKS = `missingPeriods { itemPath rowPosition timeLimitRaw period label dueDate overdue explanation }
  itemsWithNothingPublished { itemPath timeLimits }
  policiesWithoutInterpretation { state dueDate lateWorkingDays explanation policy { id title } }`;
const FIGURES =
  'figures { records judged onTime late overdue onTimeRate onTimeRateText missingPeriods itemsWithNothingPublished policiesWithoutInterpretation }';

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await h.run(query, variables, { token: reviewer });
  if (r.errors) throw new Error(`${r.errors[0]!.message} ${JSON.stringify(r.errors[0]!.extensions)}`);
  return r.data;
}

describe('the office’s figures from lean rows', () => {
  it('equal a department page’s figures and lists, department by department', async () => {
    const view = (
      await ok(
        `query($y: Int!) { officeRecordView(governmentCode: "150785", year: $y) {
        departments { agency { code } ${FIGURES} lateRecords { ${RECORD} } ${CHECKS} } } }`,
        { y: YEAR },
      )
    ).officeRecordView;
    const seen = { late: 0, overdue: 0, missing: 0, policies: 0, filed: 0, none: 0 };
    for (let d = 0; d < DEPARTMENTS; d++) {
      const code = `fig-${d}`;
      const office = view.departments.find((x: any) => x.agency.code === code);
      const page = (
        await ok(
          `query($c: String!, $y: Int!) { agencyRecords(agencyCode: $c, year: $y) {
          ${FIGURES} records { status ${RECORD} } ${CHECKS} } }`,
          { c: code, y: YEAR },
        )
      ).agencyRecords;
      expect(office.figures, code).toEqual(page.figures);
      expect(office.missingPeriods, code).toEqual(page.missingPeriods);
      expect(office.itemsWithNothingPublished, code).toEqual(page.itemsWithNothingPublished);
      expect(office.policiesWithoutInterpretation, code).toEqual(page.policiesWithoutInterpretation);
      const late = page.records
        .filter((r: any) => (r.status === 'PUBLISHED' && r.state === 'LATE') || r.state === 'OVERDUE')
        .map(({ status: _, ...r }: any) => r);
      expect(office.lateRecords, code).toEqual(late);
      seen.late += page.figures.late;
      seen.overdue += page.figures.overdue;
      seen.missing += page.figures.missingPeriods;
      seen.policies += page.figures.policiesWithoutInterpretation;
      seen.filed += page.records.filter((r: any) => r.attachedTo === 'filed').length;
      seen.none += page.records.filter((r: any) => r.attachedTo === 'none').length;
    }
    // The generated set has every case the comparison is about.
    for (const [k, v] of Object.entries(seen)) expect(v, k).toBeGreaterThan(0);
  });

  it('reads no title, URL or channels for the figures, and every column once when a list is asked for', async () => {
    const statements = async (lists: boolean): Promise<string[]> => {
      h.db.queries.length = 0;
      await ok(`query { officeRecordView(governmentCode: "150785", year: ${YEAR}) {
        departments { agency { code } ${FIGURES} ${lists ? 'lateRecords { id title }' : ''} } } }`);
      return h.db.queries.filter((q) => /publication_record/u.test(q));
    };
    const figures = await statements(false);
    expect(figures.filter((q) => /document_number|\burl\b|channels/u.test(q))).toEqual([]);
    const lists = await statements(true);
    expect(lists.length).toBe(figures.length + 1);
    expect(lists.filter((q) => /document_number/u.test(q))).toHaveLength(1);
  });

  it('keeps published catalogues’ rows between requests, and reads a version published since', async () => {
    const office = async (): Promise<{ figures: unknown; rowsRead: boolean }> => {
      h.db.queries.length = 0;
      const view =
        await ok(`query { officeRecordView(governmentCode: "150785", year: ${YEAR}, departmentCode: "fig-1") {
        departments { ${FIGURES} ${CHECKS} } } }`);
      return {
        figures: view.officeRecordView.departments[0],
        rowsRead: h.db.queries.some((q) => /from catalogue_item/u.test(q)),
      };
    };
    const page = async (): Promise<unknown> =>
      (await ok(`query { agencyRecords(agencyCode: "fig-1", year: ${YEAR}) { ${FIGURES} ${CHECKS} } }`)).agencyRecords;
    await office();
    const kept = await office();
    expect(kept.rowsRead).toBe(false);
    expect(kept.figures).toEqual(await page());
    // A second version without one top-level item, published since: read once, then kept again.
    const em = h.db.orm.em.fork();
    const dept = await em.findOneOrFail(Agency, { code: 'fig-1' });
    const second = await saveCatalogue(em, dept.id, catalogue(3, '重点领域'), { versionLabel: '第二版' });
    await em.execute(`update catalogue set status = 'PUBLISHED', published_at = now() where id = ?`, [second.id]);
    const fresh = await office();
    expect(fresh.rowsRead).toBe(true);
    expect(fresh.figures).toEqual(await page());
    expect(fresh.figures).not.toEqual(kept.figures);
    expect((await office()).rowsRead).toBe(false);
  });

  it('gives one department’s lists when asked for by code, and refuses a code that is not its department', async () => {
    const one = (
      await ok(`query { officeRecordView(governmentCode: "150785", year: ${YEAR}, departmentCode: "fig-1") {
        departments { agency { code } ${FIGURES} lateRecords { id } } } }`)
    ).officeRecordView;
    expect(one.departments.map((d: any) => d.agency.code)).toEqual(['fig-1']);
    expect(one.departments[0].lateRecords.length).toBe(
      one.departments[0].figures.late + one.departments[0].figures.overdue,
    );
    const r = await h.run(
      `query { officeRecordView(governmentCode: "150785", year: ${YEAR}, departmentCode: "150785") { year } }`,
      {},
      { token: reviewer },
    );
    expect(r.errors?.[0]).toMatchObject({
      message: '「150785」不是根河市人民政府的下属部门',
      extensions: { code: 'BAD_USER_INPUT', field: 'departmentCode' },
    });
  });
});
