import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../entities.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { loadOpenCases, readApplicants, saveApplicant } from './application-store.js';

// The applicants' personal data, below the application (issue 15): the office's scope (gongkai.read over many
// agencies, even 'all') reads the cases but never the applicant rows; only the agency's own `gongkai.personal` does.
let db: TestDatabase;
let sfj: string;
let mzj: string;
const caseId = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  const em = db.orm.em.fork();
  sfj = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  mzj = (await em.findOneOrFail(Agency, { code: '150785-mzj' })).id;
  await em.execute(
    "insert into application_case (id, agency_id, received_on, applicant_kind, subject) values (?, ?, '2026-02-10', 'natural', '某项目批复')",
    [caseId, sfj],
  );
  await em.execute(
    "insert into application_applicant (case_id, agency_id, name, contact) values (?, ?, '张三', '13800000000')",
    [caseId, sfj],
  );
});
afterAll(async () => db?.close());

type Tx = Parameters<Parameters<TestDatabase['appOrm']['em']['transactional']>[0]>[0];
async function asApp<T>(settings: Record<string, string>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.appOrm.em.fork().transactional(async (tx) => {
    for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
    return fn(tx);
  });
}
const count = (tx: Tx, sql: string) => tx.execute(sql).then((r) => r[0]!.n as number);

describe('row-level security of the application register', () => {
  it('lets the office’s scope count the cases but read no applicant, even unscoped or with every agency', async () => {
    for (const read of [sfj, `${mzj},${sfj}`, 'all']) {
      await asApp({ 'gongkai.read': read, 'gongkai.write': read, 'gongkai.personal': '' }, async (tx) => {
        expect(await count(tx, 'select count(*)::int as n from application_case')).toBe(1);
        expect(await count(tx, 'select count(*)::int as n from application_applicant')).toBe(0);
        expect(await readApplicants(tx as never, [caseId])).toEqual(new Map());
        expect((await loadOpenCases(tx as never, [sfj])).map((c) => c.id)).toEqual([caseId]);
      });
    }
  });

  it('shows the applicant inside the agency only', async () => {
    await asApp({ 'gongkai.read': sfj, 'gongkai.personal': sfj }, async (tx) => {
      expect(await readApplicants(tx as never, [caseId])).toEqual(
        new Map([[caseId, { name: '张三', contact: '13800000000' }]]),
      );
    });
    // Another department, with its own personal scope: neither the case nor the applicant.
    await asApp({ 'gongkai.read': mzj, 'gongkai.personal': mzj }, async (tx) => {
      expect(await count(tx, 'select count(*)::int as n from application_case')).toBe(0);
      expect(await count(tx, 'select count(*)::int as n from application_applicant')).toBe(0);
    });
    // 'all' means nothing for the personal scope.
    await asApp({ 'gongkai.read': 'all', 'gongkai.personal': 'all' }, async (tx) => {
      expect(await count(tx, 'select count(*)::int as n from application_applicant')).toBe(0);
    });
  });

  it('refuses to write personal data outside the personal scope, or under another agency', async () => {
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': 'all', 'gongkai.personal': '' }, (tx) =>
        saveApplicant(tx as never, sfj, caseId, { name: '李四', contact: '' }),
      ),
    ).rejects.toThrow(/row-level security/u);
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': 'all', 'gongkai.personal': '' }, (tx) =>
        tx.execute("update application_applicant set name = '李四' returning case_id"),
      ),
    ).resolves.toEqual([]);
    // A department cannot file its own applicant row against another agency's case.
    await expect(
      asApp({ 'gongkai.read': mzj, 'gongkai.write': mzj, 'gongkai.personal': mzj }, (tx) =>
        tx.execute("insert into application_applicant (case_id, agency_id, name) values (?, ?, '王五')", [caseId, mzj]),
      ),
    ).rejects.toThrow(/foreign key|violates/u);
    // Inside the agency it may change it.
    await asApp({ 'gongkai.read': sfj, 'gongkai.write': sfj, 'gongkai.personal': sfj }, (tx) =>
      saveApplicant(tx as never, sfj, caseId, { name: '张三', contact: '13900000000' }),
    );
    const [row] = await db.orm.em
      .fork()
      .execute('select contact from application_applicant where case_id = ?', [caseId]);
    expect(row).toEqual({ contact: '13900000000' });
  });
});
