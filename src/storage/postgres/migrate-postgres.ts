import type pg from "pg";
import type { Migration } from "../migration.js";
import { LOCK_NAMESPACE, LockId } from "./advisory-locks.js";
import { PostgresStartError } from "./postgres-start-error.js";

/**
 * Applies the migrations this database has not seen, all in one transaction (PostgreSQL's DDL is transactional) under
 * an advisory lock, so two replicas starting together do not both migrate; the second finds the work done.
 */
export async function migratePostgres(pool: pg.Pool, migrations: Migration[]): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1, $2)", [LOCK_NAMESPACE, LockId.migrations]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    const applied = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new PostgresStartError(
        `The PostgreSQL database is at schema version ${newest}, newer than this Porchlight knows (${known}): ` +
          "a newer Porchlight has migrated it. Upgrade this replica to the same version; nothing was changed.",
      );
    }
    const ran: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())", [migration.version, migration.name]);
      ran.push(migration.version);
    }
    await client.query("COMMIT");
    return ran;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
