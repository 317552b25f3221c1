/**
 * Comparing catalogues: any two catalogues side by side, the coverage matrix of a standard catalogue over a
 * government's departments, compliance findings, the office's confirmed / rejected item matches. Each function takes
 * the request's context first; the rules are @gongkai/domain's, the loading @gongkai/db's.
 */
import {
  Agency,
  Catalogue,
  type ItemMatchDecision,
  clearMatchDecision,
  compareStoredCatalogues,
  computeCoverageMatrix,
  departmentsOf,
  listMatchDecisions,
  loadCatalogueJson,
  setMatchDecision,
  type StoredCoverageMatrix,
} from '@gongkai/db';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AUDIENCE_LABELS,
  channelLabel,
  complianceFindings,
  coverageOf,
  firstRow,
  type FlatItem,
  type MatrixRow,
} from '@gongkai/domain';
import type { Context } from '../context.js';
import { KeptCopies } from '../kept-copies.js';
import { assertId, badUserInput, notFound } from '../errors.js';
import type {
  CatalogueComparisonType,
  ComparedItemType,
  ComplianceReportType,
  CoverageMatrixType,
  CoverageStatus,
  ItemMatchDecisionType,
  MatchDecisionKind,
} from './comparison.type.js';

function compared(f: FlatItem): ComparedItemType {
  const r = firstRow(f.item);
  return {
    path: f.path,
    rowCount: f.item.requirements.length,
    content: r ? [r.contentIntro ?? '', ...r.contentElements].filter(Boolean).join(' ') || null : null,
    timeLimit: r ? r.timeLimit.raw || null : null,
    channels: r ? [...r.channels.map(channelLabel), ...r.extraChannels] : [],
    audiences: r ? r.audiences.map((a) => AUDIENCE_LABELS[a]) : [],
    offices: r ? r.offices : [],
  };
}

function decisionType(d: ItemMatchDecision): ItemMatchDecisionType {
  return {
    id: d.id,
    leftPath: d.leftPath,
    rightPath: d.rightPath,
    decision: d.decision as MatchDecisionKind,
    decidedBy: d.decidedBy ?? null,
    decidedAt: d.decidedAt,
  };
}

/** The catalogue of `id`, or NOT_FOUND naming the argument. */
async function catalogueOf(ctx: Context, id: string, arg: string): Promise<Catalogue> {
  assertId(id, arg);
  const c = await ctx.em.findOne(Catalogue, id);
  if (!c) throw notFound(`未找到 id 为「${id}」的目录`, { field: arg });
  return c;
}

/**
 * Coverage rows kept between requests (issue 14): a department's row against a template is recomputed only when
 * either agency's catalogue data or the decisions between them change (computeCoverageMatrix keys them so). A
 * county's matrix is ~95 rows of ~80 cells; 2,000 rows cover ~20 counties' matrices at a few MB.
 */
const keptMatrixRows = new KeptCopies<MatrixRow>(2000);

/** For tests: forget every kept coverage row. */
export function forgetKeptMatrixRows(): void {
  keptMatrixRows.clear();
}

/**
 * The departments a matrix covers (those named, or all departments of the government, by default the template's
 * own) and the matrix itself. Shared by the query and the xlsx download (which passes its own transaction).
 */
export async function coverageMatrixFor(
  em: EntityManager,
  templateId: string,
  governmentCode?: string | null,
  agencyCodes?: string[] | null,
): Promise<{ template: Catalogue; matrix: StoredCoverageMatrix }> {
  assertId(templateId, 'templateId');
  const template = await em.findOne(Catalogue, templateId);
  if (!template) throw notFound(`未找到 id 为「${templateId}」的目录`, { field: 'templateId' });
  let agencyIds: string[];
  if (agencyCodes && agencyCodes.length) {
    if (agencyCodes.length > 5000) throw badUserInput('agencyCodes：一次最多 5000 个部门', { field: 'agencyCodes' });
    const found = await em.find(Agency, { code: { $in: agencyCodes } });
    const missing = agencyCodes.filter((c) => !found.some((a) => a.code === c));
    if (missing.length) throw notFound(`未找到编码为「${missing.join('、')}」的机关`, { field: 'agencyCodes' });
    agencyIds = found.map((a) => a.id);
  } else {
    const owner = await em.findOneOrFail(Agency, template.agency.id);
    const government = governmentCode
      ? await em.findOne(Agency, { code: governmentCode })
      : owner.parent
        ? await em.findOne(Agency, owner.parent.id)
        : null;
    if (!government)
      throw notFound(
        governmentCode ? `未找到编码为「${governmentCode}」的机关` : '该标准目录不属于任何政府，请指定 governmentCode',
        { field: 'governmentCode' },
      );
    if (government.kind !== 'GOVERNMENT')
      throw badUserInput(`「${government.name}」不是人民政府`, { field: 'governmentCode' });
    agencyIds = (await departmentsOf(em, government.id)).map((a) => a.id);
  }
  return { template, matrix: await computeCoverageMatrix(em, templateId, agencyIds, keptMatrixRows) };
}

export async function compareCatalogues(
  ctx: Context,
  leftId: string,
  rightId: string,
): Promise<CatalogueComparisonType> {
  await catalogueOf(ctx, leftId, 'leftId');
  await catalogueOf(ctx, rightId, 'rightId');
  const c = await compareStoredCatalogues(ctx.em, leftId, rightId);
  return {
    pairs: c.pairs.map((p) => ({
      left: compared(p.left),
      right: compared(p.right),
      score: p.score,
      method: p.method,
      differences: p.differences,
    })),
    onlyLeft: c.onlyLeft.map(compared),
    onlyRight: c.onlyRight.map(compared),
  };
}

export async function coverageMatrix(
  ctx: Context,
  templateId: string,
  governmentCode?: string | null,
  agencyCodes?: string[] | null,
): Promise<CoverageMatrixType> {
  const { template, matrix: m } = await coverageMatrixFor(ctx.em, templateId, governmentCode, agencyCodes);
  return {
    template,
    columns: m.columns,
    rows: m.rows.map((r, i) => ({
      agency: m.departments[i]!.agency,
      catalogueId: m.departments[i]!.catalogue?.catalogueId ?? null,
      versionLabel: m.departments[i]!.catalogue?.versionLabel ?? null,
      score: r.score,
      covered: r.covered,
      weaker: r.weaker,
      missing: r.missing,
      mandatoryMissing: r.mandatoryMissing,
      cells: r.cells.map((c) => ({ ...c, status: c.status.toUpperCase() as CoverageStatus })),
      findings: r.findings,
    })),
  };
}

export async function catalogueCompliance(
  ctx: Context,
  catalogueId: string,
  templateId?: string | null,
): Promise<ComplianceReportType> {
  await catalogueOf(ctx, catalogueId, 'catalogueId');
  if (templateId) await catalogueOf(ctx, templateId, 'templateId');
  const catalogue = await loadCatalogueJson(ctx.em, catalogueId);
  const template = templateId ? await loadCatalogueJson(ctx.em, templateId) : undefined;
  const coverage = template ? coverageOf(template, catalogue) : undefined;
  return {
    coverageScore: coverage?.score ?? null,
    coverage: coverage?.cells ?? null,
    findings: complianceFindings(catalogue, template, coverage),
  };
}

export async function itemMatchDecisions(
  ctx: Context,
  leftId: string,
  rightId: string,
): Promise<ItemMatchDecisionType[]> {
  const [l, r] = [await catalogueOf(ctx, leftId, 'leftId'), await catalogueOf(ctx, rightId, 'rightId')];
  return (await listMatchDecisions(ctx.em, l.agency.id, r.agency.id)).map(decisionType);
}

export interface ItemMatchInput {
  leftCatalogueId: string;
  leftPath: string[];
  rightCatalogueId: string;
  rightPath: string[];
  decision: MatchDecisionKind;
}

export async function setItemMatch(ctx: Context, input: ItemMatchInput): Promise<ItemMatchDecisionType> {
  const { leftCatalogueId, leftPath, rightCatalogueId, rightPath, decision } = input;
  assertId(leftCatalogueId, 'leftCatalogueId');
  assertId(rightCatalogueId, 'rightCatalogueId');
  if (leftPath.length === 0 || leftPath.length > 3)
    throw badUserInput('leftPath：事项路径应有 1 到 3 级', { field: 'leftPath' });
  if (rightPath.length === 0 || rightPath.length > 3)
    throw badUserInput('rightPath：事项路径应有 1 到 3 级', { field: 'rightPath' });
  const login = ctx.principal.kind === 'user' ? ctx.principal.login : null;
  return decisionType(
    await setMatchDecision(ctx.em, {
      leftCatalogueId,
      leftPath,
      rightCatalogueId,
      rightPath,
      decision,
      decidedBy: login,
    }),
  );
}

export async function clearItemMatch(ctx: Context, id: string): Promise<ItemMatchDecisionType> {
  assertId(id, 'id');
  return decisionType(await clearMatchDecision(ctx.em, id));
}
