/**
 * GraphQL types of the import preview (issue 12, item 3): the grid of an uploaded file for the admin to show and
 * interpret in the browser, the mapping remembered for the agency and the grid's layout, and a column mapping as
 * importCatalogueFile takes it.
 */
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@InputType('ColumnMappingInput', {
  description: '一列的含义（导入预览中每列的选择）：列号从 0 起，含义取自 COLUMN_CHOICES',
})
export class ColumnMappingInput {
  @Field(() => Int, { description: '表头的第几列（从 0 起）' }) column!: number;
  @Field({
    description:
      '列的含义：serial、l1、l2、l3、content、basis、timeLimit、organ、channels、channelTick、…、remark（作为备注保留）、ignore（不导入）',
  })
  choice!: string;
  @Field(() => String, {
    nullable: true,
    description: '勾选列勾选的选项（渠道名称、主动、县级 …）；不填时取列的子标题',
  })
  tickLabel?: string | null;
}

@ObjectType('ColumnMapping', { description: '记住的一列的含义' })
export class ColumnMappingType {
  @Field(() => Int) column!: number;
  @Field() choice!: string;
  @Field(() => String, { nullable: true }) tickLabel?: string | null;
}

@ObjectType('CataloguePreview', { description: '导入前的预览：不写入任何内容' })
export class CataloguePreviewType {
  @Field() fileName!: string;
  @Field({ description: '文件类型：docx、xlsx、pdf、html、csv、txt、json' }) kind!: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      '文件读成的单元格表格（CatalogueGrid：rows、merged、rowLabels、findings …），在浏览器中用 interpretCatalogueGrid 按所选的列含义解析；JSON 文件没有表格，为 null',
  })
  grid?: unknown;
  @Field(() => String, {
    nullable: true,
    description: '表头布局的键（layoutKey），用于记住每个机关每种布局的列对应关系',
  })
  layoutKey?: string | null;
  @Field(() => [ColumnMappingType], {
    nullable: true,
    description: '本机关上次对这种表头布局选择的列含义；没有时为 null',
  })
  rememberedColumns?: ColumnMappingType[] | null;
  @Field(() => Date, { nullable: true, description: '上次保存列对应关系的时间' }) rememberedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '上次保存列对应关系的用户（登录名）' }) rememberedBy?:
    string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'JSON 文件（本平台导出的目录）直接解析的结果（CatalogueJson）；表格文件为 null',
  })
  catalogue?: unknown;
  @Field(() => String, { nullable: true, description: '说明：如 JSON 文件没有表格，预览只显示解析结果、不能调整列' })
  note?: string | null;
}
