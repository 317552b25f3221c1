/**
 * A department's offices (责任科室): add, rename (the old name stays as an alias that later imports still
 * recognise), merge, delete when unused. Each function takes the request's context first, checks the arguments,
 * writes and records the audit entry. Storage of merge/delete is packages/db's; the name rules packages/domain's.
 */
import { nameProblem, officeNameClash } from '@gongkai/domain';
import { Office, deleteOffice as dbDeleteOffice, mergeOffices as dbMergeOffices } from '@gongkai/db';
import type { Context } from '../context.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import { agencyByCode } from '../lookups.js';

/** The office of `id`, or NOT_FOUND naming the argument. */
export async function officeById(ctx: Context, id: string, field = 'id'): Promise<Office> {
  assertId(id, field);
  const office = await ctx.em.findOne(Office, id);
  if (!office) throw notFound(`未找到 id 为「${id}」的科室`, { field });
  return office;
}

export async function addOffice(ctx: Context, agencyCode: string, name: string): Promise<Office> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const problem = nameProblem('officeName', name);
  if (problem) throw badUserInput(problem, { field: 'name' });
  const newName = name.trim();
  const offices = await ctx.em.find(Office, { agency });
  const clash = officeNameClash(offices, newName);
  if (clash) throw badUserInput(clash, { field: 'name' });
  const office = ctx.em.create(Office, { agency, name: newName, aliases: [], position: offices.length });
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'addOffice',
    objectType: 'Office',
    objectId: office.id,
    agencyId: agency.id,
    after: { name: newName },
  });
  return office;
}

export async function renameOffice(ctx: Context, id: string, name: string): Promise<Office> {
  const office = await officeById(ctx, id);
  const problem = nameProblem('officeName', name);
  if (problem) throw badUserInput(problem, { field: 'name' });
  const newName = name.trim();
  if (newName === office.name) return office;
  // The same checks as adding: no other office has this name or alias.
  const clash = officeNameClash(await ctx.em.find(Office, { agency: office.agency }), newName, office);
  if (clash) throw badUserInput(clash, { field: 'name' });
  const before = { name: office.name, aliases: [...office.aliases] };
  office.aliases = [...new Set([...office.aliases.filter((a) => a !== newName), office.name])];
  office.name = newName;
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'renameOffice',
    objectType: 'Office',
    objectId: office.id,
    agencyId: office.agency.id,
    before,
    after: { name: office.name, aliases: office.aliases },
  });
  return office;
}

export async function deleteOffice(ctx: Context, id: string): Promise<boolean> {
  assertId(id, 'id');
  const { office } = await dbDeleteOffice(ctx.em, id);
  ctx.audit.push({
    operation: 'deleteOffice',
    objectType: 'Office',
    objectId: office.id,
    agencyId: office.agencyId,
    before: { name: office.name, aliases: office.aliases },
  });
  return true;
}

export async function mergeOffices(ctx: Context, sourceId: string, targetId: string): Promise<Office> {
  assertId(sourceId, 'sourceId');
  assertId(targetId, 'targetId');
  const { target, source, rows } = await dbMergeOffices(ctx.em, sourceId, targetId);
  ctx.audit.push({
    operation: 'mergeOffices',
    objectType: 'Office',
    objectId: target.id,
    agencyId: target.agency.id,
    before: { source, targetName: target.name },
    after: { name: target.name, aliases: target.aliases, rowsMoved: rows },
  });
  return target;
}
