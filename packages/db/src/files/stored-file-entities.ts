/**
 * Stored files (issue 15): attachments kept in the database beside what they belong to — today the reply letter
 * (答复书) of a 依申请公开 case (`ownerKind` 'applicationReply', `ownerId` the case's id). The bytes are a bytea column,
 * loaded only when a file is downloaded (lazy). Row-level security: see Migration20261203020000StoredFiles — read and
 * written only with the row's agency in `gongkai.personal` (the user's own agency, department roles): a reply letter
 * names the applicant, so neither the office nor another agency nor a platform administrator reads it.
 * Since Migration20261203050000RecordFiles also the attachments of 主动公开 records (`ownerKind` 'publicationRecord'),
 * which follow their record's row-level security instead (the office reads them; anonymous visitors a published one's).
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import { agencyRef, type Agency } from '../agency.js';
import { id } from '../entity-columns.js';

/** What a stored file belongs to. */
export const STORED_FILE_OWNER_KINDS = ['applicationReply', 'publicationRecord'] as const;
export type StoredFileOwnerKind = (typeof STORED_FILE_OWNER_KINDS)[number];

export class StoredFile {
  id: Opt<string> = randomUUID();
  agency!: Rel<Agency>;
  ownerKind!: StoredFileOwnerKind;
  ownerId!: string;
  fileName!: string;
  /** The media type the content was sniffed as (domain upload-limits.ts), never the browser's claim. */
  mediaType!: string;
  size!: number;
  /** Hex SHA-256 of the bytes. */
  sha256!: string;
  bytes!: Buffer;
  createdAt: Opt<Date> = new Date();
  createdBy?: string | null;
}

export const StoredFileSchema = new EntitySchema<StoredFile>({
  class: StoredFile,
  tableName: 'stored_file',
  indexes: [{ properties: ['ownerKind', 'ownerId'] }],
  properties: {
    id,
    agency: { ...agencyRef, index: true },
    ownerKind: { type: 'text' },
    ownerId: { type: 'uuid' },
    fileName: { type: 'text' },
    mediaType: { type: 'text' },
    size: { type: 'integer' },
    sha256: { type: 'text' },
    bytes: { type: 'blob', lazy: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    createdBy: { type: 'text', nullable: true },
  },
});
