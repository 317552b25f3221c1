/**
 * Catalogue downloads (json, csv, xlsx, docx) outside GraphQL, under the same access rule as the `catalogue`
 * query and the same row-level-security scope. The formats themselves are @gongkai/exchange's.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Catalogue, loadCatalogueJson } from '@gongkai/db';
import { FORMAT_TYPES, renderCatalogue, type CatalogueFormat } from '@gongkai/exchange';
import { createContext } from '../context.js';
import { checkPolicy } from '../request-plugin.js';
import { applyScope, scopeOf } from '../scope.js';

export interface CatalogueDownload {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** A catalogue as a file, for the signed-in user of `sessionToken` (or an anonymous visitor). */
export async function downloadCatalogue(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  catalogueId: string,
  format: CatalogueFormat,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'catalogue', { id: catalogueId });
  const { json, catalogue } = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    const c = /^[0-9a-f-]{36}$/iu.test(catalogueId) ? await tx.findOne(Catalogue, catalogueId) : null;
    if (!c) throw new GraphQLError(`未找到 id 为「${catalogueId}」的目录`, { extensions: { code: 'NOT_FOUND' } });
    return { json: await loadCatalogueJson(tx, c.id), catalogue: c };
  });
  if (ctx.principal.kind === 'anonymous') json.findings = [];
  return {
    fileName: `${catalogue.title}（${catalogue.versionLabel}）.${format}`,
    contentType: FORMAT_TYPES[format],
    body: await renderCatalogue(json, format),
  };
}

export type { CatalogueFormat };
