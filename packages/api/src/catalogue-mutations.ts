/**
 * Department changes available now: importing a catalogue text into one's own agency, renaming an office.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { importCatalogueText } from '@gongkai/domain';
import { Agency, Catalogue, Office, saveCatalogue } from '@gongkai/db';
import type { Context } from './context.js';
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
    const agency = await ctx.em.findOne(Agency, { code: agencyCode });
    if (!agency) throw notFound(`未找到编码为「${agencyCode}」的机关`, { argumentName: 'agencyCode' });
    if (text.length > MAX_TEXT) throw badUserInput(`文件过大（${text.length} 个字符，上限 ${MAX_TEXT}）`, { field: 'text' });
    const result = importCatalogueText(text, { sourceName: fileName ?? undefined });
    if (!result.ok) throw badUserInput(result.error.message, { field: 'text', line: result.error.line });
    const label = versionLabel?.trim() || `${new Date().getFullYear()}版`;
    const catalogue = await saveCatalogue(ctx.em, agency.id, result.catalogue, { versionLabel: label, sourceName: fileName ?? null });
    ctx.audit.push({
      operation: 'importCatalogue',
      objectType: 'Catalogue',
      objectId: catalogue.id,
      agencyId: agency.id,
      after: { title: catalogue.title, versionLabel: label, fileName: fileName ?? null, findings: result.catalogue.findings.length },
    });
    return catalogue;
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
