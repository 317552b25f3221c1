/**
 * Writing an imported catalogue into the database and reading it back in the same JSON shape
 * (so import → export round-trips). A write runs in one transaction: it lands whole or not at all.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  normalizeFindingData,
  normalizeTimeLimitRule,
  type CatalogueJson,
  type ItemJson,
  type RequirementJson,
} from '@gongkai/domain';
import { Agency } from '../agency.js';
import {
  Catalogue,
  CatalogueItem,
  ImportFinding,
  Office,
  Requirement,
  RequirementOffice,
} from './catalogue-entities.js';

export interface SaveCatalogueOptions {
  versionLabel: string;
  sourceName?: string | null;
  demo?: boolean;
}

/** Finds an agency by its code or its exact name. */
export async function findAgency(em: EntityManager, codeOrName: string): Promise<Agency | null> {
  return em.findOne(Agency, { $or: [{ code: codeOrName }, { name: codeOrName }] });
}

/**
 * Saves a parsed catalogue as a new draft catalogue of the agency, with its offices (existing offices
 * of the agency are reused, matched by name or alias; new aliases are added), items, requirement rows and
 * findings. One transaction.
 */
/** New rows written per flush when saving a catalogue (see saveCatalogue). */
const SAVE_SLICE = 500;

export async function saveCatalogue(
  em: EntityManager,
  agencyId: string,
  json: CatalogueJson,
  options: SaveCatalogueOptions,
): Promise<Catalogue> {
  return em.transactional(async (tx) => {
    const agency = await tx.findOneOrFail(Agency, agencyId);
    const existing = await tx.find(Office, { agency }, { orderBy: { position: 'asc' } });
    const byName = new Map<string, Office>();
    for (const o of existing) for (const n of [o.name, ...o.aliases]) byName.set(n, o);
    let officePosition = existing.length;
    for (const o of json.offices) {
      let office = [o.name, ...o.aliases].map((n) => byName.get(n)).find((x) => x !== undefined);
      if (!office) {
        office = tx.create(Office, { agency, name: o.name, aliases: [], position: officePosition++ });
      }
      for (const alias of [o.name, ...o.aliases]) {
        if (alias !== office.name && !office.aliases.includes(alias)) office.aliases = [...office.aliases, alias];
      }
      for (const n of [o.name, ...o.aliases]) byName.set(n, office);
    }

    const catalogue = tx.create(Catalogue, {
      agency,
      title: json.title,
      versionLabel: options.versionLabel,
      status: 'DRAFT',
      sourceName: options.sourceName ?? null,
      demo: options.demo ?? false,
      importedAt: new Date(),
    });

    // A big catalogue (10,000 rows) is written in slices: every SLICE new rows are flushed, forgotten by the
    // unit of work (nothing refers back to them) and the event loop gets a turn, so other requests are served
    // while it saves — one flush of everything kept the server busy for seconds computing change sets.
    const requirementByLine = new Map<number, string>();
    let pending: Array<Requirement | RequirementOffice | ImportFinding> = [];
    const checkpoint = async (force = false): Promise<void> => {
      if (!force && pending.length < SAVE_SLICE) return;
      await tx.flush();
      const uow = tx.getUnitOfWork();
      for (const e of pending) uow.unsetIdentity(e);
      pending = [];
      await new Promise((resolve) => setImmediate(resolve));
    };
    const addItems = async (items: ItemJson[], parent: CatalogueItem | null): Promise<void> => {
      for (const [position, it] of items.entries()) {
        const item = tx.create(CatalogueItem, {
          agency,
          catalogue,
          parent,
          level: it.level,
          name: it.name,
          serial: it.serial,
          position,
          sourceLine: it.line,
        });
        for (const [rp, r] of it.requirements.entries()) {
          const req = tx.create(Requirement, requirementData(r, { agency, catalogue, item, position: rp }));
          pending.push(req);
          if (r.line !== null && !requirementByLine.has(r.line)) requirementByLine.set(r.line, req.id);
          // Two names of one office (an alias known from earlier) link the row once.
          const linked = new Set<Office>();
          for (const name of r.offices) {
            let office = byName.get(name);
            if (!office) {
              office = tx.create(Office, { agency, name, aliases: [], position: officePosition++ });
              byName.set(name, office);
            }
            if (linked.has(office)) continue;
            pending.push(tx.create(RequirementOffice, { agency, requirement: req, office, position: linked.size }));
            linked.add(office);
          }
          await checkpoint();
        }
        await addItems(it.children, item);
      }
    };
    await addItems(json.items, null);
    await checkpoint(true);

    for (const [position, f] of json.findings.entries()) {
      pending.push(
        tx.create(ImportFinding, {
          agency,
          catalogue,
          requirement:
            f.line !== null && requirementByLine.has(f.line)
              ? tx.getReference(Requirement, requirementByLine.get(f.line)!)
              : null,
          kind: f.kind,
          severity: f.severity,
          message: f.message,
          line: f.line,
          column: f.column,
          data: f.data ?? null,
          position,
        }),
      );
      await checkpoint();
    }
    await tx.flush();
    return catalogue;
  });
}

function requirementData(
  r: RequirementJson,
  refs: { agency: Agency; catalogue: Catalogue; item: CatalogueItem; position: number },
): Omit<Requirement, 'id' | 'version'> {
  return {
    ...refs,
    sourceLine: r.line,
    contentIntro: r.contentIntro,
    contentElements: r.contentElements,
    timeLimitRaw: r.timeLimit.raw,
    timeLimitRule: r.timeLimit.rule,
    longTerm: r.timeLimit.longTerm,
    statutoryDefault: r.timeLimit.statutoryDefault,
    publishingOrgans: r.publishingOrgans,
    channels: r.channels,
    extraChannels: r.extraChannels,
    audiences: r.audiences,
    legalBasis: r.legalBasis,
    modes: r.modes,
    levels: r.levels,
    remarks: r.remarks,
  };
}

/** The newest catalogue of an agency. */
export async function currentCatalogue(em: EntityManager, agencyId: string): Promise<Catalogue | null> {
  return em.findOne(Catalogue, { agency: agencyId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** Reads a stored catalogue back in the importer's JSON shape. Five statements whatever its size. */
export async function loadCatalogueJson(em: EntityManager, catalogueId: string): Promise<CatalogueJson> {
  const catalogue = await em.findOneOrFail(Catalogue, catalogueId, { populate: ['agency'] });
  const [items, requirements, links, findings] = await Promise.all([
    em.find(CatalogueItem, { catalogue }, { orderBy: { level: 'asc', position: 'asc' } }),
    em.find(Requirement, { catalogue }, { orderBy: { position: 'asc' } }),
    em.find(RequirementOffice, { requirement: { catalogue } }, { populate: ['office'], orderBy: { position: 'asc' } }),
    em.find(ImportFinding, { catalogue }, { orderBy: { position: 'asc' } }),
  ]);
  const officesOf = new Map<string, Office[]>();
  for (const l of links) {
    const list = officesOf.get(l.requirement.id) ?? [];
    list.push(l.office);
    officesOf.set(l.requirement.id, list);
  }
  const reqsOf = new Map<string, Requirement[]>();
  for (const r of requirements) {
    const list = reqsOf.get(r.item.id) ?? [];
    list.push(r);
    reqsOf.set(r.item.id, list);
  }
  const childrenOf = new Map<string | null, CatalogueItem[]>();
  for (const it of items) {
    const key = it.parent?.id ?? null;
    const list = childrenOf.get(key) ?? [];
    list.push(it);
    childrenOf.set(key, list);
  }
  const usedOffices: Office[] = [];
  const toItem = (it: CatalogueItem): ItemJson => ({
    name: it.name,
    level: it.level,
    serial: it.serial ?? null,
    line: it.sourceLine ?? null,
    requirements: (reqsOf.get(it.id) ?? []).map((r) => {
      const offices = officesOf.get(r.id) ?? [];
      for (const o of offices) if (!usedOffices.includes(o)) usedOffices.push(o);
      return requirementJson(
        r,
        offices.map((o) => o.name),
      );
    }),
    children: (childrenOf.get(it.id) ?? []).map(toItem),
  });
  const tree = (childrenOf.get(null) ?? []).map(toItem);
  return {
    title: catalogue.title,
    agencyName: catalogue.agency.name,
    offices: usedOffices.map((o) => ({ name: o.name, aliases: [...o.aliases] })),
    items: tree,
    findings: findings.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      line: f.line ?? null,
      column: f.column ?? null,
      ...(f.data ? { data: normalizeFindingData(f.data) } : {}),
    })),
  };
}

export function requirementJson(r: Requirement, offices: string[]): RequirementJson {
  return {
    line: r.sourceLine ?? null,
    contentIntro: r.contentIntro ?? null,
    contentElements: r.contentElements,
    timeLimit: {
      raw: r.timeLimitRaw,
      rule: normalizeTimeLimitRule(r.timeLimitRule),
      longTerm: r.longTerm,
      statutoryDefault: r.statutoryDefault,
    },
    publishingOrgans: r.publishingOrgans,
    channels: r.channels,
    extraChannels: r.extraChannels,
    audiences: r.audiences,
    offices,
    legalBasis: r.legalBasis,
    modes: r.modes,
    levels: r.levels,
    remarks: r.remarks,
  };
}
