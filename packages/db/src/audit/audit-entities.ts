/**
 * The audit log: who changed what, when (append-only for the application; see the row-level security policies).
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import { Agency } from '../agency.js';
import { id } from '../entity-columns.js';
import { User } from '../account/account-entities.js';
import { Catalogue } from '../catalogue/catalogue-entities.js';

export class AuditLog {
  id: Opt<string> = randomUUID();
  at: Opt<Date> = new Date();
  user?: Rel<User> | null;
  /** Login name at the time (kept when the user is deleted). */
  userLogin?: string | null;
  agency?: Rel<Agency> | null;
  /** The catalogue a change belongs to (its history). */
  catalogue?: Rel<Catalogue> | null;
  operation!: string;
  objectType!: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const AuditLogSchema = new EntitySchema<AuditLog>({
  class: AuditLog,
  tableName: 'audit_log',
  indexes: [{ properties: ['agency', 'at'] }, { properties: ['at'] }],
  properties: {
    id,
    at: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    user: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    userLogin: { type: 'text', nullable: true },
    agency: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'set null' },
    catalogue: { kind: 'm:1', entity: () => Catalogue, nullable: true, deleteRule: 'set null', index: true },
    operation: { type: 'text' },
    objectType: { type: 'text' },
    objectId: { type: 'text', nullable: true },
    before: { type: 'json', columnType: 'jsonb', nullable: true },
    after: { type: 'json', columnType: 'jsonb', nullable: true },
  },
});
