/** The to-do list (待办事项, issue 17) as the API shows it; kinds and labels: packages/domain todo.ts. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('TodoItem', { description: '一项待办：要做什么、哪个机关、到哪里办' })
export class TodoItemType {
  @Field(() => ID, { description: '待办的标识（种类与对象）' }) id!: string;
  @Field({
    description:
      'CATALOGUE_AWAITING_APPROVAL / CATALOGUE_RETURNED / REPORT_RETURNED / REPORT_AWAITING_REVIEW / REPORT_DEADLINE / APPLICATION_DUE / RECORD_LATE / OFFICE_APPLICATIONS_DUE / OFFICE_RECORDS_LATE / ACCOUNT_LOCKED',
  })
  kind!: string;
  @Field({ description: '种类的中文名称' }) kindLabel!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: '说明（退回意见、期限等）' }) detail!: string | null;
  @Field() agencyCode!: string;
  @Field() agencyName!: string;
  @Field({ description: '办理页面（管理端路由）' }) link!: string;
  @Field(() => String, { nullable: true, description: '期限（YYYY-MM-DD）' }) dueDate!: string | null;
  @Field(() => Int, { nullable: true, description: '距期限的天数（报告为自然日，依申请公开为工作日）；负数为已超期' })
  daysLeft!: number | null;
  @Field({ description: '紧急：已超期，或期限在三天内；部门有超期、逾期未公开的；账号被锁定' }) urgent!: boolean;
  @Field(() => Date, { nullable: true, description: '发生时间（提交、退回的时间）' }) at!: Date | null;
}

@ObjectType('TodoList', { description: '当前用户的待办事项' })
export class TodoListType {
  @Field({ description: '计算期限所用的日期（北京时间）' }) asOf!: string;
  @Field(() => Int) total!: number;
  @Field(() => [TodoItemType]) items!: TodoItemType[];
}
