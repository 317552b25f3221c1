/**
 * Importing catalogue files into one's own agency (text, xlsx, json), adding, renaming and deleting an office.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { agencyNamedIn, nameProblem, type ImportResult } from '@gongkai/domain';
import { Agency, Catalogue, Office, assertNewVersionLabel, assertNoOpenDraft, deleteOffice, saveCatalogue } from '@gongkai/db';
import type { Context } from './context.js';
import { withSystemScope } from './sessions.js';
import { ParseFailure, parseCatalogueFile, parseCatalogueText } from '@gongkai/exchange';
import { assertId, badUserInput, notFound } from './errors.js';
import { CatalogueType, OfficeType } from './graphql-types.js';

const MAX_TEXT = 2_000_000;
const CONFIRM_AGENCY = '文件的标题或公开主体写的是另一个机关时，确认仍导入为本机关的目录（不确认时拒绝，reason AGENCY_MISMATCH）';

@Resolver()
export class CatalogueMutationResolver {
  @Mutation(() => CatalogueType, { description: '导入目录文本（PDF 表格复制出的制表符分隔文本）为本机关的新草稿；出错时什么都不写' })
  async importCatalogue(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('text') text: string,
    @Arg('fileName', () => String, { nullable: true }) fileName?: string | null,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, defaultValue: false, description: CONFIRM_AGENCY }) confirmAgency?: boolean | null,
  ): Promise<Catalogue> {
    if (text.length > MAX_TEXT) throw badUserInput(`文件过大（${text.length} 个字符，上限 ${MAX_TEXT}）`, { field: 'text' });
    return withImportSlot(ctx, () => saveImported(ctx, agencyCode, () => parseCatalogueText(text, { sourceName: fileName ?? undefined }), 'text', fileName, versionLabel, confirmAgency === true));
  }

  @Mutation(() => CatalogueType, { description: '导入目录文件（.xlsx、.json，或 PDF 表格复制出的 .txt），内容为 base64；出错时什么都不写，错误指明工作表、行和单元格' })
  async importCatalogueFile(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, defaultValue: false, description: CONFIRM_AGENCY }) confirmAgency?: boolean | null,
  ): Promise<Catalogue> {
    if (!/^[A-Za-z0-9+/=\s]*$/u.test(contentBase64)) throw badUserInput('文件内容：不是 base64 编码', { field: 'contentBase64' });
    const data = Buffer.from(contentBase64, 'base64');
    if (data.length === 0) throw badUserInput('文件为空：没有可导入的内容', { field: 'contentBase64' });
    return withImportSlot(ctx, () => saveImported(ctx, agencyCode, () => parseCatalogueFile(fileName, data), 'contentBase64', fileName, versionLabel, confirmAgency === true));
  }

  @Mutation(() => OfficeType, { description: '新增责任科室（编辑行时就地添加）' })
  async addOffice(@Ctx() ctx: Context, @Arg('agencyCode') agencyCode: string, @Arg('name') name: string): Promise<Office> {
    const agency = await ctx.em.findOne(Agency, { code: agencyCode });
    if (!agency) throw notFound(`未找到编码为「${agencyCode}」的机关`, { argumentName: 'agencyCode' });
    const problem = nameProblem('officeName', name);
    if (problem) throw badUserInput(problem, { field: 'name' });
    const newName = name.trim();
    const offices = await ctx.em.find(Office, { agency });
    const same = offices.find((o) => o.name === newName || o.aliases.includes(newName));
    if (same) throw badUserInput(`科室名称：本机关已有「${same.name}」${same.name === newName ? '' : `（「${newName}」是它的别名）`}`, { field: 'name' });
    const office = ctx.em.create(Office, { agency, name: newName, aliases: [], position: offices.length });
    await ctx.em.flush();
    ctx.audit.push({ operation: 'addOffice', objectType: 'Office', objectId: office.id, agencyId: agency.id, after: { name: newName } });
    return office;
  }

  @Mutation(() => OfficeType, { description: '重命名责任科室；旧名称记为别名，以后导入时仍能识别' })
  async renameOffice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Office> {
    assertId(id, 'id');
    const office = await ctx.em.findOne(Office, id);
    if (!office) throw notFound(`未找到 id 为「${id}」的科室`, { argumentName: 'id' });
    const problem = nameProblem('officeName', name);
    if (problem) throw badUserInput(problem, { field: 'name' });
    const newName = name.trim();
    if (newName === office.name) return office;
    const clash = await ctx.em.findOne(Office, { agency: office.agency, name: newName });
    if (clash) throw badUserInput(`科室名称：本机关已有「${newName}」`, { field: 'name' });
    const before = { name: office.name, aliases: [...office.aliases] };
    office.aliases = [...new Set([...office.aliases.filter((a) => a !== newName), office.name])];
    office.name = newName;
    await ctx.em.flush();
    ctx.audit.push({ operation: 'renameOffice', objectType: 'Office', objectId: office.id, agencyId: office.agency.id, before, after: { name: office.name, aliases: office.aliases } });
    return office;
  }

  @Mutation(() => Boolean, { description: '删除没有任何行在用的责任科室（任何版本）；在用时拒绝并列出在用的行——请先改行或合并科室' })
  async deleteOffice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    assertId(id, 'id');
    const { office } = await deleteOffice(ctx.em, id);
    ctx.audit.push({ operation: 'deleteOffice', objectType: 'Office', objectId: office.id, agencyId: office.agencyId, before: { name: office.name, aliases: office.aliases } });
    return true;
  }
}


/**
 * Imports running at once (issue 11): one per user, a few in all. Each holds the request's database connection and
 * a parse worker (packages/exchange/src/parse-pool.ts) for seconds, so a user firing imports in parallel could
 * otherwise take every connection and queue everyone else's imports behind theirs. A refused import changes
 * nothing and may simply be retried.
 */
export const IMPORT_LIMITS = { perUser: 1, total: 3 };
const importsByUser = new Map<string, number>();
let importsRunning = 0;

async function withImportSlot<T>(ctx: Context, run: () => Promise<T>): Promise<T> {
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
async function parseUpload(parse: () => Promise<ImportResult>, field: string): Promise<ImportResult> {
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
async function saveImported(
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
async function assertOwnAgency(ctx: Context, agency: Agency, catalogue: Parameters<typeof agencyNamedIn>[0]): Promise<void> {
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
