/**
 * Writing an imported catalogue into the database and reading it back in the same JSON shape
 * (so import → export round-trips). A write runs in one transaction: it lands whole or not at all.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeFindingData, normalizeTimeLimitRule, type CatalogueJson, type FindingJson, type ItemJson, type RequirementJson } from '@gongkai/domain';
import { Agency, Catalogue, CatalogueItem, ImportFinding, Office, Requirement, RequirementOffice } from './entities.js';

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

    const requirementByLine = new Map<number, Requirement>();
    const addItems = (items: ItemJson[], parent: CatalogueItem | null): void => {
      items.forEach((it, position) => {
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
        it.requirements.forEach((r, rp) => {
          const req = tx.create(Requirement, requirementData(r, { agency, catalogue, item, position: rp }));
          if (r.line !== null && !requirementByLine.has(r.line)) requirementByLine.set(r.line, req);
          // Two names of one office (an alias known from earlier) link the row once.
          const linked = new Set<Office>();
          for (const name of r.offices) {
            let office = byName.get(name);
            if (!office) {
              office = tx.create(Office, { agency, name, aliases: [], position: officePosition++ });
              byName.set(name, office);
            }
            if (linked.has(office)) continue;
            tx.create(RequirementOffice, { agency, requirement: req, office, position: linked.size });
            linked.add(office);
          }
        });
        addItems(it.children, item);
      });
    };
    addItems(json.items, null);

    json.findings.forEach((f: FindingJson, position) => {
      tx.create(ImportFinding, {
        agency,
        catalogue,
        requirement: f.line !== null ? (requirementByLine.get(f.line) ?? null) : null,
        kind: f.kind,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        data: f.data ?? null,
        position,
      });
    });
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
      return requirementJson(r, offices.map((o) => o.name));
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
    timeLimit: { raw: r.timeLimitRaw, rule: normalizeTimeLimitRule(r.timeLimitRule), longTerm: r.longTerm, statutoryDefault: r.statutoryDefault },
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
