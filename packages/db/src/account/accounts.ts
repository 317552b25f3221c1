/**
 * The first administrator: created on the first start from GONGKAI_ADMIN_LOGIN / GONGKAI_ADMIN_PASSWORD, or with
 * a one-time password that must be changed at first login.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './account-entities.js';
import { generatePassword, hashPassword, passwordProblem } from './passwords.js';

export interface FirstAdministrator {
  login: string;
  /** Set when a one-time password was generated (to print once). */
  oneTimePassword?: string;
}

/** Creates the administrator account when no account of that login exists yet; null when it already does. */
export async function ensureFirstAdministrator(
  em: EntityManager,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirstAdministrator | null> {
  const login = (env.GONGKAI_ADMIN_LOGIN?.trim() || 'admin').toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{2,31}$/u.test(login))
    throw new Error(`GONGKAI_ADMIN_LOGIN「${login}」不可用：只能用字母、数字、点、横线、下划线，3–32 个字符`);
  if (await em.findOne(User, { login })) return null;
  const given = env.GONGKAI_ADMIN_PASSWORD;
  if (given !== undefined) {
    const problem = passwordProblem(given, { login });
    if (problem) throw new Error(`GONGKAI_ADMIN_PASSWORD 不可用：${problem}`);
  }
  const password = given ?? generatePassword();
  em.create(User, {
    login,
    displayName: '平台管理员',
    agency: null,
    roles: ['PLATFORM_ADMIN'],
    passwordHash: await hashPassword(password),
    mustChangePassword: given === undefined,
  });
  await em.flush();
  return given === undefined ? { login, oneTimePassword: password } : { login };
}
