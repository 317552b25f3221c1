/**
 * Column mappings remembered per agency and table layout (issue 12, item 3): when a user corrects how the columns
 * of an uploaded catalogue are read, the correction is stored under the layout's key (the domain's `layoutKey` of
 * the header titles) and offered the next time a file with the same layout is previewed for that agency.
 * Row-level security as for the agency's other rows: read within the read scope, written within the write scope.
 */
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../agency.js';

/** One column's meaning as the user chose it (the domain's ColumnOverride, stored as JSON). */
export interface StoredColumnChoice {
  column: number;
  choice: string;
  tickLabel?: string | null;
}

export class ImportMapping {
  agency!: Rel<Agency>;
  layoutKey!: string;
  columns: Opt<StoredColumnChoice[]> = [];
  updatedAt: Opt<Date> = new Date();
  updatedBy?: string | null;
}

export const ImportMappingSchema = new EntitySchema<ImportMapping>({
  class: ImportMapping,
  tableName: 'import_mapping',
  properties: {
    agency: { kind: 'm:1', entity: () => Agency, primary: true, deleteRule: 'cascade' },
    layoutKey: { type: 'text', primary: true },
    columns: { type: 'json', columnType: 'jsonb', default: '[]' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    updatedBy: { type: 'text', nullable: true },
  },
});

/** A layout key is short and printable (the domain makes it from the header titles); longer ones are cut. */
export const LAYOUT_KEY_MAX = 500;

/** The mapping remembered for the agency and layout, or null (also when row-level security hides it). */
export async function readImportMapping(
  em: EntityManager,
  agencyId: string,
  layoutKey: string,
): Promise<{ columns: StoredColumnChoice[]; updatedAt: Date; updatedBy: string | null } | null> {
  const rows = await em.execute<Array<{ columns: StoredColumnChoice[]; updated_at: Date; updated_by: string | null }>>(
    'select columns, updated_at, updated_by from import_mapping where agency_id = ? and layout_key = ?',
    [agencyId, layoutKey.slice(0, LAYOUT_KEY_MAX)],
  );
  const row = rows[0];
  return row ? { columns: row.columns, updatedAt: new Date(row.updated_at), updatedBy: row.updated_by } : null;
}

/** Stores (or replaces) the mapping of the agency and layout, in the caller's transaction. */
export async function saveImportMapping(
  em: EntityManager,
  agencyId: string,
  layoutKey: string,
  columns: readonly StoredColumnChoice[],
  by: string | null,
): Promise<void> {
  const clean = columns.map((c) => ({
    column: c.column,
    choice: c.choice,
    ...(c.tickLabel ? { tickLabel: c.tickLabel } : {}),
  }));
  await em.execute(
    `insert into import_mapping (agency_id, layout_key, columns, updated_at, updated_by) values (?, ?, ?::jsonb, now(), ?)
     on conflict (agency_id, layout_key) do update set columns = excluded.columns, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [agencyId, layoutKey.slice(0, LAYOUT_KEY_MAX), JSON.stringify(clean), by],
    'run',
  );
}
