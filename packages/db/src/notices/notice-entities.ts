/**
 * Notices (通知, issue 17): what the city office sends a department's users — so far 催报, a reminder to file the
 * year's annual report. A notice belongs to the department it is for (agency_id: row-level security shows it to that
 * department's users and to the office above it, never to another department); who read it is kept per user
 * (notice_read). The e-mail's fate is kept on the notice, so the sender sees 「邮件发送失败」.
 * Row-level security and the user's e-mail column: Migration20261203010000Notices.
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type { NoticeKind, NoticeMailState } from '@gongkai/domain';
import { Agency, agencyRef } from '../agency.js';
import { User } from '../account/account-entities.js';
import { id } from '../entity-columns.js';

export class Notice {
  id: Opt<string> = randomUUID();
  /** The department the notice is for. */
  agency!: Rel<Agency>;
  kind: Opt<NoticeKind> = 'REPORT_REMINDER';
  /** The report year it is about. */
  year!: number;
  title!: string;
  /** 附言 (may be empty). */
  message: Opt<string> = '';
  /** The agency that sent it (the government's office). */
  senderAgency?: Rel<Agency> | null;
  senderLogin?: string | null;
  senderName?: string | null;
  createdAt: Opt<Date> = new Date();
  mailState: Opt<NoticeMailState> = 'NONE';
  /** How many addresses the mail went (or was to go) to. */
  mailRecipients: Opt<number> = 0;
  mailError?: string | null;
  mailAt?: Date | null;
}

/** A user has opened a notice. */
export class NoticeRead {
  notice!: Rel<Notice>;
  user!: Rel<User>;
  /** The notice's agency (row-level security). */
  agency!: Rel<Agency>;
  readAt: Opt<Date> = new Date();
}

export const NoticeSchema = new EntitySchema<Notice>({
  class: Notice,
  tableName: 'notice',
  indexes: [{ properties: ['agency', 'year'] }],
  properties: {
    id,
    agency: agencyRef,
    kind: { type: 'text', default: 'REPORT_REMINDER' },
    year: { type: 'integer' },
    title: { type: 'text' },
    message: { type: 'text', default: '' },
    senderAgency: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'set null' },
    senderLogin: { type: 'text', nullable: true },
    senderName: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    mailState: { type: 'text', default: 'NONE' },
    mailRecipients: { type: 'integer', default: 0 },
    mailError: { type: 'text', nullable: true },
    mailAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

export const NoticeReadSchema = new EntitySchema<NoticeRead>({
  class: NoticeRead,
  tableName: 'notice_read',
  properties: {
    notice: { kind: 'm:1', entity: () => Notice, primary: true, deleteRule: 'cascade' },
    user: { kind: 'm:1', entity: () => User, primary: true, deleteRule: 'cascade', index: true },
    agency: agencyRef,
    readAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
  },
});

export const NOTICE_ENTITIES = [NoticeSchema, NoticeReadSchema];
