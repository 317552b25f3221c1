/**
 * Creating and dropping whole databases on a cluster (test databases, first start on an external server).
 */
import pg from 'pg';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/u.test(name)) throw new Error(`不合法的数据库名：${name}`);
  return `"${name}"`;
}

/** Creates `database` on the cluster of `url` (connecting to its `postgres` database); returns its URL. */
export async function createDatabase(url: string, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(`create database ${quoteIdent(database)}`);
  } finally {
    await client.end();
  }
  return withDatabase(url, database);
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdent(database)} with (force)`);
  } finally {
    await client.end();
  }
}
