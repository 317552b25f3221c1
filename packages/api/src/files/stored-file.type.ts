/** GraphQL types of stored files (the reply letter of a 依申请公开 case). */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: '附件：答复书只有本机关的用户能看到和下载；公开记录的附件随记录（已公开记录的附件公众也能下载）',
})
export class StoredFileType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: '按内容识别的类型（不是浏览器声称的类型）' }) mediaType!: string;
  @Field({ description: '类型名称：PDF、Word、PNG 图片…' }) typeLabel!: string;
  @Field(() => Int, { description: '字节数' }) size!: number;
  @Field({ description: '内容的 SHA-256（十六进制）' }) sha256!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field({ description: '下载地址 /files/<id>（与附件本身的查看权限相同）' }) downloadUrl!: string;
}
