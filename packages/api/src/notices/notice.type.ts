/** Notices (催报, issue 17) as the API shows them; kinds, labels and limits: packages/domain reminders.ts. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Notice', { description: '发给部门用户的通知（目前为政务公开办的催报）' })
export class NoticeType {
  @Field(() => ID) id!: string;
  @Field({ description: 'REPORT_REMINDER（催报）' }) kind!: string;
  @Field({ description: '种类的中文名称' }) kindLabel!: string;
  @Field(() => Int, { description: '所催报告的年度' }) year!: number;
  @Field() title!: string;
  @Field({ description: '附言（可为空）' }) message!: string;
  @Field({ description: '收到通知的部门' }) agencyCode!: string;
  @Field() agencyName!: string;
  @Field(() => String, { nullable: true, description: '发出通知的机关' }) senderName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field({ description: '当前用户是否已阅读' }) read!: boolean;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field({ description: 'NONE / PENDING / SENT / FAILED' }) mailState!: string;
  @Field({ description: '邮件情况的中文名称（未发邮件、邮件发送中、邮件已发送、邮件发送失败）' })
  mailStateLabel!: string;
  @Field(() => String, { nullable: true, description: '邮件发送失败的原因' }) mailError!: string | null;
  @Field(() => Int, { description: '邮件收件人数' }) mailRecipients!: number;
  @Field({ description: '办理页面（管理端路由）：该部门该年度的报告' }) link!: string;
}

@ObjectType('NoticeList', { description: '当前用户所在机关收到的通知' })
export class NoticeListType {
  @Field(() => Int, { description: '未读通知数' }) unread!: number;
  @Field(() => Int) total!: number;
  @Field(() => [NoticeType], { description: '最近的通知，新的在前' }) items!: NoticeType[];
}

@ObjectType('ReminderResult', { description: '一次催报的结果' })
export class ReminderResultType {
  @Field(() => Int, { description: '催报的部门数' }) count!: number;
  @Field({ description: '服务器是否设置了邮件发送（SMTP_URL 与 MAIL_FROM）' }) mailConfigured!: boolean;
  @Field(() => [NoticeType]) notices!: NoticeType[];
}

@ObjectType('ReminderSummary', { description: '某部门某年度收到的催报：次数、上次催报时间和邮件情况' })
export class ReminderSummaryType {
  @Field() agencyCode!: string;
  @Field(() => Int) count!: number;
  @Field(() => Date, { description: '上次催报时间' }) lastAt!: Date;
  @Field() lastMailState!: string;
  @Field() lastMailStateLabel!: string;
  @Field(() => String, { nullable: true }) lastMailError!: string | null;
  @Field(() => Int, { description: '已阅读上次催报的用户数' }) lastReadBy!: number;
}
