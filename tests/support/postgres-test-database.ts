import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const serverUrl = () => inject("postgresUrl");
const freshName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;

function withParts(url: string, database: string, schema?: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (schema) parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, url = serverUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own (for tests whose advisory locks, such as the scheduler's leadership, are database-wide).
 * `drop` ends any connection still open to it.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = freshName("porchlight_test");
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return { url: withParts(serverUrl(), name), drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

let shared: Promise<string> | undefined;

/**
 * A schema of its own in one database shared by this test file: much cheaper than a database per test, and just as
 * empty (the migrations run into it). Not for tests that take database-wide advisory locks.
 */
export async function createTestSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  shared ??= createTestDatabase().then((db) => db.url);
  const databaseUrl = await shared;
  const schema = freshName("s");
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`), databaseUrl);
  return { url: withParts(databaseUrl, new URL(databaseUrl).pathname.slice(1), schema), drop: () => admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`), databaseUrl).then(() => undefined) };
}
