import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agency, User } from '../entities.js';
import { loadDemoDataIfEmpty } from '../demo-data.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { schemaDrift } from '../test-support/schema-drift.js';
import { insertNotices, markNoticeRead, noticesOf, reminderSummaries } from './notice-store.js';

// Notices (催报) are read by the department they are for and by the office above it — never by another department —
// and written only within the write scope; a read mark takes the notice's own agency.
let db: TestDatabase;
let sfj: string;
let mzj: string;
let gov: string;
let sfjEditor: string;
let mzjEditor: string;
const noticeId = randomUUID();

type Tx = Parameters<Parameters<TestDatabase['appOrm']['em']['transactional']>[0]>[0];
async function asApp<T>(settings: Record<string, string>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.appOrm.em.fork().transactional(async (tx) => {
    for (const [k, v] of Object.entries(settings)) await tx.execute('select set_config(?, ?, true)', [k, v]);
    return fn(tx);
  });
}
const count = (tx: Tx, table = 'notice'): Promise<number> =>
  tx.execute(`select count(*)::int as n from ${table}`).then((r) => r[0]!.n as number);
const notice = (agencyId: string, id = randomUUID()) => ({
  id,
  agencyId,
  year: 2025,
  title: '请报送 2025 年度政府信息公开工作年度报告',
  message: '附言 \'引号\' "双引号" 与 {花括号}',
  senderAgencyId: gov,
  senderLogin: 'demo-reviewer',
  senderName: '审核员',
  mailState: 'NONE' as const,
  mailRecipients: 0,
});

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.orm.em.fork());
  const em = db.orm.em.fork();
  sfj = (await em.findOneOrFail(Agency, { code: '150785-sfj' })).id;
  mzj = (await em.findOneOrFail(Agency, { code: '150785-mzj' })).id;
  gov = (await em.findOneOrFail(Agency, { code: '150785' })).id;
  sfjEditor = (await em.findOneOrFail(User, { login: 'sfj-editor' })).id;
  mzjEditor = (await em.findOneOrFail(User, { login: 'mzj-editor' })).id;
  // The office (its write scope: the government's subtree) sends one to 司法局.
  await asApp({ 'gongkai.read': `tree:${gov}`, 'gongkai.write': `tree:${gov}` }, (tx) =>
    insertNotices(tx, [notice(sfj, noticeId)]),
  );
});
afterAll(async () => db?.close());

describe('row-level security of notices', () => {
  it('matches its entities (no schema drift)', async () => {
    expect(await schemaDrift(db.orm)).toBe('');
  });

  it('is read by its department and the office above it, never by another department', async () => {
    await asApp({ 'gongkai.read': sfj }, async (tx) => {
      const mine = await noticesOf(tx, sfj, sfjEditor, 10);
      expect(mine).toMatchObject({ unread: 1, total: 1 });
      expect(mine.items[0]).toMatchObject({ id: noticeId, agencyCode: '150785-sfj', message: notice(sfj).message });
    });
    await asApp({ 'gongkai.read': `tree:${gov}` }, async (tx) => expect(await count(tx)).toBe(1));
    await asApp({ 'gongkai.read': mzj }, async (tx) => {
      expect(await count(tx)).toBe(0);
      // Asking for 司法局's notices by id or agency gives nothing either.
      expect((await noticesOf(tx, sfj, mzjEditor, 10)).items).toEqual([]);
      expect(await markNoticeRead(tx, noticeId, mzjEditor, sfj)).toBeNull();
    });
    const [marks] = await db.orm.em.fork().execute('select count(*)::int as n from notice_read');
    expect(marks).toEqual({ n: 0 });
  });

  it('a read mark is kept once per user, with the notice’s agency; another department’s write scope adds none', async () => {
    await asApp({ 'gongkai.read': sfj, 'gongkai.write': '' }, async (tx) => {
      const first = await markNoticeRead(tx, noticeId, sfjEditor, sfj);
      const again = await markNoticeRead(tx, noticeId, sfjEditor, sfj);
      expect(first!.readAt).not.toBeNull();
      expect(again!.readAt).toEqual(first!.readAt);
      expect((await noticesOf(tx, sfj, sfjEditor, 10)).unread).toBe(0);
      expect(await count(tx, 'notice_read')).toBe(1);
    });
    const [row] = await db.orm.em.fork().execute('select agency_id from notice_read');
    expect(row!.agency_id).toBe(sfj);
  });

  it('is written only within the write scope: a department cannot send one to another, nor change another’s', async () => {
    await expect(
      asApp({ 'gongkai.read': mzj, 'gongkai.write': mzj }, (tx) => insertNotices(tx, [notice(sfj)])),
    ).rejects.toThrow(/row-level security/u);
    await expect(
      asApp({ 'gongkai.read': sfj, 'gongkai.write': '' }, (tx) => insertNotices(tx, [notice(sfj)])),
    ).rejects.toThrow(/row-level security/u);
    const changed = await asApp({ 'gongkai.read': mzj, 'gongkai.write': mzj }, (tx) =>
      tx.execute(`update notice set title = 'x' returning id`),
    );
    expect(changed).toEqual([]);
  });

  it('sums the year’s reminders per department for the office', async () => {
    await asApp({ 'gongkai.read': `tree:${gov}`, 'gongkai.write': `tree:${gov}` }, (tx) =>
      insertNotices(tx, [notice(sfj), notice(mzj)]),
    );
    const rows = await asApp({ 'gongkai.read': `tree:${gov}` }, (tx) => reminderSummaries(tx, gov, 2025));
    expect(rows.map((r) => [r.agencyCode, r.count])).toEqual([
      ['150785-mzj', 1],
      ['150785-sfj', 2],
    ]);
    expect(await asApp({ 'gongkai.read': mzj }, (tx) => reminderSummaries(tx, gov, 2025))).toMatchObject([
      { agencyCode: '150785-mzj', count: 1 },
    ]);
  });
});
