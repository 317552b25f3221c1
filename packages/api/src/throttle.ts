/**
 * Login throttle, per account and per address: more than 5 attempts of one login name, or 20 from one address,
 * within 15 minutes lock further attempts for 15 minutes. Stored in the database so it holds across restarts and
 * instances. An attempt is counted *before* the password is checked (one atomic statement per key), so parallel
 * attempts cannot slip past the limit; a successful sign-in gives its attempt back.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

const WINDOW_SECONDS = 15 * 60;
const LOCK_SECONDS = 15 * 60;
const LIMITS = { login: 5, ip: 20 } as const;

export interface ThrottleKey {
  key: string;
  limit: number;
}

export function throttleKeys(login: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `login:${login.toLowerCase()}`, limit: LIMITS.login }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: LIMITS.ip });
  return keys;
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

/** A wrong password: keys at or over their limit are locked. */
export async function recordFailure(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
  for (const { key, limit } of keys) {
    await em.execute(
      `update login_throttle set locked_until = greatest(coalesce(locked_until, now()), now() + interval '${LOCK_SECONDS} seconds') where key = ? and failures >= ?`,
      [key, limit],
    );
  }
}

/** A successful sign-in: the account's count is cleared, the address gets its attempt back. */
export async function releaseAttempt(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) {
    if (key.startsWith('login:')) await em.execute('delete from login_throttle where key = ?', [key]);
    else await em.execute('update login_throttle set failures = greatest(failures - 1, 0) where key = ?', [key]);
  }
}
