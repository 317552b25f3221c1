/**
 * The agency (机关): the tenant every tenant-owned row of every feature hangs under (its agency_id), and the tree of
 * governments and their departments.
 */
import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type { AgencyKind } from '@gongkai/domain';
import { id } from './entity-columns.js';

/** STANDARD: a standard catalogue (template) the office maintains; its versions are the template's versions. */
export type { AgencyKind };

export class Agency {
  id: Opt<string> = randomUUID();
  code!: string;
  name!: string;
  kind!: AgencyKind;
  parent?: Rel<Agency> | null;
  position: Opt<number> = 0;
  createdAt: Opt<Date> = new Date();
  children = new Collection<Agency>(this);
}

/** The reference to the owning agency that every tenant-owned row has. */
export const agencyRef = { kind: 'm:1', entity: () => Agency, deleteRule: 'cascade' } as const;

export const AgencySchema = new EntitySchema<Agency>({
  class: Agency,
  tableName: 'agency',
  properties: {
    id,
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { enum: true, items: ['GOVERNMENT', 'DEPARTMENT', 'STANDARD'] },
    parent: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'restrict', index: true },
    position: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    children: { kind: '1:m', entity: () => Agency, mappedBy: 'parent' },
  },
});

/**
 * One row: a number that changes (in the same transaction) whenever an agency is added, removed, moved, renamed or changes
 * kind — a trigger keeps it (Migration20261201236000SessionLookup). Servers key their copy of a reviewer's subtree
 * on it, so every process sees a new agency as soon as it is committed.
 */
export class AgencyTreeVersion {
  id!: number;
  version!: string;
}

export const AgencyTreeVersionSchema = new EntitySchema<AgencyTreeVersion>({
  class: AgencyTreeVersion,
  tableName: 'agency_tree_version',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    version: { type: 'bigint' },
  },
});

/**
 * The agency tree's closure: one row for every agency and each of its ancestors, itself included (issue 14). A
 * government's reviewer reads and writes the government's whole subtree; row-level security asks this table for the
 * subtree (`tree:<government id>` in the scope setting, gongkai_scope_ids) instead of receiving thousands of ids on
 * every request. Kept by triggers on agency (Migration20261202090000AgencyClosure); nothing else writes it.
 */
export class AgencyClosure {
  ancestor!: Rel<Agency>;
  agency!: Rel<Agency>;
}

export const AgencyClosureSchema = new EntitySchema<AgencyClosure>({
  class: AgencyClosure,
  tableName: 'agency_closure',
  properties: {
    ancestor: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade', index: true },
  },
});
