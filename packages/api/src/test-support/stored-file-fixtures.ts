/**
 * Attachments for the schema-walking tests (access.test.ts, fuzz.test.ts): a small PDF, and a fresh reply letter
 * on the shared 依申请公开 case per call (written as the owner; for deletions).
 */
import { randomUUID } from 'node:crypto';
import type { TestDatabase } from '../../../db/src/test-support/test-database.js';
import { applicationFixture } from './application-fixtures.js';

export const SAMPLE_PDF_BASE64 = Buffer.from('%PDF-1.7\n% 答复书\ntrailer << >>\n%%EOF\n', 'utf8').toString('base64');

export async function freshStoredFile(db: TestDatabase): Promise<{ caseId: string; fileId: string }> {
  const { caseId } = await applicationFixture(db);
  const fileId = randomUUID();
  await db.orm.em.fork().execute(
    `insert into stored_file (id, agency_id, owner_kind, owner_id, file_name, media_type, size, sha256, bytes)
       select ?, agency_id, 'applicationReply', id, '答复书.pdf', 'application/pdf', 5, 'x', '\\x255044462d'::bytea from application_case where id = ?`,
    [fileId, caseId],
  );
  return { caseId, fileId };
}
