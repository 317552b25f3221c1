/**
 * Sign-in, sign-out, own password, and user administration. Access is checked by the request plugin (policy.ts);
 * the work is in account.service.ts. Each resolver calls one service function and returns.
 */
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Agency, User } from '@gongkai/db';
import type { Context } from '../context.js';
import { AgencyType, CreateUserInput, UpdateUserInput, UserType, UserWithPasswordType } from '../graphql-types.js';
import * as accounts from './account.service.js';

@Resolver()
export class AccountResolver {
  @Query(() => UserType, { nullable: true, description: '当前登录的用户；未登录时为 null' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    return accounts.me(ctx);
  }

  @Mutation(() => UserType, { description: '用登录名和密码登录，设置会话 Cookie' })
  async login(@Ctx() ctx: Context, @Arg('login') login: string, @Arg('password') password: string): Promise<User> {
    return accounts.login(ctx, login, password);
  }

  @Mutation(() => Boolean, { description: '退出登录' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    return accounts.logout(ctx);
  }

  @Mutation(() => Boolean, { description: '修改自己的密码（其他会话随之失效）；与登录一样限制尝试次数' })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    return accounts.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => UserType, { description: '解除账号因密码错误次数过多而被锁定的状态（平台管理员）' })
  async unlockAccount(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return accounts.unlockAccount(ctx, id);
  }

  @Query(() => [UserType], { description: '所有用户（平台管理员）' })
  async users(@Ctx() ctx: Context): Promise<User[]> {
    return accounts.users(ctx);
  }

  @Mutation(() => UserWithPasswordType, { description: '新建用户，返回一次性密码' })
  async createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ): Promise<UserWithPasswordType> {
    return accounts.createUser(ctx, input);
  }

  @Mutation(() => UserType, { description: '修改用户的姓名、机关、角色或停用' })
  async updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<User> {
    return accounts.updateUser(ctx, id, input);
  }

  @Mutation(() => UserWithPasswordType, { description: '重置用户密码，返回一次性密码；该用户的会话全部失效' })
  async resetUserPassword(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UserWithPasswordType> {
    return accounts.resetUserPassword(ctx, id);
  }
}

@Resolver(() => UserType)
export class UserFieldResolver {
  @FieldResolver(() => Date, { nullable: true, description: '密码错误次数过多而锁定到何时；未锁定为 null' })
  async lockedUntil(@Root() user: User, @Ctx() { loaders }: Context): Promise<Date | null> {
    return loaders.accountLock.load(`${user.id}\t${user.login}`);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: '所属机关' })
  async agency(@Root() user: User, @Ctx() { loaders }: Context): Promise<Agency | null> {
    return user.agency ? loaders.agencyById.load(user.agency.id) : null;
  }
}
