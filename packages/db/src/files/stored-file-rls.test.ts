import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../entities.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { schemaDrift } from '../test-support/schema-drift.js';
import { StoredFile } from './stored-file-entities.js';

// Stored files (the reply letter of a 依申请公开 case) are read and written only inside their own agency
// (gongkai.personal): not by the office's read scope over the government, not by 'all', not by another department.
let db: TestDatabase;
let sfj: string;
let mzj: string;
const fileId = randomUUID();
const caseId = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  const em = db.orm.em.fork();
  sfj = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  mzj = (await em.findOneOrFail(Agency, { code: '150785-mzj' })).id;
  await em.execute(
    "insert into stored_file (id, agency_id, owner_kind, owner_id, file_name, media_type, size, sha256, bytes) values (?, ?, 'applicationReply', ?, '答复书.pdf', 'application/pdf', 8, 'x', '\\x255044462d312e37'::bytea)",
    [fileId, sfj, caseId],
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
const count = (tx: Tx): Promise<number> =>
  tx.execute('select count(*)::int as n from stored_file').then((r) => r[0]!.n as number);

describe('row-level security of stored files', () => {
  it('matches its entity (no schema drift)', async () => {
    expect(await schemaDrift(db.orm)).toBe('');
  });

  it('is read inside its agency only: never by the office’s scope, by all, or by another department', async () => {
    await asApp({ 'gongkai.read': sfj, 'gongkai.personal': sfj }, async (tx) => {
      expect(await count(tx)).toBe(1);
      const file = await tx.findOneOrFail(StoredFile, fileId, { populate: ['bytes'] });
      expect(Buffer.from(file.bytes).toString('latin1')).toBe('%PDF-1.7');
    });
    for (const read of [sfj, `${mzj},${sfj}`, 'all', `tree:${sfj}`])
      await asApp({ 'gongkai.read': read, 'gongkai.write': read, 'gongkai.personal': '' }, async (tx) => {
        expect(await count(tx)).toBe(0);
      });
    await asApp({ 'gongkai.read': mzj, 'gongkai.personal': mzj }, async (tx) => expect(await count(tx)).toBe(0));
    await asApp({ 'gongkai.read': 'all', 'gongkai.personal': 'all' }, async (tx) => expect(await count(tx)).toBe(0));
  });

  it('refuses writes outside the personal scope or without the write scope', async () => {
    const insert = (tx: Tx, agency: string) =>
      tx.execute(
        "insert into stored_file (id, agency_id, owner_kind, owner_id, file_name, media_type, size, sha256, bytes) values (?, ?, 'applicationReply', ?, 'a.pdf', 'application/pdf', 1, 'x', '\\x25'::bytea)",
        [randomUUID(), agency, caseId],
      );
    // The office (write scope all, no personal scope) cannot add one.
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': 'all', 'gongkai.personal': '' }, (tx) => insert(tx, sfj)),
    ).rejects.toThrow(/row-level security/u);
    // A read-only user of the agency (personal scope, no write scope) cannot either.
    await expect(
      asApp({ 'gongkai.read': sfj, 'gongkai.write': '', 'gongkai.personal': sfj }, (tx) => insert(tx, sfj)),
    ).rejects.toThrow(/row-level security/u);
    // Another department cannot file one under this agency.
    await expect(
      asApp({ 'gongkai.read': mzj, 'gongkai.write': mzj, 'gongkai.personal': mzj }, (tx) => insert(tx, sfj)),
    ).rejects.toThrow(/row-level security/u);
    // Nor delete this agency's (the row is invisible: nothing deleted).
    await expect(
      asApp({ 'gongkai.read': 'all', 'gongkai.write': 'all', 'gongkai.personal': mzj }, (tx) =>
        tx.execute('delete from stored_file returning id'),
      ),
    ).resolves.toEqual([]);
    // Inside the agency, with the write scope, it may.
    await asApp({ 'gongkai.read': sfj, 'gongkai.write': sfj, 'gongkai.personal': sfj }, (tx) => insert(tx, sfj));
    const [row] = await db.orm.em.fork().execute('select count(*)::int as n from stored_file');
    expect(row).toEqual({ n: 2 });
  });
});
