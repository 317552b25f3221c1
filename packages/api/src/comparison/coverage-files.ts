/**
 * The coverage matrix as an Excel download, under the same access rule and database scope as the `coverageMatrix`
 * query. The workbook layout is @gongkai/exchange's.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { writeCoverageXlsx } from '@gongkai/exchange';
import { createContext } from '../context.js';
import { checkPolicy } from '../request-plugin.js';
import { applyScope, scopeOf } from '../scope.js';
import type { CatalogueDownload } from '../catalogue/catalogue-files.js';
import { coverageMatrixFor } from './comparison.service.js';

export async function downloadCoverageMatrix(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  templateId: string,
  governmentCode: string | null,
  agencyCodes: string[] | null,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'coverageMatrix', { templateId, governmentCode, agencyCodes });
  const { template, matrix } = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    return coverageMatrixFor(tx, templateId, governmentCode, agencyCodes);
  });
  const title = `${template.title}（${template.versionLabel}）覆盖矩阵`;
  const body = await writeCoverageXlsx({
    title,
    columns: matrix.columns,
    rows: matrix.rows.map((r, i) => ({
      ...r,
      agencyName: matrix.departments[i]!.agency.name,
      versionLabel: matrix.departments[i]!.catalogue?.versionLabel ?? null,
    })),
  });
  return {
    fileName: `${title}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
