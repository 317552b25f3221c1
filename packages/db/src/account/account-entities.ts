/**
 * Accounts: users, their sessions, and the sign-in throttle.
 */
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Rel } from '@mikro-orm/core';
import type { UserRole } from '@gongkai/domain';
import { Agency } from '../agency.js';
import { id, jsonList } from '../entity-columns.js';

export type Role = UserRole;

/** Roles, see packages/api/src/policy.ts for what each may do. */
export const ROLES: readonly Role[] = ['PLATFORM_ADMIN', 'CITY_REVIEWER', 'DEPT_EDITOR', 'DEPT_APPROVER', 'VIEWER'];

export class User {
  id: Opt<string> = randomUUID();
  login!: string;
  displayName!: string;
  /** For 催报 mail (issue 17); null: none. */
  email?: string | null;
  /** The agency the user works for; null only for platform administrators. */
  agency?: Rel<Agency> | null;
  roles: Role[] = [];
  passwordHash!: string;
  mustChangePassword: Opt<boolean> = false;
  disabled: Opt<boolean> = false;
  createdAt: Opt<Date> = new Date();
  passwordChangedAt: Opt<Date> = new Date();
}

export class UserSession {
  id: Opt<string> = randomUUID();
  /** sha256 of the cookie's token; the token itself is never stored. */
  tokenHash!: string;
  user!: Rel<User>;
  createdAt: Opt<Date> = new Date();
  /** Absolute expiry. */
  expiresAt!: Date;
  /** Idle expiry, moved forward on use. */
  idleExpiresAt!: Date;
  ip?: string | null;
  userAgent?: string | null;
}

/** Failed logins per key (「login:<name>」 or 「ip:<address>」) within a window. */
export class LoginThrottle {
  key!: string;
  failures = 0;
  windowStart: Date = new Date();
  lockedUntil?: Date | null;
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'app_user',
  properties: {
    id,
    login: { type: 'text', unique: true },
    displayName: { type: 'text' },
    email: { type: 'text', nullable: true },
    agency: { kind: 'm:1', entity: () => Agency, nullable: true, deleteRule: 'restrict', index: true },
    roles: { ...jsonList, default: '[]' },
    passwordHash: { type: 'text' },
    mustChangePassword: { type: 'boolean', default: false },
    disabled: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    passwordChangedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
  },
});

export const UserSessionSchema = new EntitySchema<UserSession>({
  class: UserSession,
  tableName: 'user_session',
  properties: {
    id,
    tokenHash: { type: 'text', unique: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    expiresAt: { type: 'datetime', columnType: 'timestamptz' },
    idleExpiresAt: { type: 'datetime', columnType: 'timestamptz' },
    ip: { type: 'text', nullable: true },
    userAgent: { type: 'text', nullable: true },
  },
});

export const LoginThrottleSchema = new EntitySchema<LoginThrottle>({
  class: LoginThrottle,
  tableName: 'login_throttle',
  properties: {
    key: { type: 'text', primary: true },
    failures: { type: 'integer', default: 0 },
    windowStart: { type: 'datetime', columnType: 'timestamptz' },
    lockedUntil: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

/**
 * A number per user that triggers change whenever one of the user's sessions ends or the user's login, name, roles,
 * agency, password or disabled flag changes (Migration20261204020000AuthVersion). Servers check the sessions they
 * keep against it.
 */
export class AuthVersion {
  userId!: string;
  version!: string;
}

export const AuthVersionSchema = new EntitySchema<AuthVersion>({
  class: AuthVersion,
  tableName: 'auth_version',
  properties: {
    userId: { type: 'uuid', primary: true, fieldName: 'user_id' },
    version: { type: 'bigint' },
  },
});
