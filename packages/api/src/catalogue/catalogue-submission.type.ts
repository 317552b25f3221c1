/** 提交审批 of a catalogue draft, as the API shows it (states and labels: packages/domain catalogue-submission.ts). */
import { Field, ObjectType } from 'type-graphql';

@ObjectType('CatalogueSubmission', { description: '草稿的提交审批情况（退回时附退回意见）' })
export class CatalogueSubmissionType {
  @Field(() => String, { nullable: true, description: 'SUBMITTED 已提交审批、RETURNED 已退回；空：草稿（未提交）' })
  state!: string | null;
  @Field({ description: '状态的中文名称' }) stateLabel!: string;
  @Field(() => Date, { nullable: true, description: '最近一次提交审批的时间' }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '最近一次提交审批的用户（登录名）' }) submittedBy!: string | null;
  @Field(() => Date, { nullable: true }) returnedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '退回人（登录名）' }) returnedBy!: string | null;
  @Field(() => String, { nullable: true, description: '退回意见' }) returnComment!: string | null;
}
