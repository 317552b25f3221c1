/**
 * Client-side checks of the account forms (the server checks again and has the last word) and the
 * sign-in redirect target. Messages in Chinese, as shown under a form field.
 */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/u;

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
  if (name.trim().length > 100) return '姓名不能超过 100 个字符';
  return null;
}

/** Why a new password is not acceptable (the server's rules); null when it is. */
export function newPasswordProblem(password: string, opts: { login?: string; currentPassword?: string } = {}): string | null {
  if (password === '') return '请输入新密码';
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`;
  if (opts.login && password.toLowerCase().includes(opts.login.toLowerCase())) return '密码不能包含登录名';
  if (/^(.)\1+$/u.test(password)) return '密码不能由同一个字符重复组成';
  if (opts.currentPassword !== undefined && opts.currentPassword !== '' && password === opts.currentPassword) {
    return '新密码不能与当前密码相同';
  }
  return null;
}

export function confirmPasswordProblem(password: string, confirmation: string): string | null {
  if (confirmation === '') return '请再次输入新密码';
  if (confirmation !== password) return '两次输入的新密码不一致';
  return null;
}

/**
 * Where to go after signing in: the `redirect` query value when it is a path of this app, else '/'.
 * Refuses other origins ("//host", "https://…", "/\\host") and the login page itself.
 */
export function safeRedirect(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || value === '') return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f]/u.test(value)) return '/';
  const pathOnly = value.split(/[?#]/u)[0] ?? '';
  if (pathOnly === '/login' || pathOnly.startsWith('/login/')) return '/';
  return value;
}
