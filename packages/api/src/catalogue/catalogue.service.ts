/**
 * The catalogue's reads: agencies, catalogues, and what a requirement (row) says about itself — its time limit, what
 * it still lacks, its due date. Each function takes the request's context first (when it needs one); the rules are
 * packages/domain's. Editing is catalogue-editing.service.ts; imports are in ../intake.
 */
import { CHANNELS, computeDueDate, describeTimeLimit, requirementProblems } from '@gongkai/domain';
import { Agency, Catalogue, type Requirement } from '@gongkai/db';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';
import type { AgencyKind, ChannelOptionType, DueDateType, RowProblemType, TimeLimitType } from '../graphql-types.js';

/** Every agency, or those of one kind, in their order. */
export async function agencies(ctx: Context, kind?: AgencyKind | null): Promise<Agency[]> {
  return ctx.em.find(Agency, kind ? { kind } : {}, { orderBy: { position: 'asc', name: 'asc' } });
}

/** The agencies without a parent (the governments at the top). */
export async function agencyRoots(ctx: Context): Promise<Agency[]> {
  return ctx.em.find(Agency, { parent: null }, { orderBy: { position: 'asc', name: 'asc' } });
}

/** The agency of `code`, or NOT_FOUND naming the argument. */
export async function agency(ctx: Context, code: string): Promise<Agency> {
  return agencyByCode(ctx.em, code, 'code');
}

/** The catalogue of `id`, or NOT_FOUND naming the argument. */
export async function catalogueById(ctx: Context, id: string, field = 'id'): Promise<Catalogue> {
  assertId(id, field);
  const catalogue = await ctx.em.findOne(Catalogue, id);
  if (!catalogue) throw notFound(`未找到 id 为「${id}」的目录`, { field });
  return catalogue;
}

/** The published version a draft was started from, if any. */
export async function basedOn(ctx: Context, catalogue: Catalogue): Promise<Catalogue | null> {
  return catalogue.basedOn ? ctx.em.findOne(Catalogue, catalogue.basedOn.id) : null;
}

/** The 13 official channels, in the official order. */
export function channelOptions(): ChannelOptionType[] {
  return CHANNELS.map((c, i) => ({ code: c.code, label: c.label, position: i + 1 }));
}

/** A row's time limit as written, as understood, and described in words. */
export function timeLimit(r: Requirement): TimeLimitType {
  const t = { rule: r.timeLimitRule, longTerm: r.longTerm, statutoryDefault: r.statutoryDefault };
  return { raw: r.timeLimitRaw, kind: r.timeLimitRule.kind, description: describeTimeLimit(t), ...t };
}

/** What a row still lacks (the admin's edit form checks the same rule). */
export async function rowProblems(ctx: Context, r: Requirement): Promise<RowProblemType[]> {
  const offices = (await ctx.loaders.officesByCatalogueRequirement.load(r.catalogue.id)).get(r.id) ?? [];
  return requirementProblems({
    contentIntro: r.contentIntro ?? null,
    contentElements: r.contentElements,
    timeLimit: {
      raw: r.timeLimitRaw,
      rule: r.timeLimitRule,
      longTerm: r.longTerm,
      statutoryDefault: r.statutoryDefault,
    },
    publishingOrgans: r.publishingOrgans,
    channels: r.channels,
    extraChannels: r.extraChannels,
    audiences: r.audiences,
    offices: offices.map((o) => o.name),
  });
}

/** When information of the row formed on `eventDate` must be public, or a refusal naming eventDate. */
export async function dueDate(ctx: Context, r: Requirement, eventDate: string): Promise<DueDateType> {
  const calendar = await ctx.loaders.workingDayCalendar();
  try {
    return computeDueDate(r.timeLimitRule, eventDate, calendar);
  } catch (e) {
    throw badUserInput(`eventDate：${(e as Error).message}`, { field: 'eventDate' });
  }
}
