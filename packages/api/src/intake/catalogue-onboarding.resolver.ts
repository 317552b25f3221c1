/**
 * 批量导入目录 (issue 12 item 5): the office reads each catalogue file of a batch, sees the department it names, and
 * imports it as that department's draft. Logic in catalogue-onboarding.service.ts; access rules in policy.ts.
 */
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { AgencyMatchCandidate } from '@gongkai/domain';
import type { Catalogue } from '@gongkai/db';
import type { Context } from '../context.js';
import { CatalogueType } from '../graphql-types.js';
import { matchFile, onboardFile } from './catalogue-onboarding.service.js';

@ObjectType('AgencyMatchCandidate', { description: '文件可能属于的部门' })
export class AgencyMatchCandidateType {
  @Field({ description: '部门编码' }) code!: string;
  @Field({ description: '部门全称' }) name!: string;
  @Field({ description: '依据：title（标题）、fileName（文件名）、publishingOrgans（公开主体）' }) source!: string;
  @Field({ description: '文件中写的名称' }) named!: string;
  @Field({ description: '理由，如「标题写的是「根河市民政局」」' }) reason!: string;
}

@ObjectType('MatchedCatalogueFile', { description: '批量导入：读出的文件与建议的部门（什么都不写）' })
export class MatchedCatalogueFileType {
  @Field() fileName!: string;
  @Field(() => String, { nullable: true, description: '文件读不出时的原因（中文，指明行或单元格）' }) error!:
    string | null;
  @Field(() => Int, { nullable: true }) errorLine!: number | null;
  @Field(() => String, { nullable: true, description: '目录标题' }) title!: string | null;
  @Field(() => Int, { description: '事项数（各级）' }) itemCount!: number;
  @Field(() => Int, { description: '公开要求（行）数' }) rowCount!: number;
  @Field(() => Int, { description: '发现的问题数' }) findingCount!: number;
  @Field(() => Int, { description: '其中警告和错误数' }) warningCount!: number;
  @Field(() => AgencyMatchCandidateType, { nullable: true, description: '建议的部门；不确定或没有时为空' })
  agency!: AgencyMatchCandidate | null;
  @Field({ description: 'high（可信）、medium（较可信）、low（存疑）、none（未匹配）' }) confidence!: string;
  @Field(() => [AgencyMatchCandidateType], { description: '可选的部门（建议的在前）' })
  candidates!: AgencyMatchCandidate[];
  @Field(() => String, { nullable: true, description: '存疑或未匹配的说明' }) note!: string | null;
}

const CONFIRM =
  '用户已确认（或亲自选择了）这个部门：文件的标题或公开主体写的是另一个机关时仍导入（不确认时拒绝，reason AGENCY_MISMATCH）';

@Resolver()
export class CatalogueOnboardingResolver {
  @Mutation(() => MatchedCatalogueFileType, {
    description: '批量导入目录：读一个目录文件（base64），返回标题、行数和建议的部门；什么都不写',
  })
  async matchCatalogueFile(
    @Ctx() ctx: Context,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
  ): Promise<MatchedCatalogueFileType> {
    const m = await matchFile(ctx, fileName, contentBase64);
    return {
      fileName: m.fileName,
      error: m.error,
      errorLine: m.errorLine,
      title: m.title,
      itemCount: m.itemCount,
      rowCount: m.rowCount,
      findingCount: m.findingCount,
      warningCount: m.warningCount,
      agency: m.match?.agency ?? null,
      confidence: m.match?.confidence ?? 'none',
      candidates: m.match?.candidates ?? [],
      note: m.match?.note ?? null,
    };
  }

  @Mutation(() => CatalogueType, {
    description:
      '批量导入目录：把一个文件导入为该部门的新草稿（一个事务；出错时什么都不写）。政务公开办只导入草稿，发布由部门负责',
  })
  async onboardCatalogueFile(
    @Ctx() ctx: Context,
    @Arg('agencyCode') agencyCode: string,
    @Arg('fileName') fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Arg('versionLabel', () => String, { nullable: true }) versionLabel?: string | null,
    @Arg('confirmAgency', () => Boolean, { nullable: true, defaultValue: false, description: CONFIRM })
    confirmAgency?: boolean | null,
  ): Promise<Catalogue> {
    return onboardFile(ctx, agencyCode, fileName, contentBase64, versionLabel, confirmAgency === true);
  }
}
