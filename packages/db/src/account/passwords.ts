/**
 * Password hashing: argon2id with the OWASP Password Storage Cheat Sheet's parameters
 * (m = 19 MiB, t = 2, p = 1), via @node-rs/argon2 (prebuilt native binding, no build step).
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password for first start and resets: 16 characters, no look-alikes. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The password rules are the domain's (account-rules.ts), the same the admin's forms check. */
export { MIN_PASSWORD_LENGTH, passwordProblem } from '@gongkai/domain';
