/**
 * Importing catalogue files into one's own agency (text, xlsx, json), adding, renaming and deleting an office.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { nameProblem } from '@gongkai/domain';
import { Agency, Catalogue, Office, deleteOffice } from '@gongkai/db';
import type { Context } from './context.js';
import { parseCatalogueFile, parseCatalogueText } from '@gongkai/exchange';
import { assertId, badUserInput, notFound } from './errors.js';
import { saveImported, withImportSlot } from './catalogue-import.service.js';
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
