/**
 * Catalogue versions and editing: drafts started from a published version, publishing (which freezes a
 * version), changes to items and rows of a draft, office merges. Every function runs on the caller's
 * EntityManager (inside the request's transaction, under its row-level-security scope) and returns what it
 * changed, before and after, for the history.
 */
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CHANNEL_CODES,
  ROW_FIELD_LABELS,
  nameProblem,
  parseTimeLimit,
  type Audience,
  type ChannelCode,
} from '@gongkai/domain';
import {
  Catalogue,
  CatalogueItem,
  ImportFinding,
  Office,
  Requirement,
  RequirementOffice,
} from './catalogue-entities.js';
import { loadCatalogueJson, saveCatalogue } from './catalogue-store.js';
import { ConflictError, NotFoundError, UserInputError } from '../edit-errors.js';

async function catalogueOrFail(em: EntityManager, id: string): Promise<Catalogue> {
  const c = await em.findOne(Catalogue, id);
  if (!c) throw new NotFoundError(`未找到 id 为「${id}」的目录`);
  return c;
}

function assertDraft(c: Catalogue): void {
  if (c.status !== 'DRAFT') throw new UserInputError(`「${c.title}」${c.versionLabel}已发布，不能修改；请先新建草稿`);
}

/**
 * The catalogue, locked for the rest of the transaction and re-read: FOR SHARE while editing its contents, FOR UPDATE
 * while publishing or deleting it, so an edit and a publication cannot interleave (an edit never lands in a
 * published version, a publication never loses to a delete).
 */
async function lockedCatalogue(em: EntityManager, id: string, mode: 'edit' | 'status'): Promise<Catalogue> {
  const c = await em.findOne(Catalogue, id, {
    lockMode: mode === 'edit' ? LockMode.PESSIMISTIC_READ : LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  if (!c) throw new NotFoundError(`未找到 id 为「${id}」的目录`);
  // An edit withdraws a submission first (catalogue-submission.ts withdrawSubmissionForEdit); one still submitted
  // here was submitted by someone else after that check: the edit is not saved into the submitted draft.
  if (mode === 'edit' && c.status === 'DRAFT' && c.reviewState === 'SUBMITTED')
    throw new ConflictError(`「${c.title}」${c.versionLabel}刚刚被提交审批，你的修改没有保存；请刷新后再改`, []);
  return c;
}

/**
 * Serialises changes to one list of positions (the children of one parent in a catalogue, or the rows of one
 * item) until the transaction ends: two people adding to the same list at the same moment get consecutive
 * positions, never the same one. Other lists stay free. Locks are taken in a fixed order (sorted keys), so two
 * moves between the same lists cannot deadlock.
 */
async function lockPositions(
  em: EntityManager,
  ...lists: Array<{ catalogueId: string; parentId: string | null; rows?: boolean }>
): Promise<void> {
  const keys = [
    ...new Set(lists.map((l) => `gongkai:positions:${l.rows ? 'rows' : 'items'}:${l.catalogueId}:${l.parentId ?? ''}`)),
  ].sort();
  for (const key of keys) await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
}

/** A new draft copied from a catalogue (usually the published version): items, rows, offices, findings. */
export async function createDraft(
  em: EntityManager,
  sourceId: string,
  versionLabel?: string | null,
): Promise<Catalogue> {
  const source = await catalogueOrFail(em, sourceId);
  await assertNoOpenDraft(em, source.agency.id);
  const json = await loadCatalogueJson(em, source.id);
  const label = versionLabel?.trim() || `${new Date().getFullYear()}版`;
  await assertNewVersionLabel(em, source.agency.id, label);
  const draft = await saveCatalogue(em, source.agency.id, json, {
    versionLabel: label,
    sourceName: source.sourceName ?? null,
    demo: source.demo,
  });
  draft.basedOn = source;
  draft.importedAt = null;
  await em.flush();
  return draft;
}

/** Versions of one agency's catalogue have distinct labels. */
export async function assertNewVersionLabel(em: EntityManager, agencyId: string, label: string): Promise<void> {
  const problem = nameProblem('versionLabel', label);
  if (problem) throw new UserInputError(problem, 'versionLabel');
  if (await em.findOne(Catalogue, { agency: agencyId, versionLabel: label }))
    throw new UserInputError(`版本：本机关已有「${label}」，请换一个`, 'versionLabel');
}

/** One draft per agency: a new draft (from a version or an imported file) is refused while another is open. */
export async function assertNoOpenDraft(em: EntityManager, agencyId: string): Promise<void> {
  // Serialize draft creation per agency: a concurrent import or createDraft waits here, then sees the new draft.
  await em.execute('select id from agency where id = ? for update', [agencyId]);
  const existing = await em.findOne(Catalogue, { agency: agencyId, status: 'DRAFT' });
  if (existing)
    throw new UserInputError(
      `本机关已有草稿「${existing.title}」${existing.versionLabel}；请先发布或删除该草稿`,
      'versionLabel',
    );
}

/** Deletes a draft with its items, rows and findings (published versions are kept forever). */
export async function deleteDraft(em: EntityManager, id: string): Promise<Catalogue> {
  const c = await lockedCatalogue(em, id, 'status');
  assertDraft(c);
  await em.nativeDelete(Catalogue, { id: c.id });
  em.getUnitOfWork().unsetIdentity(c);
  return c;
}

export async function publishCatalogue(
  em: EntityManager,
  id: string,
  publishedBy: string,
  /** Checks the draft, locked, before it is published (the submission rule, catalogue-submission.ts); throws to refuse. */
  check?: (c: Catalogue) => Promise<void>,
): Promise<{ catalogue: Catalogue; before: unknown; after: unknown }> {
  const c = await lockedCatalogue(em, id, 'status');
  assertDraft(c);
  await check?.(c);
  const before = { status: c.status, reviewState: c.reviewState ?? null, submittedBy: c.submittedBy ?? null };
  // The submission ends with the publication; who submitted it stays on the version (submittedBy, submittedAt).
  c.reviewState = null;
  c.status = 'PUBLISHED';
  c.publishedAt = new Date();
  c.publishedBy = publishedBy;
  await em.flush();
  return { catalogue: c, before, after: { status: c.status, publishedAt: c.publishedAt, publishedBy } };
}

export interface RequirementPatch {
  contentIntro?: string | null;
  contentElements?: string[];
  timeLimitRaw?: string;
  publishingOrgans?: string[];
  channels?: ChannelCode[];
  extraChannels?: string[];
  audiences?: Audience[];
  officeIds?: string[];
  legalBasis?: string[];
  modes?: string[];
  levels?: string[];
  remarks?: string[];
}

const FIELD_OF_PATCH: Record<keyof RequirementPatch, string> = {
  contentIntro: ROW_FIELD_LABELS.content,
  contentElements: ROW_FIELD_LABELS.content,
  timeLimitRaw: ROW_FIELD_LABELS.timeLimit,
  publishingOrgans: ROW_FIELD_LABELS.publishingOrgans,
  channels: ROW_FIELD_LABELS.channels,
  extraChannels: ROW_FIELD_LABELS.channels,
  audiences: ROW_FIELD_LABELS.audiences,
  officeIds: ROW_FIELD_LABELS.offices,
  legalBasis: ROW_FIELD_LABELS.legalBasis,
  modes: ROW_FIELD_LABELS.modes,
  levels: ROW_FIELD_LABELS.levels,
  remarks: ROW_FIELD_LABELS.remarks,
};

const clean = (list: string[]): string[] => list.map((s) => s.trim()).filter((s) => s !== '');

async function rowSnapshot(em: EntityManager, r: Requirement): Promise<Record<string, unknown>> {
  const links = await em.find(RequirementOffice, { requirement: r }, { orderBy: { position: 'asc' } });
  return {
    contentIntro: r.contentIntro ?? null,
    contentElements: r.contentElements,
    timeLimitRaw: r.timeLimitRaw,
    publishingOrgans: r.publishingOrgans,
    channels: r.channels,
    extraChannels: r.extraChannels,
    audiences: r.audiences,
    officeIds: links.map((l) => l.office.id),
    legalBasis: r.legalBasis,
    modes: r.modes,
    levels: r.levels,
    remarks: r.remarks,
  };
}

async function rowLabel(em: EntityManager, r: Requirement): Promise<string> {
  const item = await em.findOneOrFail(CatalogueItem, r.item.id);
  return `「${item.name}」第${r.position + 1}条`;
}

/**
 * Saves a row of a draft. `expectedVersion` is the version the client read; if the row changed since, nothing is
 * saved and a ConflictError names the row and, given `base` (the values the client started from), the fields the
 * other person changed. Incomplete rows save (their problems are reported by requirementProblems).
 */
export async function updateRequirement(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  patch: RequirementPatch,
  base?: RequirementPatch,
): Promise<{ requirement: Requirement; before: Record<string, unknown>; after: Record<string, unknown> }> {
  const r = await em.findOne(Requirement, id);
  if (!r) throw new NotFoundError(`未找到 id 为「${id}」的公开要求`);
  assertDraft(await lockedCatalogue(em, r.catalogue.id, 'edit'));
  const before = await rowSnapshot(em, r);
  const conflict = async (): Promise<ConflictError> => {
    const current = await rowSnapshot(em, await em.refreshOrFail(r));
    const changed = base
      ? [
          ...new Set(
            (Object.keys(base) as Array<keyof RequirementPatch>)
              .filter((k) => JSON.stringify(base[k] ?? null) !== JSON.stringify(current[k] ?? null))
              .map((k) => FIELD_OF_PATCH[k]),
          ),
        ]
      : [];
    return new ConflictError(
      `${await rowLabel(em, r)}已被他人修改${changed.length ? `（${changed.join('、')}）` : ''}，你的修改没有保存；请刷新后再改`,
      changed,
    );
  };
  if (r.version !== expectedVersion) throw await conflict();

  if (patch.contentIntro !== undefined) r.contentIntro = patch.contentIntro?.trim() || null;
  if (patch.contentElements) r.contentElements = patch.contentElements.map((s) => s.trim());
  if (patch.timeLimitRaw !== undefined) {
    const t = parseTimeLimit(patch.timeLimitRaw);
    r.timeLimitRaw = t.raw;
    r.timeLimitRule = t.rule;
    r.longTerm = t.longTerm;
    r.statutoryDefault = t.statutoryDefault;
  }
  if (patch.publishingOrgans) r.publishingOrgans = clean(patch.publishingOrgans);
  if (patch.channels) {
    const bad = patch.channels.filter((c) => !CHANNEL_CODES.includes(c));
    if (bad.length) throw new UserInputError(`公开渠道和载体：未知的渠道「${bad.join('、')}」`, 'channels');
    r.channels = CHANNEL_CODES.filter((c) => patch.channels!.includes(c));
  }
  if (patch.extraChannels) r.extraChannels = clean(patch.extraChannels);
  if (patch.audiences) r.audiences = (['PUBLIC', 'SPECIFIC'] as const).filter((a) => patch.audiences!.includes(a));
  if (patch.legalBasis) r.legalBasis = clean(patch.legalBasis);
  if (patch.modes) r.modes = clean(patch.modes);
  if (patch.levels) r.levels = clean(patch.levels);
  if (patch.remarks) r.remarks = clean(patch.remarks);
  if (patch.officeIds) {
    const ids = [...new Set(patch.officeIds)];
    const offices = ids.length ? await em.find(Office, { id: { $in: ids }, agency: r.agency }) : [];
    if (offices.length !== ids.length) throw new UserInputError('责任科室：只能选择本机关的科室', 'officeIds');
    await em.nativeDelete(RequirementOffice, { requirement: r });
    ids.forEach((officeId, position) =>
      em.create(RequirementOffice, { agency: r.agency, requirement: r, office: officeId, position }),
    );
  }
  try {
    await em.flush(); // the row's UPDATE carries `where version = expectedVersion`
    if (r.version === expectedVersion) {
      // Nothing in the row itself changed (only its offices, or nothing): still move the version on, checked.
      const n = await em.nativeUpdate(
        Requirement,
        { id: r.id, version: expectedVersion },
        { version: expectedVersion + 1 },
      );
      if (n === 0) throw await conflict();
      await em.refreshOrFail(r);
    }
  } catch (e) {
    if (e instanceof OptimisticLockError) throw await conflict();
    throw e;
  }
  return { requirement: r, before, after: await rowSnapshot(em, r) };
}

async function draftItem(em: EntityManager, id: string): Promise<CatalogueItem> {
  const item = await em.findOne(CatalogueItem, id);
  if (!item) throw new NotFoundError(`未找到 id 为「${id}」的事项`);
  assertDraft(await lockedCatalogue(em, item.catalogue.id, 'edit'));
  return item;
}

function checkName(name: string): string {
  const problem = nameProblem('itemName', name);
  if (problem) throw new UserInputError(problem, 'name');
  return name.trim();
}

async function siblings(
  em: EntityManager,
  catalogue: Catalogue | { id: string },
  parentId: string | null,
): Promise<CatalogueItem[]> {
  return em.find(CatalogueItem, { catalogue: catalogue.id, parent: parentId }, { orderBy: { position: 'asc' } });
}

async function renumber(list: CatalogueItem[]): Promise<void> {
  list.forEach((item, i) => {
    if (item.position !== i) item.position = i;
  });
}

export async function addItem(
  em: EntityManager,
  catalogueId: string,
  parentId: string | null,
  name: string,
  position?: number | null,
): Promise<CatalogueItem> {
  const c = await lockedCatalogue(em, catalogueId, 'edit');
  assertDraft(c);
  let level: 1 | 2 | 3 = 1;
  if (parentId) {
    const parent = await em.findOne(CatalogueItem, { id: parentId, catalogue: c });
    if (!parent) throw new UserInputError('上级事项：不在这个目录中', 'parentId');
    if (parent.level >= 3) throw new UserInputError('上级事项：三级事项下不能再加下级', 'parentId');
    level = (parent.level + 1) as 2 | 3;
  }
  await lockPositions(em, { catalogueId: c.id, parentId });
  const list = await siblings(em, c, parentId);
  const at = position === undefined || position === null ? list.length : Math.max(0, Math.min(position, list.length));
  const item = em.create(CatalogueItem, {
    agency: c.agency,
    catalogue: c,
    parent: parentId,
    level,
    name: checkName(name),
    position: at,
    serial: null,
    sourceLine: null,
  });
  list.splice(at, 0, item);
  await renumber(list);
  if (level === 1) list.forEach((it, i) => (it.serial = String(i + 1)));
  await em.flush();
  return item;
}

export async function renameItem(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  name: string,
): Promise<{ item: CatalogueItem; before: string }> {
  const item = await draftItem(em, id);
  if (item.version !== expectedVersion)
    throw new ConflictError(`事项「${item.name}」已被他人修改，你的修改没有保存；请刷新后再改`, ['事项名称']);
  const before = item.name;
  item.name = checkName(name);
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof OptimisticLockError)
      throw new ConflictError(`事项「${before}」已被他人修改，你的修改没有保存；请刷新后再改`, ['事项名称']);
    throw e;
  }
  return { item, before };
}

function depthBelow(item: CatalogueItem, all: CatalogueItem[]): number {
  const kids = all.filter((x) => x.parent?.id === item.id);
  return kids.length === 0 ? 0 : 1 + Math.max(...kids.map((k) => depthBelow(k, all)));
}

/** Moves an item (with its subtree) to another parent and/or position; levels follow. */
export async function moveItem(
  em: EntityManager,
  id: string,
  parentId: string | null,
  position: number,
): Promise<CatalogueItem> {
  const item = await draftItem(em, id);
  await lockPositions(
    em,
    { catalogueId: item.catalogue.id, parentId: item.parent?.id ?? null },
    { catalogueId: item.catalogue.id, parentId },
  );
  const all = await em.find(CatalogueItem, { catalogue: item.catalogue.id });
  let newLevel = 1;
  if (parentId) {
    const parent = all.find((x) => x.id === parentId);
    if (!parent) throw new UserInputError('上级事项：不在这个目录中', 'parentId');
    for (
      let p: CatalogueItem | undefined = parent;
      p;
      p = p.parent ? all.find((x) => x.id === p!.parent!.id) : undefined
    ) {
      if (p.id === item.id) throw new UserInputError('上级事项：不能移到自己的下级之下', 'parentId');
    }
    newLevel = parent.level + 1;
  }
  if (newLevel + depthBelow(item, all) > 3) throw new UserInputError('上级事项：移动后会超过三级', 'parentId');
  const oldParent = item.parent?.id ?? null;
  const oldList = all
    .filter((x) => (x.parent?.id ?? null) === oldParent && x.id !== item.id)
    .sort((a, b) => a.position - b.position);
  await renumber(oldList);
  const newList =
    oldParent === parentId
      ? oldList
      : all.filter((x) => (x.parent?.id ?? null) === parentId).sort((a, b) => a.position - b.position);
  const at = Math.max(0, Math.min(position, newList.length));
  newList.splice(at, 0, item);
  item.parent = parentId ? em.getReference(CatalogueItem, parentId) : null;
  await renumber(newList);
  const relevel = (it: CatalogueItem, level: number): void => {
    it.level = level as 1 | 2 | 3;
    for (const k of all.filter((x) => x.parent?.id === it.id)) relevel(k, level + 1);
  };
  relevel(item, newLevel);
  for (const list of [oldList, newList])
    if (list.some((x) => x.level === 1)) list.forEach((it, i) => (it.serial = String(i + 1)));
  if (newLevel !== 1) item.serial = null;
  await em.flush();
  return item;
}

export async function deleteItem(em: EntityManager, id: string): Promise<{ name: string; rows: number }> {
  const item = await draftItem(em, id);
  await lockPositions(em, { catalogueId: item.catalogue.id, parentId: item.parent?.id ?? null });
  const all = await em.find(CatalogueItem, { catalogue: item.catalogue.id });
  const ids = [item.id];
  for (let i = 0; i < ids.length; i++) for (const k of all.filter((x) => x.parent?.id === ids[i])) ids.push(k.id);
  const rows = await em.count(Requirement, { item: { $in: ids } });
  const parentId = item.parent?.id ?? null;
  await em.nativeDelete(CatalogueItem, { id: item.id }); // cascades to children and rows
  // The item's descendants went with it: forget them too, or the flush below would try to update rows that are gone.
  for (const gone of all.filter((x) => ids.includes(x.id))) em.getUnitOfWork().unsetIdentity(gone);
  const rest = all
    .filter((x) => (x.parent?.id ?? null) === parentId && x.id !== item.id)
    .sort((a, b) => a.position - b.position);
  await renumber(rest);
  if (item.level === 1) rest.forEach((it, i) => (it.serial = String(i + 1)));
  await em.flush();
  return { name: item.name, rows };
}

export async function addRequirement(em: EntityManager, itemId: string): Promise<Requirement> {
  const item = await draftItem(em, itemId);
  await lockPositions(em, { catalogueId: item.catalogue.id, parentId: item.id, rows: true });
  const position = await em.count(Requirement, { item });
  const organ =
    (await em.findOne(Requirement, { catalogue: item.catalogue.id }, { orderBy: { position: 'asc' } }))
      ?.publishingOrgans ?? [];
  const r = em.create(Requirement, {
    agency: item.agency,
    catalogue: item.catalogue,
    item,
    position,
    sourceLine: null,
    contentIntro: null,
    contentElements: [],
    timeLimitRaw: '',
    timeLimitRule: { kind: 'none' },
    longTerm: false,
    statutoryDefault: false,
    publishingOrgans: organ,
    channels: [],
    extraChannels: [],
    audiences: [],
    legalBasis: [],
    modes: [],
    levels: [],
    remarks: [],
  });
  await em.flush();
  return r;
}

export async function deleteRequirement(
  em: EntityManager,
  id: string,
): Promise<{ requirement: Requirement; before: Record<string, unknown> }> {
  const r = await em.findOne(Requirement, id);
  if (!r) throw new NotFoundError(`未找到 id 为「${id}」的公开要求`);
  assertDraft(await lockedCatalogue(em, r.catalogue.id, 'edit'));
  await lockPositions(em, { catalogueId: r.catalogue.id, parentId: r.item.id, rows: true });
  const before = await rowSnapshot(em, r);
  const rest = await em.find(Requirement, { item: r.item, id: { $ne: r.id } }, { orderBy: { position: 'asc' } });
  await em.nativeDelete(Requirement, { id: r.id });
  em.getUnitOfWork().unsetIdentity(r);
  rest.forEach((x, i) => {
    if (x.position !== i) x.position = i;
  });
  await em.flush();
  return { requirement: r, before };
}

/** Merges office `sourceId` into `targetId`: rows move over, the source's name and aliases become aliases. */
export async function mergeOffices(
  em: EntityManager,
  sourceId: string,
  targetId: string,
): Promise<{ target: Office; source: { name: string; aliases: string[] }; rows: number }> {
  if (sourceId === targetId) throw new UserInputError('合并：不能把科室合并到自己', 'targetId');
  const source = await em.findOne(Office, sourceId);
  const target = await em.findOne(Office, targetId);
  if (!source) throw new NotFoundError(`未找到 id 为「${sourceId}」的科室`);
  if (!target) throw new NotFoundError(`未找到 id 为「${targetId}」的科室`);
  if (source.agency.id !== target.agency.id) throw new UserInputError('合并：两个科室必须属于同一机关', 'targetId');
  const links = await em.find(RequirementOffice, { office: source });
  const already = new Set((await em.find(RequirementOffice, { office: target })).map((l) => l.requirement.id));
  for (const l of links) {
    if (already.has(l.requirement.id)) em.remove(l);
    else l.office = target;
  }
  target.aliases = [...new Set([...target.aliases, source.name, ...source.aliases].filter((a) => a !== target.name))];
  const snapshot = { name: source.name, aliases: [...source.aliases] };
  await em.flush();
  await em.nativeDelete(Office, { id: source.id });
  em.getUnitOfWork().unsetIdentity(source);
  return { target, source: snapshot, rows: links.length };
}

/**
 * A person's decision on an 「office spelling variants merged」 finding: CONFIRM keeps the merge; UNDO makes the
 * alias its own office again and moves the rows of this (draft) catalogue that named it back to it.
 */
export async function resolveOfficeAliasFinding(
  em: EntityManager,
  findingId: string,
  action: 'CONFIRM' | 'UNDO',
  login: string,
): Promise<{ finding: ImportFinding; movedRows: number }> {
  const finding = await em.findOne(ImportFinding, findingId);
  if (!finding) throw new NotFoundError(`未找到 id 为「${findingId}」的导入问题`);
  if (finding.kind !== 'office-alias-merged' || !finding.data)
    throw new UserInputError('只有「科室名称合并」的问题可以确认或撤销', 'id');
  if (finding.resolution)
    throw new UserInputError(
      `这个问题已${finding.resolution === 'CONFIRMED' ? '确认' : '撤销'}（${finding.resolvedBy ?? ''}）`,
      'id',
    );
  const { alias, office: officeName, lines } = finding.data as { alias: string; office: string; lines: number[] };
  let movedRows = 0;
  if (action === 'UNDO') {
    const catalogue = await lockedCatalogue(em, finding.catalogue.id, 'edit');
    assertDraft(catalogue);
    const merged = await em.findOne(Office, { agency: finding.agency, name: officeName });
    if (!merged) throw new UserInputError(`科室「${officeName}」已不存在（可能已改名或合并），无法撤销`, 'id');
    let own = await em.findOne(Office, { agency: finding.agency, name: alias });
    if (!own)
      own = em.create(Office, {
        agency: finding.agency,
        name: alias,
        aliases: [],
        position: (await em.count(Office, { agency: finding.agency })) + 1,
      });
    merged.aliases = merged.aliases.filter((a) => a !== alias);
    const rows = await em.find(Requirement, { catalogue, sourceLine: { $in: lines } });
    const links = rows.length
      ? await em.find(RequirementOffice, { requirement: { $in: rows.map((r) => r.id) }, office: merged })
      : [];
    for (const l of links) l.office = own;
    movedRows = links.length;
  }
  finding.resolution = action === 'CONFIRM' ? 'CONFIRMED' : 'UNDONE';
  finding.resolvedBy = login;
  finding.resolvedAt = new Date();
  await em.flush();
  return { finding, movedRows };
}

/**
 * Deletes an office that no row of any version uses. A used office is refused with the rows that name it (merge it
 * into another instead): `rows` are labels such as 「2025版 · 行政执法公示」.
 */
export async function deleteOffice(
  em: EntityManager,
  id: string,
): Promise<{ office: { id: string; agencyId: string; name: string; aliases: string[] } }> {
  const office = await em.findOne(Office, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!office) throw new NotFoundError(`未找到 id 为「${id}」的科室`);
  const uses = await em.execute<Array<{ version_label: string; item_name: string; n: number }>>(
    `select c.version_label, i.name as item_name, count(*)::int as n
       from requirement_office ro join requirement r on r.id = ro.requirement_id
       join catalogue_item i on i.id = r.item_id join catalogue c on c.id = r.catalogue_id
      where ro.office_id = ? group by c.version_label, i.name order by c.version_label, i.name`,
    [office.id],
  );
  if (uses.length > 0) {
    const total = uses.reduce((s, u) => s + u.n, 0);
    const named = uses.slice(0, 5).map((u) => `${u.version_label}「${u.item_name}」${u.n > 1 ? `（${u.n} 行）` : ''}`);
    throw new UserInputError(
      `科室「${office.name}」还有 ${total} 行在用：${named.join('、')}${uses.length > 5 ? ` 等 ${uses.length} 个事项` : ''}；请先把这些行改到别的科室，或把它合并到另一个科室`,
      'id',
    );
  }
  const snapshot = { id: office.id, agencyId: office.agency.id, name: office.name, aliases: [...office.aliases] };
  await em.nativeDelete(Office, { id: office.id });
  em.getUnitOfWork().unsetIdentity(office);
  return { office: snapshot };
}
