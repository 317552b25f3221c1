/**
 * The 依申请公开 register as an Excel download, under the same access rule and database scope as the
 * `applicationRegister` query (personal data only for the agency's own users, as there). The workbook's header is
 * the import's (a round trip re-imports it); the layout is @gongkai/exchange's.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext } from '../context.js';
import { createLoaders } from '../loaders.js';
import { checkPolicy } from '../request-plugin.js';
import { applyScope, scopeOf } from '../scope.js';
import type { CatalogueDownload } from '../catalogue/catalogue-files.js';
import { registerWorkbook } from './application.service.js';

export async function downloadApplicationRegister(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  agencyCode: string,
  year: number | null,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'applicationRegister', { agencyCode, year });
  const file = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    return registerWorkbook({ ...ctx, em: tx, loaders: createLoaders(tx) }, agencyCode, year);
  });
  return {
    fileName: file.fileName,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: file.body,
  };
}
