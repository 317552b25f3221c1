/** The 用户管理 page's pure parts: search, the form's check and the mutation inputs it becomes. */
import { emailProblem } from '@gongkai/domain';
import type { CreateUserInput, Role, UpdateUserInput } from './gql/graphql';
import { displayNameProblem, loginProblem, normalizeLogin } from './forms';
import { ROLE_LABELS, rolesProblem } from './roles';

export interface UserLike {
  login: string;
  displayName: string;
  roles: readonly Role[];
  disabled: boolean;
  agency: { code: string; name: string } | null;
  /** For 催报 mail; absent or null: none. */
  email?: string | null;
}

/** Users whose login, name, agency or role label contains the text (case-insensitive); all for blank text. */
export function filterUsers<U extends UserLike>(users: readonly U[], text: string): U[] {
  const q = text.trim().toLowerCase();
  if (q === '') return [...users];
  return users.filter((u) =>
    [u.login, u.displayName, u.agency?.name ?? '', u.agency?.code ?? '', ...u.roles.map((r) => ROLE_LABELS[r])].some(
      (s) => s.toLowerCase().includes(q),
    ),
  );
}

/** The user form's values. */
export interface UserForm {
  login: string;
  displayName: string;
  /** Agency code; '' for none. */
  agencyCode: string;
  roles: Role[];
  disabled: boolean;
  /** '' for none. */
  email: string;
}

export type UserFormField = 'login' | 'displayName' | 'agencyCode' | 'roles' | 'disabled' | 'email';

export const USER_FORM_FIELDS: readonly UserFormField[] = [
  'login',
  'displayName',
  'agencyCode',
  'roles',
  'disabled',
  'email',
];

/** Client-side problems of the form, by field (the login only matters when creating). */
export function userFormProblems(form: UserForm, mode: 'create' | 'edit'): Partial<Record<UserFormField, string>> {
  const out: Partial<Record<UserFormField, string>> = {};
  if (mode === 'create') {
    const p = loginProblem(form.login);
    if (p) out.login = p;
  }
  const n = displayNameProblem(form.displayName);
  if (n) out.displayName = n;
  const r = rolesProblem(form.roles, form.agencyCode || null);
  if (r) out[r.field] = r.message;
  const e = emailProblem(form.email);
  if (e) out.email = e;
  return out;
}

export function toCreateUserInput(form: UserForm): CreateUserInput {
  return {
    login: normalizeLogin(form.login),
    displayName: form.displayName.trim(),
    agencyCode: form.agencyCode || null,
    roles: [...form.roles],
    email: form.email.trim() || null,
  };
}

/**
 * The changes of an edit, for updateUser: only the fields that differ from the user as loaded (so that an
 * unchanged agency is not sent again); null when nothing changed.
 */
export function toUpdateUserInput(original: UserLike, form: UserForm): UpdateUserInput | null {
  const input: UpdateUserInput = {};
  const name = form.displayName.trim();
  if (name !== original.displayName) input.displayName = name;
  const code = form.agencyCode || null;
  if (code !== (original.agency?.code ?? null)) input.agencyCode = code;
  const sameRoles = form.roles.length === original.roles.length && form.roles.every((r) => original.roles.includes(r));
  if (!sameRoles) input.roles = [...form.roles];
  if (form.disabled !== original.disabled) input.disabled = form.disabled;
  const email = form.email.trim() || null;
  if (email !== (original.email ?? null)) input.email = email;
  return Object.keys(input).length > 0 ? input : null;
}

export function formFromUser(u: UserLike): UserForm {
  return {
    login: u.login,
    displayName: u.displayName,
    agencyCode: u.agency?.code ?? '',
    roles: [...u.roles],
    disabled: u.disabled,
    email: u.email ?? '',
  };
}

export function emptyUserForm(): UserForm {
  return { login: '', displayName: '', agencyCode: '', roles: [], disabled: false, email: '' };
}
