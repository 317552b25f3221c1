/**
 * 催报 e-mail (issue 17) through the SMTP server the environment names: SMTP_URL (smtp://user:pass@host:587, or
 * smtps:// for TLS from the start) and MAIL_FROM (the sender address). Without both, nothing is mailed. Sent with
 * nodemailer — the mailer of the Node ecosystem, maintained for over a decade, no dependencies of its own, STARTTLS,
 * authentication and pooling built in.
 *
 * Mail goes out only after the request's transaction has committed (the notices exist whatever becomes of the mail);
 * what became of it is recorded on each notice afterwards, in a transaction of its own — a failure never undoes the
 * notice, the sender sees 「邮件发送失败」 with the reason.
 */
import { createTransport } from 'nodemailer';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setNoticeMail } from '@gongkai/db';
import type { NoticeMailState } from '@gongkai/domain';
import { withSystemScope } from '../account/sessions.js';
import { writeAudit } from '../audit/audit.service.js';
import type { Principal } from '../scope.js';

export interface MailSettings {
  url: string;
  from: string;
}

/** The mail settings of the environment, or null when SMTP_URL or MAIL_FROM is unset (or not an smtp URL). */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!url || !from) return null;
  if (!/^smtps?:\/\//iu.test(url)) return null;
  return { url, from };
}

/** Seconds to wait for the server before a mail counts as failed. */
const TIMEOUT_MS = 15_000;

export interface OutgoingMail {
  noticeId: string;
  agencyId: string;
  to: string[];
  subject: string;
  text: string;
  /** The audit log's name of the object: the department and year (「根河市司法局 2025 年度报告」). */
  objectName: string;
}

const pending = new Set<Promise<void>>();

/** Resolves once every mail started so far is sent or has failed and its state is recorded (tests, shutdown). */
export async function mailSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** The reason of a failure, short and without the password of the URL. */
function reason(e: unknown, settings: MailSettings): string {
  const text = e instanceof Error ? e.message : String(e);
  const password = /^smtps?:\/\/[^:@/]*:([^@/]*)@/iu.exec(settings.url)?.[1];
  const clean = password ? text.split(password).join('***') : text;
  return clean.slice(0, 300);
}

/**
 * Sends the mails one after another on one connection (in the background: returns at once) and records each
 * notice's state. `orm`: a pool outside the request's (the request is over by then).
 */
export function sendReminderMails(
  orm: MikroORM,
  principal: Principal,
  settings: MailSettings,
  mails: readonly OutgoingMail[],
): void {
  if (mails.length === 0) return;
  const work = (async () => {
    const transport = createTransport({
      url: settings.url,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    });
    try {
      for (const m of mails) {
        let state: NoticeMailState = 'SENT';
        let error: string | null = null;
        try {
          await transport.sendMail({ from: settings.from, to: m.to, subject: m.subject, text: m.text });
        } catch (e) {
          state = 'FAILED';
          error = reason(e, settings);
        }
        await withSystemScope(orm, async (em) => {
          await setNoticeMail(em, m.noticeId, state, error);
          if (state === 'FAILED') {
            writeAudit(em, principal, {
              operation: 'reportReminderMailFailed',
              objectType: 'ReportReminder',
              objectId: m.noticeId,
              agencyId: m.agencyId,
              after: { name: m.objectName, recipients: m.to.length, error },
            });
            await em.flush();
          }
        }).catch((e) => console.error('记录催报邮件结果失败：', e));
      }
    } finally {
      transport.close();
    }
  })();
  pending.add(work);
  void work.finally(() => pending.delete(work));
}
