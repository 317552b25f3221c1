/**
 * The rules of user accounts — login names, display names, passwords — once, for the server (which decides) and the
 * admin's forms (which say it before sending). Messages in Chinese as a form field shows them.
 */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
export const MAX_DISPLAY_NAME_LENGTH = 100;

/** 3–32 characters: lower-case letters, digits, dot, hyphen, underscore; a letter or digit first. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/u;

/** A login name as the server stores it: trimmed, lower case. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** Why a new user's login name is not acceptable; null when it is. */
export function loginProblem(login: string): string | null {
  const name = normalizeLogin(login);
  if (name === '') return '请输入登录名';
  if (name.length < 3 || name.length > 32) return '登录名为 3–32 个字符';
  if (!LOGIN_PATTERN.test(name)) return '登录名只能用小写字母、数字、点、横线、下划线，且以字母或数字开头';
  return null;
}

export function displayNameProblem(name: string): string | null {
  if (name.trim() === '') return '请输入姓名';
  if (name.trim().length > MAX_DISPLAY_NAME_LENGTH) return `姓名不能超过 ${MAX_DISPLAY_NAME_LENGTH} 个字符`;
  return null;
}

/** Why a new password is not acceptable; null when it is. `currentPassword`: the change-password form's own check. */
export function passwordProblem(
  password: string,
  opts: { login?: string; currentPassword?: string } = {},
): string | null {
  if (password === '') return '请输入新密码';
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`;
  if (opts.login && password.toLowerCase().includes(opts.login.toLowerCase())) return '密码不能包含登录名';
  if (/^(.)\1+$/u.test(password)) return '密码不能由同一个字符重复组成';
  if (opts.currentPassword !== undefined && opts.currentPassword !== '' && password === opts.currentPassword)
    return '新密码不能与当前密码相同';
  return null;
}
