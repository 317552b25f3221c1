/**
 * Login throttle, per account and per address: 5 failures of one login name, or 20 from one address, within
 * 15 minutes lock further attempts for 15 minutes. Stored in the database so it holds across restarts and
 * instances.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginThrottle } from '@gongkai/db';

const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;
const LIMITS = { login: 5, ip: 20 } as const;

export function throttleKeys(login: string, ip: string | null): Array<{ key: string; limit: number }> {
  const keys: Array<{ key: string; limit: number }> = [{ key: `login:${login.toLowerCase()}`, limit: LIMITS.login }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: LIMITS.ip });
  return keys;
}

/** Milliseconds until the lock ends, or 0 when attempts are allowed. */
export async function lockedFor(em: EntityManager, keys: Array<{ key: string }>): Promise<number> {
  const rows = await em.find(LoginThrottle, { key: { $in: keys.map((k) => k.key) } });
  const now = Date.now();
  return Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() - now : 0)));
}

export async function recordFailure(em: EntityManager, keys: Array<{ key: string; limit: number }>): Promise<void> {
  const now = new Date();
  for (const { key, limit } of keys) {
    // One statement per key, safe under concurrent attempts.
    await em.execute(
      `insert into login_throttle (key, failures, window_start, locked_until) values (?, 1, ?, null)
       on conflict (key) do update set
         failures = case when login_throttle.window_start < ?::timestamptz - interval '${WINDOW_MS / 1000} seconds' then 1 else login_throttle.failures + 1 end,
         window_start = case when login_throttle.window_start < ?::timestamptz - interval '${WINDOW_MS / 1000} seconds' then excluded.window_start else login_throttle.window_start end,
         locked_until = case when (case when login_throttle.window_start < ?::timestamptz - interval '${WINDOW_MS / 1000} seconds' then 1 else login_throttle.failures + 1 end) >= ? then ?::timestamptz + interval '${LOCK_MS / 1000} seconds' else login_throttle.locked_until end`,
      [key, now, now, now, now, limit, now],
    );
  }
}

export async function clearFailures(em: EntityManager, login: string): Promise<void> {
  await em.nativeDelete(LoginThrottle, { key: `login:${login.toLowerCase()}` });
}
