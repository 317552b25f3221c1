/**
 * The catalogue import service: parse an upload in a worker and save it as a new draft of one agency, inside the
 * request's transaction. Used by the import mutations of a department (catalogue-mutations.ts) and by the office's
 * onboarding of many departments.
 */
import {
  COLUMN_CHOICES,
  agencyNamedIn,
  catalogueFileKind,
  describeCatalogueGrid,
  type CatalogueGrid,
  type ColumnOverride,
  type GridResult,
  type ImportResult,
} from '@gongkai/domain';
import {
  Agency,
  Catalogue,
  assertNewVersionLabel,
  assertNoOpenDraft,
  readImportMapping,
  saveCatalogue,
  saveImportMapping,
  type StoredColumnChoice,
} from '@gongkai/db';
import { ParseFailure, parseCatalogueFile, parseCatalogueFileWithLayout, parseCatalogueGrid } from '@gongkai/exchange';
import type { Context } from '../context.js';
import { withSystemScope } from '../account/sessions.js';
import { badUserInput } from '../errors.js';
import { agencyByCode } from '../lookups.js';

/**
 * Imports running at once (issue 11): one per user, a few in all. Each holds the request's database connection and
 * a parse worker (packages/exchange/src/parse-pool.ts) for seconds, so a user firing imports in parallel could
 * otherwise take every connection and queue everyone else's imports behind theirs. A refused import changes
 * nothing and may simply be retried.
 */
export const IMPORT_LIMITS = { perUser: 1, total: 3 };
const importsByUser = new Map<string, number>();
let importsRunning = 0;

/** One of the user's IMPORT_LIMITS.perUser slots, locked until the request's transaction ends; false when all are taken. */
async function takeUserImportSlot(ctx: Context, user: string): Promise<boolean> {
  const [row] = await ctx.em.execute<Array<{ slot: number | null }>>(
    `select (select i from generate_series(0, ? - 1) as i
              where pg_try_advisory_xact_lock(hashtext('gongkai.import:' || ?), i) limit 1) as slot`,
    [IMPORT_LIMITS.perUser, user],
  );
  return row?.slot !== null && row?.slot !== undefined;
}

export async function withImportSlot<T>(ctx: Context, run: () => Promise<T>): Promise<T> {
  const user = ctx.principal.kind === 'user' ? ctx.principal.userId : 'anonymous';
  const mine = importsByUser.get(user) ?? 0;
  if (mine >= IMPORT_LIMITS.perUser) {
    throw badUserInput(`你已有 ${mine} 个导入正在进行（每人同时最多 ${IMPORT_LIMITS.perUser} 个）：请等它完成后再试`, {
      reason: 'IMPORT_IN_PROGRESS',
    });
  }
  if (importsRunning >= IMPORT_LIMITS.total) {
    throw badUserInput(`服务器正在处理 ${importsRunning} 个导入（同时最多 ${IMPORT_LIMITS.total} 个）：请稍后再试`, {
      reason: 'IMPORT_BUSY',
    });
  }
  // The same limit across server processes (several behind a load balancer): a transaction-scoped advisory lock per
  // user and slot, held by the request's transaction and released with it — one more statement, no table.
  if (!(await takeUserImportSlot(ctx, user))) {
    throw badUserInput(`你已有导入正在进行（每人同时最多 ${IMPORT_LIMITS.perUser} 个）：请等它完成后再试`, {
      reason: 'IMPORT_IN_PROGRESS',
    });
  }
  importsByUser.set(user, mine + 1);
  importsRunning++;
  try {
    return await run();
  } finally {
    importsRunning--;
    const left = (importsByUser.get(user) ?? 1) - 1;
    if (left > 0) importsByUser.set(user, left);
    else importsByUser.delete(user);
  }
}

/** Parses in a worker; a file past the parse limits (time, memory) is the user's error, named as such. */
export async function parseUpload(parse: () => Promise<ImportResult>, field: string): Promise<ImportResult> {
  try {
    return await parse();
  } catch (e) {
    if (e instanceof ParseFailure) throw badUserInput(e.message, { field, reason: e.reason });
    throw e;
  }
}

export interface SaveImportedOptions {
  /** Runs after the draft is saved, in the same transaction (a failure there writes nothing at all). */
  afterSave?: (agency: Agency, catalogue: Catalogue) => Promise<void>;
}

/**
 * Parses an uploaded file and saves it as a new draft of the agency (one transaction with the request), or names
 * what is wrong. The agency is looked up before parsing, so an unknown code costs no parse.
 */
export async function saveImported(
  ctx: Context,
  agencyCode: string,
  parse: () => Promise<ImportResult>,
  field: string,
  fileName: string | null | undefined,
  versionLabel: string | null | undefined,
  confirmAgency: boolean,
  options: SaveImportedOptions = {},
): Promise<Catalogue> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const result = await parseUpload(parse, field);
  if (!result.ok) throw badUserInput(result.error.message, { field, line: result.error.line });
  const label = versionLabel?.trim() || `${new Date().getFullYear()}版`;
  await assertNoOpenDraft(ctx.em, agency.id);
  await assertNewVersionLabel(ctx.em, agency.id, label);
  // Last check before writing, so that confirming leads straight to the import.
  if (!confirmAgency) await assertOwnAgency(ctx, agency, result.catalogue);
  const catalogue = await saveCatalogue(ctx.em, agency.id, result.catalogue, {
    versionLabel: label,
    sourceName: fileName ?? null,
  });
  await options.afterSave?.(agency, catalogue);
  ctx.audit.push({
    operation: 'importCatalogue',
    objectType: 'Catalogue',
    objectId: catalogue.id,
    agencyId: agency.id,
    catalogueId: catalogue.id,
    after: {
      title: catalogue.title,
      versionLabel: label,
      fileName: fileName ?? null,
      findings: result.catalogue.findings.length,
      ...(confirmAgency ? { confirmAgency: true } : {}),
    },
  });
  return catalogue;
}

/**
 * A file whose title or 公开主体 names another agency (packages/domain agency-names.ts) is imported only with
 * `confirmAgency: true`: otherwise one agency's catalogue and offices could silently end up with another.
 */
export async function assertOwnAgency(
  ctx: Context,
  agency: Agency,
  catalogue: Parameters<typeof agencyNamedIn>[0],
): Promise<void> {
  // Every agency's name, not only those the user may read (row-level security shows a department its own agency):
  // names only, read on the system pool outside the request's transaction; the refusal names what the file says.
  const names = await withSystemScope(ctx.systemOrm, async (em) =>
    (await em.execute<Array<{ name: string }>>('select name from agency where id <> ?', [agency.id])).map(
      (r) => r.name,
    ),
  );
  const named = agencyNamedIn(catalogue, agency.name, names);
  if (!named) return;
  throw badUserInput(
    `文件的标题（或公开主体）是「${named.name}」，不是本机关「${agency.name}」：确认要导入为本机关的目录吗？`,
    {
      reason: 'AGENCY_MISMATCH',
      namedAgency: named.name,
      field: 'confirmAgency',
    },
  );
}

// ---- The import preview and column mappings (issue 12, item 3) ----

const CHOICES = new Map(COLUMN_CHOICES.map((c) => [c.choice as string, c]));
/** Columns a mapping may name: far more than any catalogue has (10–30), few enough to bound the work. */
export const MAX_MAPPED_COLUMNS = 200;
const MAX_TICK_LABEL = 50;

/**
 * The column mapping of importCatalogueFile checked before any parse: each column a whole number within bounds and
 * named once, each choice one of the domain's COLUMN_CHOICES, a tick label short. The message names the column.
 */
export function checkColumnMapping(
  columns: ReadonlyArray<{ column: number; choice: string; tickLabel?: string | null }>,
): ColumnOverride[] {
  if (columns.length > MAX_MAPPED_COLUMNS)
    throw badUserInput(`列的对应关系：最多 ${MAX_MAPPED_COLUMNS} 列，收到 ${columns.length} 列`, { field: 'columns' });
  const seen = new Set<number>();
  return columns.map((c, i) => {
    const field = `columns[${i}]`;
    if (!Number.isInteger(c.column) || c.column < 0 || c.column >= MAX_MAPPED_COLUMNS) {
      throw badUserInput(
        `列的对应关系第${i + 1}项：列号「${String(c.column)}」无效（应为 0 至 ${MAX_MAPPED_COLUMNS - 1}）`,
        { field: `${field}.column` },
      );
    }
    const name = `第${c.column + 1}列`;
    const choice = CHOICES.get(c.choice);
    if (!choice)
      throw badUserInput(
        `${name}：未知的列含义「${c.choice.slice(0, 40)}」（可选：${COLUMN_CHOICES.map((x) => x.label).join('、')}）`,
        { field: `${field}.choice`, column: c.column },
      );
    if (seen.has(c.column))
      throw badUserInput(`${name}：设置了不止一次`, { field: `${field}.column`, column: c.column });
    seen.add(c.column);
    const tick = c.tickLabel?.trim() ?? '';
    if ([...tick].length > MAX_TICK_LABEL)
      throw badUserInput(`${name}：勾选的选项不能超过 ${MAX_TICK_LABEL} 个字`, {
        field: `${field}.tickLabel`,
        column: c.column,
      });
    return choice.tick && tick !== ''
      ? { column: c.column, choice: choice.choice, tickLabel: tick }
      : { column: c.column, choice: choice.choice };
  });
}

async function parseGrid(fileName: string, data: Uint8Array, field: string): Promise<CatalogueGrid> {
  let result: GridResult;
  try {
    result = await parseCatalogueGrid(fileName, data);
  } catch (e) {
    if (e instanceof ParseFailure) throw badUserInput(e.message, { field, reason: e.reason });
    throw e;
  }
  if (!result.ok) throw badUserInput(result.error.message, { field, line: result.error.line });
  return result.grid;
}

export interface CataloguePreview {
  fileName: string;
  kind: string;
  grid: CatalogueGrid | null;
  layoutKey: string | null;
  rememberedColumns: StoredColumnChoice[] | null;
  rememberedAt: Date | null;
  rememberedBy: string | null;
  catalogue: unknown;
  note: string | null;
}

export const JSON_PREVIEW_NOTE = 'JSON 文件是本平台导出的目录，没有表格：预览只显示解析结果，不能调整列的对应关系。';

/**
 * Reads an upload for the preview, writing nothing: the grid (interpreted in the browser) and the mapping the agency
 * used last time for this layout; a JSON catalogue (no grid) parsed as it would be imported. A file without a
 * catalogue header is refused as the import would refuse it.
 */
export async function previewUpload(
  ctx: Context,
  agencyCode: string,
  fileName: string,
  data: Uint8Array,
  field: string,
): Promise<CataloguePreview> {
  const agency = await agencyByCode(ctx.em, agencyCode);
  const kind = catalogueFileKind(fileName);
  const none = { layoutKey: null, rememberedColumns: null, rememberedAt: null, rememberedBy: null };
  if (kind === 'json') {
    const result = await parseUpload(() => parseCatalogueFile(fileName, data), field);
    if (!result.ok) throw badUserInput(result.error.message, { field, line: result.error.line });
    auditPreview(ctx, agency, fileName, data, null);
    return { fileName, kind, grid: null, ...none, catalogue: result.catalogue, note: JSON_PREVIEW_NOTE };
  }
  const grid = await parseGrid(fileName, data, field);
  const layout = describeCatalogueGrid(grid);
  if (!layout.headerRows || !layout.layoutKey) {
    const problem = layout.problem ?? { line: null, message: '没有找到目录表头，这不是主动公开目录' };
    throw badUserInput(problem.message, { field, line: problem.line });
  }
  const remembered = await readImportMapping(ctx.em, agency.id, layout.layoutKey);
  auditPreview(ctx, agency, fileName, data, layout.layoutKey);
  return {
    fileName,
    kind: kind ?? '',
    grid,
    layoutKey: layout.layoutKey,
    rememberedColumns: remembered && remembered.columns.length > 0 ? remembered.columns : null,
    rememberedAt: remembered?.updatedAt ?? null,
    rememberedBy: remembered?.updatedBy ?? null,
    catalogue: null,
    note: null,
  };
}

/** The preview's own audit entry (every mutation is logged): the file's name and size, not its content. */
function auditPreview(
  ctx: Context,
  agency: Agency,
  fileName: string,
  data: Uint8Array,
  layoutKey: string | null,
): void {
  ctx.audit.push({
    operation: 'previewCatalogueFile',
    objectType: 'Agency',
    objectId: agency.id,
    agencyId: agency.id,
    after: { fileName, bytes: data.length, layoutKey },
  });
}

/**
 * Imports an upload read with the user's column mapping, and remembers the mapping for the agency and the file's
 * layout in the same transaction as the draft (an empty mapping forgets the one remembered). The layout is the
 * grid's header as written, so the next file of that layout is offered the mapping. The file is read once: the worker
 * returns the result with the layout of the grid it interpreted (for an old Office/WPS file, one LibreOffice run).
 */
export async function importWithColumns(
  ctx: Context,
  agencyCode: string,
  fileName: string,
  data: Uint8Array,
  columns: ColumnOverride[],
  field: string,
  versionLabel: string | null | undefined,
  confirmAgency: boolean,
): Promise<Catalogue> {
  let key: string | null = null;
  const parse = async (): Promise<ImportResult> => {
    const { result, layout } = await parseCatalogueFileWithLayout(fileName, data, { columns });
    // A mapping that leaves the header without what a catalogue needs is named as the mapping's fault.
    if (layout?.problem && layout.headerRows)
      throw badUserInput(layout.problem.message, { field: 'columns', line: layout.problem.line });
    key = layout?.layoutKey ?? null;
    return result;
  };
  const by = ctx.principal.kind === 'user' ? ctx.principal.login : null;
  return saveImported(ctx, agencyCode, parse, field, fileName, versionLabel, confirmAgency, {
    afterSave: async (agency) => {
      if (key === null) return;
      await saveImportMapping(ctx.em, agency.id, key, columns, by);
    },
  });
}
