/**
 * Per-request batch loaders. Every relation of the catalogue tree is loaded per catalogue (all items, all
 * rows, all office links of the catalogues asked for in one statement each), so a query over N agencies
 * costs the same handful of statements as a query over one.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, AuditLog, Catalogue, HolidayYear, ImportFinding, Office } from '@gongkai/db';
import { WorkingDayCalendar } from '@gongkai/domain';
import { accountKeys } from './account/throttle.js';
import {
  keepTree,
  keptTree,
  type CatalogueTree,
  type TreeItem,
  type TreeOffice,
  type TreeRequirement,
} from './catalogue/tree-copies.js';

/** Rows in position order (stable), sorted in Node. */
function byPosition<T extends { position: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.position - b.position);
}

function groupBy<T>(rows: T[], key: (row: T) => string | null | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null || k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export interface CatalogueRows {
  /** Items by parent id ('' for top level), in order. */
  itemsByParent: Map<string, TreeItem[]>;
  itemCount: number;
}

/** A catalogue_item row as gongkai_catalogue_tree_rows gives it (Migration20261203040000CatalogueTreeRows). */
type ItemTuple = [
  id: string,
  name: string,
  level: 1 | 2 | 3,
  serial: string | null,
  position: number,
  sourceLine: number | null,
  version: number,
  catalogueId: string,
  parentId: string | null,
];

function treeItem(r: ItemTuple): TreeItem {
  const [id, name, level, serial, position, sourceLine, version, catalogueId, parentId] = r;
  return {
    id,
    name,
    level,
    serial,
    position,
    sourceLine,
    version,
    catalogue: { id: catalogueId },
    parent: parentId ? { id: parentId } : null,
  };
}

/** A requirement row as gongkai_catalogue_tree_rows gives it. */
type RequirementTuple = [
  id: string,
  position: number,
  sourceLine: number | null,
  contentIntro: string | null,
  contentElements: string[],
  timeLimitRaw: string,
  timeLimitRule: TreeRequirement['timeLimitRule'],
  longTerm: boolean,
  statutoryDefault: boolean,
  publishingOrgans: string[],
  channels: TreeRequirement['channels'],
  extraChannels: string[],
  audiences: TreeRequirement['audiences'],
  legalBasis: string[],
  modes: string[],
  levels: string[],
  remarks: string[],
  version: number,
  catalogueId: string,
  itemId: string,
];

function treeRequirement(r: RequirementTuple): TreeRequirement {
  return {
    id: r[0],
    position: r[1],
    sourceLine: r[2],
    contentIntro: r[3],
    contentElements: r[4],
    timeLimitRaw: r[5],
    timeLimitRule: r[6],
    longTerm: r[7],
    statutoryDefault: r[8],
    publishingOrgans: r[9],
    channels: r[10],
    extraChannels: r[11],
    audiences: r[12],
    legalBasis: r[13],
    modes: r[14],
    levels: r[15],
    remarks: r[16],
    version: r[17],
    catalogue: { id: r[18] },
    item: { id: r[19] },
  };
}

/** A row–office link with its office, as gongkai_catalogue_tree_rows gives it. */
type LinkTuple = [
  requirementId: string,
  position: number,
  officeId: string,
  name: string,
  aliases: string[],
  officePosition: number,
];

export function createLoaders(em: EntityManager) {
  /** When each user's account is locked by the password throttle (key: `${userId}\t${login}`), or null. */
  const accountLock = new DataLoader<string, Date | null>(async (keys) => {
    const pairs = keys.map((k) => k.split('\t') as [string, string]);
    const throttleKeys = pairs.flatMap(([id, login]) => accountKeys(login, id));
    const rows = await em.execute<Array<{ key: string; locked_until: Date }>>(
      'select key, locked_until from login_throttle where key in (?) and locked_until > now()',
      [throttleKeys],
    );
    const until = new Map(rows.map((r) => [r.key, new Date(r.locked_until)]));
    return pairs.map(([id, login]) => {
      const dates = accountKeys(login, id).flatMap((k) => (until.has(k) ? [until.get(k)!] : []));
      return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
    });
  });

  const agencyById = new DataLoader<string, Agency | null>(async (ids) => {
    const rows = await em.find(Agency, { id: { $in: [...ids] } });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  const agencyChildren = new DataLoader<string, Agency[]>(async (ids) => {
    const rows = await em.find(Agency, { parent: { $in: [...ids] } }, { orderBy: { position: 'asc', name: 'asc' } });
    const map = groupBy(rows, (r) => r.parent?.id);
    return ids.map((id) => map.get(id) ?? []);
  });

  const cataloguesByAgency = new DataLoader<string, Catalogue[]>(async (ids) => {
    const rows = await em.find(Catalogue, { agency: { $in: [...ids] } }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    const map = groupBy(rows, (r) => r.agency.id);
    return ids.map((id) => map.get(id) ?? []);
  });

  const officesByAgency = new DataLoader<string, Office[]>(async (ids) => {
    const rows = await em.find(Office, { agency: { $in: [...ids] } }, { orderBy: { position: 'asc', name: 'asc' } });
    const map = groupBy(rows, (r) => r.agency.id);
    return ids.map((id) => map.get(id) ?? []);
  });

  /**
   * Whether this request may read and keep copies of published trees (tree-copies.ts): queries only — set by the
   * request plugin. A mutation may change the data a copy shows later in the same transaction without changing the
   * version again (the version is the transaction's id), or change the very entities a copy holds and roll back.
   */
  const copies = { allowed: false };

  /** Versions already read with the catalogue itself in this request (primeTreeVersion). */
  const knownVersions = new Map<string, { status: string; version: string }>();

  /**
   * Status and catalogue data version (of its agency) of each catalogue asked for: those read with the catalogue
   * (catalogueById primes them: a tree asked for by id costs no statement here), the rest in one statement.
   */
  const treeVersions = async (ids: readonly string[]): Promise<Map<string, { status: string; version: string }>> => {
    const out = new Map<string, { status: string; version: string }>();
    for (const id of ids) if (knownVersions.has(id)) out.set(id, knownVersions.get(id)!);
    const unknown = ids.filter((id) => !out.has(id));
    if (unknown.length === 0) return out;
    const rows = await em.execute<Array<{ id: string; status: string; version: string }>>(
      `select c.id, c.status, coalesce(v.version, 0)::text as version
         from catalogue c left join catalogue_data_version v on v.agency_id = c.agency_id
        where c.id in (${unknown.map(() => '?').join(', ')})`,
      [...unknown],
    );
    for (const r of rows) out.set(r.id, r);
    return out;
  };

  /**
   * The whole tree of each catalogue asked for — items, rows, row–office links: three statements for any number of
   * catalogues — or, for a published catalogue whose data version is unchanged, the server's copy (tree-copies.ts)
   * after one statement that reads the versions.
   */
  const treeByCatalogue = new DataLoader<string, CatalogueTree>(async (ids) => {
    const versions = await treeVersions(ids);
    const found = new Map<string, CatalogueTree>();
    for (const id of ids) {
      const v = versions.get(id);
      const copy = copies.allowed && v && v.status === 'PUBLISHED' ? keptTree(id, v.version) : undefined;
      if (copy) found.set(id, copy);
    }
    const toLoad = ids.filter((id) => !found.has(id));
    if (toLoad.length > 0) {
      // Plain rows, not entities (issue 14: hydration was most of a tree's cost); ordered in Node, per group — an
      // ORDER BY across many catalogues makes PostgreSQL sort them all (on disk at scale).
      const list = `{${toLoad.join(',')}}`;
      // One statement for the three kinds of row (a function, so its plan is kept per connection).
      const [read] = await em.execute<
        Array<{ items: ItemTuple[]; requirements: RequirementTuple[]; links: LinkTuple[] }>
      >('select items, requirements, links from gongkai_catalogue_tree_rows(?::uuid[])', [list]);
      const items = byPosition(read!.items.map(treeItem));
      const requirements = byPosition(read!.requirements.map(treeRequirement));
      const links = read!.links.sort((a, b) => a[1] - b[1]);
      const offices = new Map<string, TreeOffice>();
      const officesByRequirement = new Map<string, TreeOffice[]>();
      for (const [requirementId, , officeId, name, aliases, officePosition] of links) {
        let office = offices.get(officeId);
        if (!office) {
          office = { id: officeId, name, aliases, position: officePosition };
          offices.set(officeId, office);
        }
        const forRow = officesByRequirement.get(requirementId);
        if (forRow) forRow.push(office);
        else officesByRequirement.set(requirementId, [office]);
      }
      const itemsOf = groupBy(items, (r) => r.catalogue.id);
      const requirementsOf = groupBy(requirements, (r) => r.catalogue.id);
      for (const id of toLoad) {
        const own = itemsOf.get(id) ?? [];
        const rows = requirementsOf.get(id) ?? [];
        const tree: CatalogueTree = {
          itemsByParent: groupBy(own, (r) => r.parent?.id ?? ''),
          itemCount: own.length,
          requirementsByItem: groupBy(rows, (r) => r.item.id),
          officesByRequirement: new Map(rows.map((r) => [r.id, officesByRequirement.get(r.id) ?? []])),
        };
        found.set(id, tree);
        const v = versions.get(id);
        if (copies.allowed && v && v.status === 'PUBLISHED') keepTree(id, v.version, tree);
      }
    }
    return ids.map((id) => found.get(id)!);
  });

  const itemsByCatalogue = {
    load: async (id: string): Promise<CatalogueRows> => treeByCatalogue.load(id),
  };

  const requirementsByCatalogue = {
    load: async (id: string): Promise<Map<string, TreeRequirement[]>> =>
      (await treeByCatalogue.load(id)).requirementsByItem,
  };

  /** Offices of every requirement of the catalogue asked for, by requirement id. */
  const officesByCatalogueRequirement = {
    load: async (id: string): Promise<Map<string, TreeOffice[]>> =>
      (await treeByCatalogue.load(id)).officesByRequirement,
  };

  const findingsByCatalogue = new DataLoader<string, ImportFinding[]>(async (ids) => {
    const rows = await em.find(ImportFinding, { catalogue: { $in: [...ids] } }, { orderBy: { position: 'asc' } });
    const map = groupBy(rows, (r) => r.catalogue.id);
    return ids.map((id) => map.get(id) ?? []);
  });

  const historyByCatalogue = new DataLoader<string, AuditLog[]>(async (ids) => {
    const rows = await em.find(AuditLog, { catalogue: { $in: [...ids] } }, { orderBy: { at: 'desc', id: 'asc' } });
    const map = groupBy(rows, (r) => r.catalogue?.id);
    return ids.map((id) => map.get(id) ?? []);
  });

  /** Numbers of items and rows per catalogue, kept by the database (catalogue_counts; one statement). */
  const countsByCatalogue = new DataLoader<string, { items: number; rows: number }>(async (ids) => {
    const rows = await em.execute<Array<{ id: string; items: number; rows: number }>>(
      `select k.catalogue_id as id, k.items, k.requirements as rows
         from catalogue_counts k where k.catalogue_id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? { items: 0, rows: 0 });
  });

  /** Number of requirement rows per office, in one grouped statement. */
  const usageByOffice = new DataLoader<string, number>(async (ids) => {
    const rows = await em.execute<Array<{ office_id: string; n: number }>>(
      `select office_id, count(*)::int as n from requirement_office where office_id in (${ids.map(() => '?').join(', ')}) group by office_id`,
      [...ids],
    );
    const map = new Map(rows.map((r) => [r.office_id, r.n]));
    return ids.map((id) => map.get(id) ?? 0);
  });

  /** The working-day calendar with the administrators' holiday years (one statement per request, when used). */
  let calendar: Promise<WorkingDayCalendar> | undefined;
  const workingDayCalendar = (): Promise<WorkingDayCalendar> =>
    (calendar ??= em
      .find(HolidayYear, {})
      .then(
        (years) =>
          new WorkingDayCalendar(years.map((y) => ({ year: y.year, holidays: y.holidays, workdays: y.workdays }))),
      ));

  return {
    /** Allow copies of published trees for this request (a GraphQL query; request-plugin.ts). */
    allowTreeCopies(): void {
      copies.allowed = true;
    },
    /** The status and data version of a catalogue, read with it (saves the tree's version statement). */
    primeTreeVersion(id: string, status: string, version: string): void {
      knownVersions.set(id, { status, version });
    },
    accountLock,
    countsByCatalogue,
    historyByCatalogue,
    usageByOffice,
    workingDayCalendar,
    agencyById,
    agencyChildren,
    cataloguesByAgency,
    officesByAgency,
    treeByCatalogue,
    itemsByCatalogue,
    requirementsByCatalogue,
    officesByCatalogueRequirement,
    findingsByCatalogue,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
