/**
 * Importing catalogue files into one's own agency (text, xlsx, json), adding, renaming and deleting an office.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Catalogue } from '@gongkai/db';
import type { Context } from '../context.js';
import { parseCatalogueFile, parseCatalogueText } from '@gongkai/exchange';
import { badUserInput } from '../errors.js';
import {
  checkColumnMapping,
  importWithColumns,
  previewUpload,
  saveImported,
  withImportSlot,
  type CataloguePreview,
} from '../intake/catalogue-import.service.js';
import { CatalogueType } from '../graphql-types.js';
import { CataloguePreviewType, ColumnMappingInput } from '../intake/catalogue-preview.type.js';
import { decodeUpload } from '../intake/uploads.js';

const MAX_TEXT = 2_000_000;
const CONFIRM_AGENCY =
  '文件的标题或公开主体写的是另一个机关时，确认仍导入为本机关的目录（不确认时拒绝，reason AGENCY_MISMATCH）';

@Resolver()
export class CatalogueMutationResolver {
  @Mutation(() => CatalogueType, {
    description: '导入目录文本（PDF 表格复制出的制表符分隔文本）为本机关的新草稿；出错时什么都不写',
  })
  async importCatalogue(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('text') text: string,
    @Arg('fileName', () => String, { nullable: true }) fileName?: string | null,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, defaultValue: false, description: CONFIRM_AGENCY })
    confirmAgency?: boolean | null,
  ): Promise<Catalogue> {
    if (text.length > MAX_TEXT)
      throw badUserInput(`文件过大（${text.length} 个字符，上限 ${MAX_TEXT}）`, { field: 'text' });
    return withImportSlot(ctx, () =>
      saveImported(
        ctx,
        agencyCode,
        () => parseCatalogueText(text, { sourceName: fileName ?? undefined }),
        'text',
        fileName,
        versionLabel,
        confirmAgency === true,
      ),
    );
  }

  @Mutation(() => CatalogueType, {
    description:
      '导入目录文件（.docx、.xlsx、.pdf、.html、.csv、.json 或 .txt），内容为 base64；出错时什么都不写，错误指明工作表、行和单元格。给出 columns 时按所选的列含义读取，并为本机关记住这种表头布局的对应关系（与草稿在同一事务中）',
  })
  async importCatalogueFile(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, defaultValue: false, description: CONFIRM_AGENCY })
    confirmAgency?: boolean | null,
    @Arg('columns', () => [ColumnMappingInput], {
      nullable: true,
      description: '预览中选择的列含义（只列与自动识别不同的列；空列表表示全按自动识别，并忘记记住的对应关系）',
    })
    columns?: ColumnMappingInput[] | null,
  ): Promise<Catalogue> {
    const mapping = columns ? checkColumnMapping(columns) : null;
    const data = decodeUpload(fileName, contentBase64);
    if (mapping)
      return withImportSlot(ctx, () =>
        importWithColumns(
          ctx,
          agencyCode,
          fileName,
          data,
          mapping,
          'contentBase64',
          versionLabel,
          confirmAgency === true,
        ),
      );
    return withImportSlot(ctx, () =>
      saveImported(
        ctx,
        agencyCode,
        () => parseCatalogueFile(fileName, data),
        'contentBase64',
        fileName,
        versionLabel,
        confirmAgency === true,
      ),
    );
  }

  @Mutation(() => CataloguePreviewType, {
    description:
      '预览目录文件（内容为 base64），不写入任何内容：返回文件读成的表格（在浏览器中按列含义解析）和本机关上次对这种表头布局选择的列含义；JSON 文件没有表格，返回解析结果',
  })
  async previewCatalogueFile(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
  ): Promise<CataloguePreview> {
    const data = decodeUpload(fileName, contentBase64);
    return withImportSlot(ctx, () => previewUpload(ctx, agencyCode, fileName, data, 'contentBase64'));
  }
}
