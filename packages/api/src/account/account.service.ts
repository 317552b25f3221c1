/**
 * Sign-in, sign-out, own password, and user administration: the work behind the account resolvers. Each function
 * takes the request's context first, checks its arguments, writes, and records the audit entry. Access rules are in
 * policy.ts; sessions in sessions.ts, the attempt throttle in throttle.ts; the password and name rules in
 * packages/domain and packages/db (passwords.ts).
 */
import { GraphQLError } from 'graphql';
import {
  Agency,
  User,
  UserSession,
  generatePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
  type Role,
} from '@gongkai/db';
import { displayNameProblem, emailProblem, loginProblem, normalizeLogin } from '@gongkai/domain';
import type { Context } from '../context.js';
import { badUserInput, notFound, assertId } from '../errors.js';
import type { CreateUserInput, UpdateUserInput, UserWithPasswordType } from '../graphql-types.js';
import { createSession, deleteSession, inRequestAsSystem, withSystemScope } from './sessions.js';
import {
  passwordChangeKeys,
  recordFailure,
  releaseAttempt,
  reserveAttempt,
  throttleKeys,
  unlockAccountKeys,
  type ThrottleKey,
} from './throttle.js';
import { writeAudit } from '../audit/audit.service.js';
import { scopeOf } from '../scope.js';

/** Longer input is no login name or password of ours: refused before hashing anything. */
const MAX_LOGIN_INPUT = 100;
const MAX_PASSWORD_INPUT = 1024;

function lockedError(waitMs: number, what: '登录' | '当前密码验证'): GraphQLError {
  const minutes = Math.ceil(waitMs / 60000);
  return new GraphQLError(`${what}失败次数过多，请 ${minutes} 分钟后再试（平台管理员可以解除锁定）`, {
    extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: Math.ceil(waitMs / 1000) },
  });
}

/**
 * A wrong password, in a transaction of its own (it must hold although the request fails): counted against the
 * keys, written to the audit log, and an account lock it causes written there too.
 */
async function recordWrongPassword(
  ctx: Context,
  keys: ThrottleKey[],
  operation: string,
  after: Record<string, unknown>,
  user: User | null,
): Promise<void> {
  await withSystemScope(ctx.systemOrm, async (em) => {
    const locked = await recordFailure(em, keys);
    const actor = ctx.principal;
    writeAudit(em, actor, {
      operation,
      objectType: 'User',
      objectId: user?.id ?? null,
      agencyId: user?.agency?.id ?? null,
      after,
    });
    for (const key of locked) {
      writeAudit(em, actor, {
        operation: 'accountLocked',
        objectType: 'User',
        objectId: key.startsWith('ip:') ? null : (user?.id ?? null),
        agencyId: user?.agency?.id ?? null,
        after: { ...after, key },
      });
    }
    await em.flush();
  });
}
// A real argon2id hash of a random password: verifying against it costs what a real check costs,
// so an unknown login name takes as long as a wrong password.
const DUMMY_HASH = hashPassword(generatePassword());

function userSummary(u: User): Record<string, unknown> {
  return {
    login: u.login,
    displayName: u.displayName,
    email: u.email ?? null,
    agencyId: u.agency?.id ?? null,
    roles: u.roles,
    disabled: u.disabled,
  };
}

/** The agency an account belongs to: none for an empty code, else the agency of `code` or a refusal naming `field`. */
async function accountAgency(ctx: Context, code: string | null | undefined, field: string): Promise<Agency | null> {
  if (code === null || code === undefined || code === '') return null;
  const agency = await ctx.em.findOne(Agency, { code });
  if (!agency) throw badUserInput(`${field}：未找到编码为「${code}」的机关`, { field });
  return agency;
}

/** An e-mail address as stored (trimmed; empty: none), or BAD_USER_INPUT naming the field. */
function accountEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim() ?? '';
  const problem = emailProblem(email);
  if (problem) throw badUserInput(`电子邮箱：${problem}`, { field: 'email' });
  return email === '' ? null : email;
}

function checkRoles(roles: Role[], agency: Agency | null): void {
  if (roles.length === 0) throw badUserInput('角色：至少选择一个角色', { field: 'roles' });
  if (!agency && roles.some((r) => r !== 'PLATFORM_ADMIN'))
    throw badUserInput('所属机关：除平台管理员外，用户必须属于一个机关', { field: 'agencyCode' });
}

/** The user of `id`, or NOT_FOUND naming the argument. */
export async function userById(ctx: Context, id: string, field = 'id'): Promise<User> {
  assertId(id, field);
  const user = await ctx.em.findOne(User, id);
  if (!user) throw notFound(`未找到 id 为「${id}」的用户`, { field });
  return user;
}

/** The signed-in user; null when nobody is. */
export async function me(ctx: Context): Promise<User | null> {
  if (ctx.principal.kind !== 'user') return null;
  return ctx.em.findOne(User, ctx.principal.userId);
}

export async function login(ctx: Context, loginName: string, password: string): Promise<User> {
  const name = loginName.trim().toLowerCase();
  if (name.length > MAX_LOGIN_INPUT || password.length > MAX_PASSWORD_INPUT)
    throw new GraphQLError('登录名或密码错误', { extensions: { code: 'UNAUTHENTICATED' } });
  const keys = throttleKeys(name, ctx.http.ip);
  // The attempt is counted, and a wrong password recorded, in transactions of their own: they hold even though
  // this request then fails. The session is created in the request's transaction: any other error of the
  // request, and no session exists (nor is its cookie sent).
  const outcome = await withSystemScope(ctx.systemOrm, async (em) => {
    const wait = await reserveAttempt(em, keys);
    if (wait > 0) return { kind: 'locked' as const, wait };
    const user = await em.findOne(User, { login: name });
    const ok =
      user && !user.disabled
        ? await verifyPassword(user.passwordHash, password)
        : (await verifyPassword(await DUMMY_HASH, password), false);
    if (!ok || !user) return { kind: 'failed' as const, user };
    return { kind: 'ok' as const, user };
  });
  if (outcome.kind === 'locked') throw lockedError(outcome.wait, '登录');
  if (outcome.kind === 'failed') {
    await recordWrongPassword(ctx, keys, 'loginFailed', { login: name, ip: ctx.http.ip }, outcome.user);
    throw new GraphQLError('登录名或密码错误', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  const user = outcome.user;
  // The attempt is given back in a transaction of its own, like it was counted: a throttle row locked by the
  // request's transaction would make a second password check of the same request (or of any request from the
  // same address) wait for this one to end — which it cannot before that check returns.
  await withSystemScope(ctx.systemOrm, (em) => releaseAttempt(em, keys));
  const session = await inRequestAsSystem(ctx.em, scopeOf(ctx.principal), (em) =>
    createSession(em, user, { ip: ctx.http.ip, userAgent: ctx.http.userAgent }),
  );
  ctx.afterCommit.push(() => ctx.http.setSessionCookie(session.token, session.expiresAt));
  ctx.audit.push({
    operation: 'login',
    objectType: 'User',
    objectId: user.id,
    agencyId: user.agency?.id ?? null,
    after: { login: user.login, ip: ctx.http.ip },
    actor: { userId: user.id, login: user.login },
  });
  return user;
}

export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.principal.kind === 'user') {
    const sessionId = ctx.principal.sessionId;
    await inRequestAsSystem(ctx.em, scopeOf(ctx.principal), (em) => deleteSession(em, sessionId));
    ctx.audit.push({ operation: 'logout', objectType: 'User', objectId: ctx.principal.userId });
  }
  ctx.afterCommit.push(() => ctx.http.clearSessionCookie());
  return true;
}

/** Own password (other sessions end); attempts throttled like signing in. */
export async function changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
  if (ctx.principal.kind !== 'user') return false;
  const principal = ctx.principal;
  const user = await ctx.em.findOneOrFail(User, principal.userId);
  if (currentPassword.length > MAX_PASSWORD_INPUT) throw badUserInput('当前密码：不正确', { field: 'currentPassword' });
  // The new password's own problems first: they cost no attempt of the current-password throttle.
  const problem = passwordProblem(newPassword, { login: user.login });
  if (problem) throw badUserInput(`新密码：${problem}`, { field: 'newPassword' });
  if (newPassword === currentPassword) throw badUserInput('新密码：不能与当前密码相同', { field: 'newPassword' });
  const keys = passwordChangeKeys(user.id);
  const wait = await withSystemScope(ctx.systemOrm, (em) => reserveAttempt(em, keys));
  // BAD_USER_INPUT, not UNAUTHENTICATED: the session is fine (the admin app would send the user to sign in).
  if (wait > 0)
    throw badUserInput(`当前密码：${lockedError(wait, '当前密码验证').message}`, {
      field: 'currentPassword',
      retryAfterSeconds: Math.ceil(wait / 1000),
    });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordWrongPassword(ctx, keys, 'changePasswordFailed', { login: user.login, ip: ctx.http.ip }, user);
    throw badUserInput('当前密码：不正确', { field: 'currentPassword' });
  }
  await withSystemScope(ctx.systemOrm, (em) => releaseAttempt(em, keys));
  // Written in the request's transaction with the system scope: a read-only user has no write scope, yet owns
  // their password. Any other error of the request, and the old password stays.
  const passwordHash = await hashPassword(newPassword);
  const keep = principal.sessionId;
  const changed = await inRequestAsSystem(ctx.em, scopeOf(principal), async (em) => {
    const n = await em.nativeUpdate(
      User,
      { id: user.id },
      { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    );
    await em.nativeDelete(UserSession, { user: user.id, id: { $ne: keep } });
    return n;
  });
  if (changed !== 1) throw new Error(`修改密码没有写入（${changed} 行）`);
  ctx.audit.push({
    operation: 'changePassword',
    objectType: 'User',
    objectId: user.id,
    agencyId: user.agency?.id ?? null,
  });
  return true;
}

export async function unlockAccount(ctx: Context, id: string): Promise<User> {
  const user = await userById(ctx, id);
  const wasLocked = await unlockAccountKeys(ctx.em, user.login, user.id);
  ctx.audit.push({
    operation: 'unlockAccount',
    objectType: 'User',
    objectId: user.id,
    agencyId: user.agency?.id ?? null,
    after: { login: user.login, wasLocked },
  });
  return user;
}

export async function users(ctx: Context): Promise<User[]> {
  return ctx.em.find(User, {}, { orderBy: { login: 'asc' } });
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<UserWithPasswordType> {
  const login = normalizeLogin(input.login);
  const loginIssue = loginProblem(login);
  if (loginIssue) throw badUserInput(`登录名：${loginIssue}`, { field: 'login' });
  const displayName = input.displayName.trim();
  const nameIssue = displayNameProblem(displayName);
  if (nameIssue) throw badUserInput(`姓名：${nameIssue}`, { field: 'displayName' });
  const agency = await accountAgency(ctx, input.agencyCode, '所属机关');
  checkRoles(input.roles, agency);
  const email = accountEmail(input.email);
  if (await withSystemScope(ctx.systemOrm, (em) => em.count(User, { login })))
    throw badUserInput(`登录名：「${login}」已被使用`, { field: 'login' });
  const password = generatePassword();
  const user = ctx.em.create(User, {
    login,
    displayName,
    email,
    agency,
    roles: [...input.roles],
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await ctx.em.flush();
  ctx.audit.push({
    operation: 'createUser',
    objectType: 'User',
    objectId: user.id,
    agencyId: agency?.id ?? null,
    after: userSummary(user),
  });
  return { user, oneTimePassword: password };
}

export async function updateUser(ctx: Context, id: string, input: UpdateUserInput): Promise<User> {
  const user = await userById(ctx, id);
  const before = userSummary(user);
  if (input.displayName !== undefined && input.displayName !== null) {
    const nameIssue = displayNameProblem(input.displayName);
    if (nameIssue) throw badUserInput(`姓名：${nameIssue}`, { field: 'displayName' });
    user.displayName = input.displayName.trim();
  }
  if (input.email !== undefined) user.email = accountEmail(input.email);
  if (input.agencyCode !== undefined) user.agency = await accountAgency(ctx, input.agencyCode, '所属机关');
  if (input.roles) user.roles = [...input.roles];
  checkRoles(user.roles, user.agency ? await ctx.em.findOneOrFail(Agency, user.agency.id) : null);
  if (input.disabled !== undefined && input.disabled !== null) {
    if (input.disabled && ctx.principal.kind === 'user' && ctx.principal.userId === user.id)
      throw badUserInput('停用：不能停用自己的账号', { field: 'disabled' });
    user.disabled = input.disabled;
  }
  await ctx.em.flush();
  if (user.disabled)
    await inRequestAsSystem(ctx.em, scopeOf(ctx.principal), (em) => em.nativeDelete(UserSession, { user: user.id }));
  ctx.audit.push({
    operation: 'updateUser',
    objectType: 'User',
    objectId: user.id,
    agencyId: user.agency?.id ?? null,
    before,
    after: userSummary(user),
  });
  return user;
}

export async function resetUserPassword(ctx: Context, id: string): Promise<UserWithPasswordType> {
  const user = await userById(ctx, id);
  const password = generatePassword();
  user.passwordHash = await hashPassword(password);
  user.mustChangePassword = true;
  user.passwordChangedAt = new Date();
  await ctx.em.flush();
  await inRequestAsSystem(ctx.em, scopeOf(ctx.principal), (em) => em.nativeDelete(UserSession, { user: user.id }));
  ctx.audit.push({
    operation: 'resetUserPassword',
    objectType: 'User',
    objectId: user.id,
    agencyId: user.agency?.id ?? null,
  });
  return { user, oneTimePassword: password };
}
