/**
 * Password throttle, for sign-in and for changing one's password: more than 5 attempts on one account (sign-in by
 * login name; password change by user), or 20 sign-ins from one address, within 15 minutes lock further attempts
 * for 15 minutes. Stored in the database so it holds across restarts and instances. An attempt is counted *before*
 * the password is checked (one atomic statement per key), so parallel attempts cannot slip past the limit; a
 * correct password gives its attempt back. A platform administrator can lift an account's lock (`unlockAccount`).
 * Counting and locking run in their own transactions: they must hold even though the request that tried a wrong
 * password fails and is rolled back.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

const WINDOW_SECONDS = 15 * 60;
const LOCK_SECONDS = 15 * 60;
export const THROTTLE_LIMITS = { login: 5, ip: 20, password: 5 } as const;

export interface ThrottleKey {
  key: string;
  limit: number;
  /** A key of one account (cleared by a correct password and by an administrator's unlock), not of an address. */
  account: boolean;
}

export function throttleKeys(login: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: loginKey(login), limit: THROTTLE_LIMITS.login, account: true }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: THROTTLE_LIMITS.ip, account: false });
  return keys;
}

/** Keys for checking the current password of a signed-in user (changePassword). */
export function passwordChangeKeys(userId: string): ThrottleKey[] {
  return [{ key: `password:${userId}`, limit: THROTTLE_LIMITS.password, account: true }];
}

function loginKey(login: string): string {
  return `login:${login.toLowerCase()}`;
}

/** Every key that can lock one account. */
export function accountKeys(login: string, userId: string): string[] {
  return [loginKey(login), `password:${userId}`];
}

/**
 * Counts an attempt on every key; returns how many milliseconds the caller must wait (0: go ahead and check the
 * password). An attempt beyond the limit is refused without checking the password.
 */
export async function reserveAttempt(em: EntityManager, keys: ThrottleKey[]): Promise<number> {
  let wait = 0;
  for (const { key, limit } of keys) {
    const [row] = await em.execute<Array<{ failures: number; locked_ms: number | null }>>(
      `insert into login_throttle (key, failures, window_start, locked_until) values (?, 1, now(), null)
       on conflict (key) do update set
         failures = case when login_throttle.window_start < now() - interval '${WINDOW_SECONDS} seconds' and (login_throttle.locked_until is null or login_throttle.locked_until < now()) then 1 else login_throttle.failures + 1 end,
         window_start = case when login_throttle.window_start < now() - interval '${WINDOW_SECONDS} seconds' and (login_throttle.locked_until is null or login_throttle.locked_until < now()) then now() else login_throttle.window_start end
       returning failures, case when locked_until > now() then (extract(epoch from locked_until - now()) * 1000)::int end as locked_ms`,
      [key],
    );
    if (!row) continue;
    if (row.locked_ms && row.locked_ms > 0) wait = Math.max(wait, row.locked_ms);
    else if (row.failures > limit) wait = Math.max(wait, LOCK_SECONDS * 1000);
  }
  return wait;
}

/** A wrong password: keys at or over their limit are locked. Returns the keys this failure newly locked. */
export async function recordFailure(em: EntityManager, keys: ThrottleKey[]): Promise<string[]> {
  const locked: string[] = [];
  for (const { key, limit } of keys) {
    const [before] = await em.execute<Array<{ was_locked: boolean | null }>>(
      'select locked_until > now() as was_locked from login_throttle where key = ? for update',
      [key],
    );
    const rows = await em.execute<Array<{ key: string }>>(
      `update login_throttle set locked_until = greatest(coalesce(locked_until, now()), now() + interval '${LOCK_SECONDS} seconds') where key = ? and failures >= ? returning key`,
      [key, limit],
    );
    if (rows.length > 0 && !before?.was_locked) locked.push(key);
  }
  return locked;
}

/** A correct password: the account's count is cleared, the address gets its attempt back. */
export async function releaseAttempt(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
  for (const { key, account } of keys) {
    if (account) await em.execute('delete from login_throttle where key = ?', [key]);
    else await em.execute('update login_throttle set failures = greatest(failures - 1, 0) where key = ?', [key]);
  }
}

/** When an account is locked (sign-in or password change), or null. */
export async function accountLockedUntil(em: EntityManager, login: string, userId: string): Promise<Date | null> {
  const [row] = await em.execute<Array<{ until: Date | null }>>(
    'select max(locked_until) as until from login_throttle where key in (?, ?) and locked_until > now()',
    accountKeys(login, userId),
  );
  return row?.until ? new Date(row.until) : null;
}

/** Lifts an account's locks and forgets its failed attempts; returns whether it was locked. */
export async function unlockAccountKeys(em: EntityManager, login: string, userId: string): Promise<boolean> {
  const rows = await em.execute<Array<{ locked: boolean }>>(
    'delete from login_throttle where key in (?, ?) returning locked_until > now() as locked',
    accountKeys(login, userId),
  );
  return rows.some((r) => r.locked);
}
