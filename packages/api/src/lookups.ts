/**
 * Looking up what an argument names, or answering NOT_FOUND naming the argument — one helper per kind of object, so
 * every operation says it the same way (extensions.field is the argument).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '@gongkai/db';
import { notFound } from './errors.js';

/** The agency of `code` (as the request's row-level security lets it be seen), or NOT_FOUND naming `field`. */
export async function agencyByCode(em: EntityManager, code: string, field = 'agencyCode'): Promise<Agency> {
  const agency = await em.findOne(Agency, { code });
  if (!agency) throw notFound(`未找到编码为「${code}」的机关`, { field });
  return agency;
}
