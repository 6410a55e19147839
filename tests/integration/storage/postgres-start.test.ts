import { createServer } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres } from "../../../src/storage/postgres/open-postgres.js";
import { PostgresStartError } from "../../../src/storage/postgres/postgres-start-error.js";
import { postgresMigrations } from "../../../src/storage/postgres/migrations/index.js";

const versions = postgresMigrations.map((m) => ({ version: m.version }));
const newest = postgresMigrations.length;
import { createTestDatabase } from "../../support/postgres-test-database.js";

const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let drop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await drop?.();
  drop = undefined;
});

describe("opening PostgreSQL", () => {
  it("GIVEN nothing listening at DATABASE_URL THEN start-up fails saying so, without printing the password", async () => {
    const port = await closedPort();
    const error = await openPostgres(`postgres://porchlight:s3cret@127.0.0.1:${port}/porchlight`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostgresStartError);
    expect((error as Error).message).toBe(`Porchlight cannot reach PostgreSQL: nothing is listening at 127.0.0.1:${port}/porchlight: start PostgreSQL, or fix the host and port in DATABASE_URL.`);
  });

  it("GIVEN a database that does not exist THEN the message says to create it", async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const missing = db.url.replace(/\/porchlight_test_[^/?]+/, "/porchlight_missing");
    await expect(openPostgres(missing)).rejects.toThrow(/the database in DATABASE_URL \(.*porchlight_missing\) does not exist: create it with createdb/);
  });

  it("GIVEN two replicas starting at once on an empty database THEN the schema is migrated once and both open", async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const pools = await Promise.all([openPostgres(db.url), openPostgres(db.url)]);
    const applied = await pools[0].query("SELECT version FROM schema_migrations ORDER BY version");
    expect(applied.rows).toEqual(versions);
    await Promise.all(pools.map((p) => p.end()));
  });

  it("GIVEN a schema newer than this code THEN start-up stops, says to upgrade, and changes nothing", async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    await (await openPostgres(db.url)).end();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', now())");
      await expect(openPostgres(db.url)).rejects.toThrow(
        `The PostgreSQL database is at schema version 99, newer than this Porchlight knows (${newest}): a newer Porchlight has migrated it. Upgrade this replica to the same version; nothing was changed.`,
      );
      expect((await client.query("SELECT count(*)::int AS n FROM schema_migrations")).rows).toEqual([{ n: newest + 1 }]);
    } finally {
      await client.end();
    }
  });
});
