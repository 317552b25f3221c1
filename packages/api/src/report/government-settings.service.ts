/**
 * A government's settings (职责分离设置), the work behind the resolver (the request's context first): the
 * government looked up by its code, the settings read or changed (storage in packages/db report-store.ts), the
 * change recorded in the audit log with what it was before.
 */
import {
  Agency,
  governmentSettings as storedSettings,
  setGovernmentSettings as storeSettings,
  type GovernmentSettings,
} from '@gongkai/db';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { agencyByCode } from '../lookups.js';

async function government(ctx: Context, code: string): Promise<Agency> {
  const g = await agencyByCode(ctx.em, code, 'governmentCode');
  if (g.kind !== 'GOVERNMENT')
    throw badUserInput(`「${g.name}」不是人民政府，没有职责分离设置`, { field: 'governmentCode' });
  return g;
}

export async function governmentSettings(ctx: Context, governmentCode: string): Promise<GovernmentSettings> {
  return storedSettings(ctx.em, (await government(ctx, governmentCode)).id);
}

export async function setGovernmentSettings(
  ctx: Context,
  governmentCode: string,
  change: Partial<GovernmentSettings>,
): Promise<GovernmentSettings> {
  const g = await government(ctx, governmentCode);
  const before = await storedSettings(ctx.em, g.id);
  const after = await storeSettings(ctx.em, g, change, ctx.principal.kind === 'user' ? ctx.principal.login : null);
  ctx.audit.push({
    operation: 'setGovernmentSettings',
    objectType: 'GovernmentSetting',
    objectId: g.code,
    agencyId: g.id,
    before: { ...before },
    after: { ...after },
  });
  return after;
}
