/**
 * 依申请公开 test objects for the schema-walking tests (access.test.ts, fuzz.test.ts): a case of 根河市司法局 with its
 * applicant and a review record, written as the owner; `fresh*` make a new one per call (for deletions).
 */
import { randomUUID } from 'node:crypto';
import { writeRegisterXlsx } from '@gongkai/exchange';
import type { TestDatabase } from '../../../db/src/test-support/test-database.js';

const SFJ = '150785-sfj';
const made = new WeakMap<TestDatabase, { caseId: string; reviewId: string }>();

export async function freshApplicationCase(db: TestDatabase): Promise<string> {
  const em = db.orm.em.fork();
  const id = randomUUID();
  await em.execute(
    `insert into application_case (id, agency_id, received_on, receipt_way, applicant_kind, subject)
     select ?, id, '2026-02-10', 'online', 'natural', '测试申请' from agency where code = ?`,
    [id, SFJ],
  );
  await em.execute(
    `insert into application_applicant (case_id, agency_id, name, contact) select ?, id, '测试申请人', '13800000000' from agency where code = ?`,
    [id, SFJ],
  );
  return id;
}

export async function freshReviewRecord(db: TestDatabase, caseId: string | null = null): Promise<string> {
  const id = randomUUID();
  await db.orm.em
    .fork()
    .execute(
      `insert into application_review (id, agency_id, case_id, kind, filed_on) select ?, id, ?, 'review', '2025-03-01' from agency where code = ?`,
      [id, caseId, SFJ],
    );
  return id;
}

/** The shared case and record (made again if a test deleted them). */
export async function applicationFixture(db: TestDatabase): Promise<{ caseId: string; reviewId: string }> {
  const known = made.get(db);
  if (known) {
    const [row] = await db.orm.em
      .fork()
      .execute<Array<{ c: number; r: number }>>(
        'select (select count(*) from application_case where id = ?)::int as c, (select count(*) from application_review where id = ?)::int as r',
        [known.caseId, known.reviewId],
      );
    if (row && row.c === 1 && row.r === 1) return known;
  }
  const caseId = known && (await caseExists(db, known.caseId)) ? known.caseId : await freshApplicationCase(db);
  const reviewId = await freshReviewRecord(db, caseId);
  const out = { caseId, reviewId };
  made.set(db, out);
  return out;
}

async function caseExists(db: TestDatabase, id: string): Promise<boolean> {
  const rows = await db.orm.em.fork().execute('select 1 from application_case where id = ?', [id]);
  return rows.length === 1;
}

/** A one-row register workbook (base64) the import reads. */
export async function registerWorkbookBase64(): Promise<string> {
  return (
    await writeRegisterXlsx({
      title: '依申请公开登记',
      header: ['编号', '收到申请日期', '申请人类型', '答复日期', '办理结果'],
      rows: [['探针-1', '2026-02-10', '自然人', '2026-03-02', '予以公开']],
    })
  ).toString('base64');
}
