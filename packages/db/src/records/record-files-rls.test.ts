import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../entities.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { schemaDrift } from '../test-support/schema-drift.js';

// Attachments of 主动公开 records (Migration20261203050000RecordFiles) follow their record: the department reads and
// writes them, the office above it reads them, anonymous visitors read a published record's only; another
// department neither reads nor writes them. A case's reply letter stays the agency's alone.
let db: TestDatabase;
let gov: string;
let sfj: string;
let mzj: string;
const published = randomUUID();
const draft = randomUUID();
const mzjRecord = randomUUID();
const publishedFile = randomUUID();
const draftFile = randomUUID();
const letter = randomUUID();

const FILE_SQL =
  "insert into stored_file (id, agency_id, owner_kind, owner_id, file_name, media_type, size, sha256, bytes) values (?, ?, ?, ?, 'a.pdf', 'application/pdf', 5, 'x', '\\x255044462d'::bytea)";

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  const em = db.orm.em.fork();
  gov = (await em.findOneOrFail(Agency, { code: '150785' })).id;
  sfj = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  mzj = (await em.findOneOrFail(Agency, { code: '150785-mzj' })).id;
  for (const [id, agency, status] of [
    [published, sfj, 'PUBLISHED'],
    [draft, sfj, 'DRAFT'],
    [mzjRecord, mzj, 'DRAFT'],
  ] as const)
    await em.execute(
      `insert into publication_record (id, agency_id, item_key, item_path, status, title) values (?, ?, '履职依据', '["履职依据"]', ?, '记录')`,
      [id, agency, status],
    );
  await em.execute(FILE_SQL, [publishedFile, sfj, 'publicationRecord', published]);
  await em.execute(FILE_SQL, [draftFile, sfj, 'publicationRecord', draft]);
  await em.execute(FILE_SQL, [letter, sfj, 'applicationReply', randomUUID()]);
});
afterAll(async () => db?.close());

type Tx = Parameters<Parameters<TestDatabase['appOrm']['em']['transactional']>[0]>[0];
async function asApp<T>(settings: Record<string, string>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.appOrm.em.fork().transactional(async (tx) => {
    for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
    return fn(tx);
  });
}
const visible = (tx: Tx): Promise<string[]> =>
  tx
    .execute<Array<{ id: string }>>('select id from stored_file order by id')
    .then((rows) => rows.map((r) => r.id).sort());
const insert = (tx: Tx, agency: string, owner: string, kind = 'publicationRecord') =>
  tx.execute(FILE_SQL, [randomUUID(), agency, kind, owner]);

const dept = (a: string, write = a) => ({
  'gongkai.read': a,
  'gongkai.write': write,
  'gongkai.personal': a,
  'gongkai.public': 'off',
});
const office = () => ({
  'gongkai.read': `tree:${gov}`,
  'gongkai.write': `tree:${gov}`,
  'gongkai.personal': '',
  'gongkai.public': 'off',
});
const anonymous = { 'gongkai.read': '', 'gongkai.write': '', 'gongkai.personal': '', 'gongkai.public': 'on' };

describe('row-level security of record attachments', () => {
  it('matches its entity (no schema drift)', async () => {
    expect(await schemaDrift(db.orm)).toBe('');
  });

  it('lets the department read its records’ files (and its reply letter), and write them', async () => {
    await asApp(dept(sfj), async (tx) => {
      expect(await visible(tx)).toEqual([publishedFile, draftFile, letter].sort());
      await insert(tx, sfj, draft);
    });
  });

  it('lets the office read the records’ files but not the reply letter', async () => {
    await asApp(office(), async (tx) => {
      const v = await visible(tx);
      expect(v).toHaveLength(3); // the two made first and the department's own upload above
      expect(v).toEqual(expect.arrayContaining([publishedFile, draftFile]));
      expect(v).not.toContain(letter);
    });
  });

  it('shows anonymous visitors a published record’s file only', async () => {
    await asApp(anonymous, async (tx) => expect(await visible(tx)).toEqual([publishedFile]));
    await expect(asApp(anonymous, (tx) => insert(tx, sfj, published))).rejects.toThrow(/row-level security/u);
  });

  it('keeps another department from reading or writing them', async () => {
    await asApp(dept(mzj), async (tx) => expect(await visible(tx)).toEqual([]));
    // Not under 司法局, not under its own agency with 司法局's record as the owner, not by deleting.
    await expect(asApp(dept(mzj), (tx) => insert(tx, sfj, published))).rejects.toThrow(/row-level security/u);
    await expect(asApp(dept(mzj), (tx) => insert(tx, mzj, published))).rejects.toThrow(/row-level security/u);
    await expect(
      asApp(dept(mzj), (tx) => tx.execute('delete from stored_file where id = ? returning id', [publishedFile])),
    ).resolves.toEqual([]);
    // A reader of 司法局 without the write scope cannot add one either; its own record's file it can.
    await expect(asApp(dept(sfj, ''), (tx) => insert(tx, sfj, published))).rejects.toThrow(/row-level security/u);
    await asApp(dept(mzj), (tx) => insert(tx, mzj, mzjRecord));
    // Nor can a file pretend to be a reply letter to reach around the record rules (personal scope needed).
    await expect(asApp(office(), (tx) => insert(tx, sfj, published, 'applicationReply'))).rejects.toThrow(
      /row-level security/u,
    );
  });

  it('deletes a record’s files with the record', async () => {
    const count = async (owner: string): Promise<number> =>
      (
        await db.orm.em
          .fork()
          .execute<Array<{ n: number }>>('select count(*)::int as n from stored_file where owner_id = ?', [owner])
      )[0]!.n;
    expect(await count(draft)).toBe(2);
    await asApp(dept(sfj), (tx) => tx.execute('delete from publication_record where id = ?', [draft]));
    expect(await count(draft)).toBe(0);
    expect(await count(published)).toBe(1);
  });
});
