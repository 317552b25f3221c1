/**
 * 催报 (issue 17): the office reminds departments that have not filed; each gets a notice its users see and open, an
 * audit entry named by department and year, and — with a mail server set — an e-mail, tested against a real SMTP
 * server (smtp-server) on this machine; a failed mail is recorded on the notice and never undoes it.
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { Agency } from '@gongkai/db';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';
import { mailSettled } from './mailer.js';

let h: ApiHarness;
const sql = (query: string, params: unknown[] = []) => h.db.orm.em.fork().execute(query, params);

interface Received {
  from: string;
  to: string[];
  raw: string;
}
let smtp: SMTPServer | null = null;
let received: Received[] = [];

/** A real SMTP server on a free loopback port that asks for a user name and password and keeps what it receives. */
async function startSmtp(): Promise<number> {
  received = [];
  smtp = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, cb) {
      if (auth.username === 'gongkai' && auth.password === 's3cret') cb(null, { user: 'gongkai' });
      else cb(new Error('535 认证失败'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp!.listen(0, '127.0.0.1', resolve));
  return (smtp.server.address() as AddressInfo).port;
}

/** A loopback port nobody listens on (a mail server that is down). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** The subject header, its MIME encoded words decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject:(.*(?:\r?\n[ \t].*)*)/mu.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/gu, ' ')
    .replace(/\?=\s+=\?/gu, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/giu, (_m, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/gu, ' ')
              .replace(/=([0-9A-F]{2})/giu, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
}

async function as(login: string, query: string, variables: Record<string, unknown> = {}) {
  return h.run(query, variables, { token: await h.tokenFor(login) });
}

const SEND = `mutation($gov: String!, $year: Int!, $codes: [String!], $message: String) {
  sendReportReminders(governmentCode: $gov, year: $year, agencyCodes: $codes, message: $message) {
    count mailConfigured notices { id agencyCode title message mailState } } }`;
const MINE = '{ myNotices { unread total items { id title message read kindLabel senderName link mailStateLabel } } }';
const SUMMARY = `query($year: Int!) { reportReminders(governmentCode: "150785", year: $year) {
  agencyCode count lastAt lastMailState lastMailStateLabel lastMailError lastReadBy } }`;

const noticeCount = async (): Promise<number> => Number((await sql('select count(*)::int as n from notice'))[0]!.n);

beforeAll(async () => {
  h = await createApiHarness();
});
afterEach(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await mailSettled();
  if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
  smtp = null;
});
afterAll(async () => h?.close());

describe('催报', () => {
  it('the office reminds one department: its users see the notice and open it; nobody else sees it', async () => {
    const sent = await as('demo-reviewer', SEND, {
      gov: '150785',
      year: 2024,
      codes: ['150785-mzj'],
      message: '请于本周五前报送',
    });
    expect(sent.errors).toBeUndefined();
    expect((sent.data as any).sendReportReminders).toMatchObject({
      count: 1,
      mailConfigured: false,
      notices: [{ agencyCode: '150785-mzj', message: '请于本周五前报送', mailState: 'NONE' }],
    });
    const mine = (await as('mzj-editor', MINE)).data as any;
    expect(mine.myNotices.unread).toBe(1);
    const notice = mine.myNotices.items[0];
    expect(notice).toMatchObject({
      read: false,
      kindLabel: '催报',
      message: '请于本周五前报送',
      link: '/agencies/150785-mzj/reports/2024',
    });
    expect(notice.title).toContain('2024 年度');
    // Another department and the office's own list: nothing.
    expect(((await as('sfj-editor', MINE)).data as any).myNotices).toEqual({ unread: 0, total: 0, items: [] });
    expect(((await as('demo-reviewer', MINE)).data as any).myNotices.total).toBe(0);
    // Another department cannot open it; the department's editor can, once.
    const MARK = 'mutation($id: ID!) { markNoticeRead(id: $id) { id read readAt } }';
    const stranger = await as('sfj-editor', MARK, { id: notice.id });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const opened = await as('mzj-editor', MARK, { id: notice.id });
    expect((opened.data as any).markNoticeRead.read).toBe(true);
    expect(((await as('mzj-editor', MINE)).data as any).myNotices.unread).toBe(0);
    // The office sees the reminder on its dashboard: one, read by one user, no mail.
    const summary = ((await as('demo-reviewer', SUMMARY, { year: 2024 })).data as any).reportReminders;
    expect(summary).toEqual([
      expect.objectContaining({ agencyCode: '150785-mzj', count: 1, lastReadBy: 1, lastMailStateLabel: '未发邮件' }),
    ]);
    // Recorded in the audit log, in Chinese, named by department and year.
    const log = await as(
      'demo-reviewer',
      '{ auditLog(operation: "sendReportReminders") { entries { operationLabel objectTypeLabel objectName } } }',
    );
    expect((log.data as any).auditLog.entries).toContainEqual({
      operationLabel: '催报',
      objectTypeLabel: '催报通知',
      objectName: '根河市民政局 2024 年度报告',
    });
  });

  it('refuses the whole sending when a department named has filed, or the message is too long — nothing written', async () => {
    const before = await noticeCount();
    const filed = await as('demo-reviewer', SEND, {
      gov: '150785',
      year: 2024,
      codes: ['150785-mzj', '150785-sfj', '150785-czj'],
    });
    expect(filed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(filed.errors?.[0]?.message).toBe(
      '以下部门已报送 2024 年度报告，无需催报：根河市司法局、根河市财政局（未发出任何催报）',
    );
    const long = await as('demo-reviewer', SEND, { gov: '150785', year: 2024, codes: null, message: '催'.repeat(501) });
    expect(long.errors?.[0]).toMatchObject({
      message: '附言：最多 500 个字，现有 501 个字',
      extensions: { field: 'message' },
    });
    const strange = await as('demo-reviewer', SEND, { gov: '150785', year: 2024, codes: ['150785'] });
    expect(strange.errors?.[0]?.message).toContain('不是根河市人民政府的部门');
    expect(await noticeCount()).toBe(before);
  });

  it('「全部未报送」reminds every department without a filed report, in one transaction', async () => {
    const before = await noticeCount();
    // The audit entry of one department cannot be written: the whole request is undone, no notice remains.
    const jyj = (await h.db.orm.em.fork().findOneOrFail(Agency, { code: '150785-jyj' })).id;
    await sql(`create function refuse_jyj() returns trigger language plpgsql as $$ begin
        if new.operation = 'sendReportReminder' and new.agency_id = '${jyj}' then raise exception 'refused'; end if;
        return new; end $$`);
    await sql('create trigger refuse_jyj before insert on audit_log for each row execute function refuse_jyj()');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const failed = await as('demo-reviewer', SEND, { gov: '150785', year: 2024 });
      expect(failed.errors).toBeDefined();
      expect(await noticeCount()).toBe(before);
    } finally {
      quiet.mockRestore();
      await sql('drop trigger refuse_jyj on audit_log');
      await sql('drop function refuse_jyj()');
    }
    const all = await as('demo-reviewer', SEND, { gov: '150785', year: 2024 });
    const codes = (all.data as any).sendReportReminders.notices.map((n: { agencyCode: string }) => n.agencyCode);
    const [row] = await sql(
      "select count(*)::int as n from agency where kind = 'DEPARTMENT' and parent_id = (select id from agency where code = '150785')",
    );
    const departments = Number(row!.n);
    // 司法局 (已审核通过) and 财政局 (已报送) have filed; every other department is reminded.
    expect(codes).not.toContain('150785-sfj');
    expect(codes).not.toContain('150785-czj');
    expect(codes).toContain('150785-mzj');
    expect(codes).toHaveLength(departments - 2);
    expect(await noticeCount()).toBe(before + departments - 2);
  });

  it('only the office and the administrator send, and only inside their own government', async () => {
    const em = h.db.orm.em.fork();
    const other = em.create(Agency, { code: 'other-gov', name: '另一市人民政府', kind: 'GOVERNMENT', parent: null });
    em.create(Agency, { code: 'other-dept', name: '另一市民政局', kind: 'DEPARTMENT', parent: other });
    await em.flush();
    const before = await noticeCount();
    for (const vars of [
      { gov: 'other-gov', year: 2024, codes: null },
      { gov: '150785', year: 2024, codes: ['other-dept'] },
    ]) {
      const r = await as('demo-reviewer', SEND, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const login of ['mzj-editor', 'sfj-approver', 'sfj-viewer']) {
      const r = await as(login, SEND, { gov: '150785', year: 2024, codes: ['150785-mzj'] });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await noticeCount()).toBe(before);
    // The administrator may send anywhere (its department has not filed).
    const admin = await as('demo-admin', SEND, { gov: 'other-gov', year: 2024 });
    expect((admin.data as any).sendReportReminders.count).toBe(1);
  });

  it('mails the department’s users who have an address through the SMTP server, after the commit', async () => {
    const port = await startSmtp();
    process.env.SMTP_URL = `smtp://gongkai:s3cret@127.0.0.1:${port}`;
    process.env.MAIL_FROM = 'gongkai@genhe.gov.cn';
    // The administrator gives 民政局's editor an address (the user form's new field); a bad one is refused.
    const editorId = String((await sql("select id from app_user where login = 'mzj-editor'"))[0]!.id);
    const UPDATE = 'mutation($id: ID!, $email: String) { updateUser(id: $id, input: { email: $email }) { email } }';
    const bad = await as('demo-admin', UPDATE, { id: editorId, email: 'mzj at genhe' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
    expect(bad.errors?.[0]?.message).toMatch(/^电子邮箱：/u);
    const ok = await as('demo-admin', UPDATE, { id: editorId, email: ' mzj-editor@genhe.gov.cn ' });
    expect((ok.data as any).updateUser.email).toBe('mzj-editor@genhe.gov.cn');

    const sent = await as('demo-reviewer', SEND, {
      gov: '150785',
      year: 2024,
      codes: ['150785-mzj', '150785-jyj'],
      message: '请尽快报送',
    });
    const notices = (sent.data as any).sendReportReminders.notices as Array<{ agencyCode: string; mailState: string }>;
    expect(notices.map((n) => [n.agencyCode, n.mailState])).toEqual([
      ['150785-mzj', 'PENDING'],
      ['150785-jyj', 'NONE'], // nobody of 教育局 has an address
    ]);
    await mailSettled();
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe('gongkai@genhe.gov.cn');
    expect(received[0]!.to).toEqual(['mzj-editor@genhe.gov.cn']);
    expect(subjectOf(received[0]!.raw)).toBe('【催报】根河市民政局：请报送 2024 年度政府信息公开工作年度报告');
    const summary = ((await as('demo-reviewer', SUMMARY, { year: 2024 })).data as any).reportReminders;
    expect(summary.find((s: { agencyCode: string }) => s.agencyCode === '150785-mzj')).toMatchObject({
      lastMailState: 'SENT',
      lastMailStateLabel: '邮件已发送',
    });
  });

  it('a mail that fails is recorded on the notice (「邮件发送失败」), which stays', async () => {
    process.env.SMTP_URL = `smtp://gongkai:s3cret@127.0.0.1:${await closedPort()}`;
    process.env.MAIL_FROM = 'gongkai@genhe.gov.cn';
    const before = await noticeCount();
    const sent = await as('demo-reviewer', SEND, { gov: '150785', year: 2024, codes: ['150785-mzj'] });
    expect(sent.errors).toBeUndefined();
    await mailSettled();
    expect(await noticeCount()).toBe(before + 1);
    const summary = ((await as('demo-reviewer', SUMMARY, { year: 2024 })).data as any).reportReminders;
    const mzj = summary.find((s: { agencyCode: string }) => s.agencyCode === '150785-mzj');
    expect(mzj).toMatchObject({ lastMailState: 'FAILED', lastMailStateLabel: '邮件发送失败' });
    expect(mzj.lastMailError).toBeTruthy();
    expect(mzj.lastMailError).not.toContain('s3cret');
    // The department still has its notice, unread.
    expect(((await as('mzj-editor', MINE)).data as any).myNotices.unread).toBeGreaterThanOrEqual(1);
  });
});
