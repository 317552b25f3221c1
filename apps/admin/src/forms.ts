/**
 * Client-side checks of the account forms (the server checks again and has the last word) and the
 * sign-in redirect target. Messages in Chinese, as shown under a form field.
 */

import { passwordProblem } from '@gongkai/domain';

/** The account rules are the domain's (account-rules.ts): the server checks the same. */
export {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  displayNameProblem,
  loginProblem,
  normalizeLogin,
} from '@gongkai/domain';

/** Why a new password is not acceptable (the server's rules, plus 「not the current one」); null when it is. */
export const newPasswordProblem = passwordProblem;

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
