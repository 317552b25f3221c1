/**
 * The office's view of 主动公开 records as an Excel download, under the same access rule and database scope as the
 * `officeRecordView` query (one transaction, the principal's scope). The workbook layout is @gongkai/exchange's.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { INTERPRETATION_STATES } from '@gongkai/domain';
import { writeRecordViewXlsx } from '@gongkai/exchange';
import { createContext } from '../context.js';
import { createLoaders } from '../loaders.js';
import { checkPolicy } from '../request-plugin.js';
import { applyScope, scopeOf } from '../scope.js';
import type { CatalogueDownload } from '../catalogue/catalogue-files.js';
import { officeRecordView } from './record.service.js';

const interpretationLabel = (state: string): string =>
  INTERPRETATION_STATES.find((s) => s.key === state)?.label ?? state;

export async function downloadOfficeRecordView(
  orm: MikroORM,
  systemOrm: MikroORM,
  sessionToken: string | undefined,
  governmentCode: string,
  year: number,
): Promise<CatalogueDownload> {
  const ctx = await createContext(orm, { sessionToken, systemOrm });
  await checkPolicy(ctx, 'Query', 'officeRecordView', { governmentCode, year });
  // The lists are read inside the transaction (the view loads them when first asked for).
  const { view, departments } = await ctx.em.transactional(async (tx) => {
    await applyScope(tx, scopeOf(ctx.principal));
    const v = await officeRecordView({ ...ctx, em: tx, loaders: createLoaders(tx) }, governmentCode, year);
    const rows = [];
    for (const d of v.departments)
      rows.push({
        name: (d.agency as { name: string }).name,
        figures: d.figures,
        lateRecords: await d.lateRecords,
        missingPeriods: d.missingPeriods,
        itemsWithNothingPublished: d.itemsWithNothingPublished,
        policiesWithoutInterpretation: (await d.policiesWithoutInterpretation).map((p) => ({
          policy: p.policy,
          stateLabel: interpretationLabel(p.state),
          explanation: p.explanation,
        })),
      });
    return { view: v, departments: rows };
  });
  const government = view.government as { name: string };
  const title = `${government.name}${year}年主动公开按时情况`;
  const body = await writeRecordViewXlsx({ title, total: view.total, departments });
  return {
    fileName: `${title}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
