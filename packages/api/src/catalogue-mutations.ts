/**
 * Importing catalogue files into one's own agency (text, xlsx, json), renaming an office.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { importCatalogueText, type ImportResult } from '@gongkai/domain';
import { Agency, Catalogue, Office, assertNewVersionLabel, assertNoOpenDraft, saveCatalogue } from '@gongkai/db';
import type { Context } from './context.js';
import { readCatalogueFile } from '@gongkai/exchange';
import { assertId, badUserInput, notFound } from './errors.js';
import { CatalogueType, OfficeType } from './graphql-types.js';

const MAX_TEXT = 2_000_000;

@Resolver()
export class CatalogueMutationResolver {
  @Mutation(() => CatalogueType, { description: '导入目录文本（PDF 表格复制出的制表符分隔文本）为本机关的新草稿；出错时什么都不写' })
  async importCatalogue(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('text') text: string,
    @Arg('fileName', () => String, { nullable: true }) fileName?: string | null,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
  ): Promise<Catalogue> {
    if (text.length > MAX_TEXT) throw badUserInput(`文件过大（${text.length} 个字符，上限 ${MAX_TEXT}）`, { field: 'text' });
    return saveImported(ctx, agencyCode, importCatalogueText(text, { sourceName: fileName ?? undefined }), 'text', fileName, versionLabel);
  }

  @Mutation(() => CatalogueType, { description: '导入目录文件（.xlsx、.json，或 PDF 表格复制出的 .txt），内容为 base64；出错时什么都不写，错误指明工作表、行和单元格' })
  async importCatalogueFile(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
  ): Promise<Catalogue> {
    if (!/^[A-Za-z0-9+/=\s]*$/u.test(contentBase64)) throw badUserInput('文件内容：不是 base64 编码', { field: 'contentBase64' });
    const data = Buffer.from(contentBase64, 'base64');
    if (data.length === 0) throw badUserInput('文件为空：没有可导入的内容', { field: 'contentBase64' });
    return saveImported(ctx, agencyCode, await readCatalogueFile(fileName, data), 'contentBase64', fileName, versionLabel);
  }

  @Mutation(() => OfficeType, { description: '新增责任科室（编辑行时就地添加）' })
  async addOffice(@Ctx() ctx: Context, @Arg('agencyCode') agencyCode: string, @Arg('name') name: string): Promise<Office> {
    const agency = await ctx.em.findOne(Agency, { code: agencyCode });
    if (!agency) throw notFound(`未找到编码为「${agencyCode}」的机关`, { argumentName: 'agencyCode' });
    const newName = name.trim();
    if (newName === '') throw badUserInput('科室名称：不能为空', { field: 'name' });
    if (newName.length > 50) throw badUserInput('科室名称：不能超过 50 个字', { field: 'name' });
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
    const newName = name.trim();
    if (newName === '') throw badUserInput('科室名称：不能为空', { field: 'name' });
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
}

/** Saves a parsed file as a new draft of the agency (one transaction with the request), or names what is wrong. */
async function saveImported(ctx: Context, agencyCode: string, result: ImportResult, field: string, fileName: string | null | undefined, versionLabel: string | null | undefined): Promise<Catalogue> {
    const agency = await ctx.em.findOne(Agency, { code: agencyCode });
    if (!agency) throw notFound(`未找到编码为「${agencyCode}」的机关`, { argumentName: 'agencyCode' });
    if (!result.ok) throw badUserInput(result.error.message, { field, line: result.error.line });
    const label = versionLabel?.trim() || `${new Date().getFullYear()}版`;
    await assertNoOpenDraft(ctx.em, agency.id);
    await assertNewVersionLabel(ctx.em, agency.id, label);
    const catalogue = await saveCatalogue(ctx.em, agency.id, result.catalogue, { versionLabel: label, sourceName: fileName ?? null });
    ctx.audit.push({
      operation: 'importCatalogue',
      objectType: 'Catalogue',
      objectId: catalogue.id,
      agencyId: agency.id,
      catalogueId: catalogue.id,
      after: { title: catalogue.title, versionLabel: label, fileName: fileName ?? null, findings: result.catalogue.findings.length },
    });
    return catalogue;
}
