/**
 * The catalogue import service: parse an upload in a worker and save it as a new draft of one agency, inside the
 * request's transaction. Used by the import mutations of a department (catalogue-mutations.ts) and by the office's
 * onboarding of many departments.
 */
import { agencyNamedIn, type ImportResult } from '@gongkai/domain';
import { Agency, Catalogue, assertNewVersionLabel, assertNoOpenDraft, saveCatalogue } from '@gongkai/db';
import { ParseFailure } from '@gongkai/exchange';
import type { Context } from './context.js';
import { withSystemScope } from './sessions.js';
import { badUserInput, notFound } from './errors.js';

/**
 * Imports running at once (issue 11): one per user, a few in all. Each holds the request's database connection and
 * a parse worker (packages/exchange/src/parse-pool.ts) for seconds, so a user firing imports in parallel could
 * otherwise take every connection and queue everyone else's imports behind theirs. A refused import changes
 * nothing and may simply be retried.
 */
export const IMPORT_LIMITS = { perUser: 1, total: 3 };
const importsByUser = new Map<string, number>();
let importsRunning = 0;

export async function withImportSlot<T>(ctx: Context, run: () => Promise<T>): Promise<T> {
  const user = ctx.principal.kind === 'user' ? ctx.principal.userId : 'anonymous';
  const mine = importsByUser.get(user) ?? 0;
  if (mine >= IMPORT_LIMITS.perUser) {
    throw badUserInput(`你已有 ${mine} 个导入正在进行（每人同时最多 ${IMPORT_LIMITS.perUser} 个）：请等它完成后再试`, { reason: 'IMPORT_IN_PROGRESS' });
  }
  if (importsRunning >= IMPORT_LIMITS.total) {
    throw badUserInput(`服务器正在处理 ${importsRunning} 个导入（同时最多 ${IMPORT_LIMITS.total} 个）：请稍后再试`, { reason: 'IMPORT_BUSY' });
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
): Promise<Catalogue> {
    const agency = await ctx.em.findOne(Agency, { code: agencyCode });
    if (!agency) throw notFound(`未找到编码为「${agencyCode}」的机关`, { argumentName: 'agencyCode' });
    const result = await parseUpload(parse, field);
    if (!result.ok) throw badUserInput(result.error.message, { field, line: result.error.line });
    const label = versionLabel?.trim() || `${new Date().getFullYear()}版`;
    await assertNoOpenDraft(ctx.em, agency.id);
    await assertNewVersionLabel(ctx.em, agency.id, label);
    // Last check before writing, so that confirming leads straight to the import.
    if (!confirmAgency) await assertOwnAgency(ctx, agency, result.catalogue);
    const catalogue = await saveCatalogue(ctx.em, agency.id, result.catalogue, { versionLabel: label, sourceName: fileName ?? null });
    ctx.audit.push({
      operation: 'importCatalogue',
      objectType: 'Catalogue',
      objectId: catalogue.id,
      agencyId: agency.id,
      catalogueId: catalogue.id,
      after: { title: catalogue.title, versionLabel: label, fileName: fileName ?? null, findings: result.catalogue.findings.length, ...(confirmAgency ? { confirmAgency: true } : {}) },
    });
    return catalogue;
}

/**
 * A file whose title or 公开主体 names another agency (packages/domain agency-names.ts) is imported only with
 * `confirmAgency: true`: otherwise one agency's catalogue and offices could silently end up with another.
 */
export async function assertOwnAgency(ctx: Context, agency: Agency, catalogue: Parameters<typeof agencyNamedIn>[0]): Promise<void> {
  // Every agency's name, not only those the user may read (row-level security shows a department its own agency):
  // names only, read on the system pool outside the request's transaction; the refusal names what the file says.
  const names = await withSystemScope(ctx.systemOrm, async (em) => (await em.execute<Array<{ name: string }>>('select name from agency where id <> ?', [agency.id])).map((r) => r.name));
  const named = agencyNamedIn(catalogue, agency.name, names);
  if (!named) return;
  throw badUserInput(`文件的标题（或公开主体）是「${named.name}」，不是本机关「${agency.name}」：确认要导入为本机关的目录吗？`, {
    reason: 'AGENCY_MISMATCH',
    namedAgency: named.name,
    field: 'confirmAgency',
  });
}
