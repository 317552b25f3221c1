/** 待办事项 (issue 17): the signed-in user's to-do list. Thin: the work is in todo.service.ts. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { TodoListType } from './todo.type.js';
import * as todo from './todo.service.js';

@Resolver()
export class TodoResolver {
  @Query(() => TodoListType, {
    description:
      '我的待办事项：待我审批或退回给我的目录草稿、退回的年度报告、待审核的年度报告、7 天内截止的报告、即将到期或超期的依申请公开、逾期的主动公开记录；政务公开办另有各部门依申请公开临期超期、主动公开逾期的件数；平台管理员有被锁定的账号',
  })
  async myTodos(@Ctx() ctx: Context): Promise<TodoListType> {
    return todo.myTodos(ctx);
  }
}
