import type Database from "better-sqlite3";
import type { Migration } from "./migration.js";

/**
 * Applies the migrations this database has not seen yet, each in one transaction, and records them.
 * Each takes the write lock first (BEGIN IMMEDIATE) and checks again inside it whether it is still needed,
 * so any number of processes starting together on a new file apply each migration exactly once.
 */
export function migrate(db: Database.Database, migrations: Migration[]): number[] {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const applied = db.transaction(() => {
      const done = appliedVersions(db);
      const newest = Math.max(0, ...done);
      if (newest > known) {
        throw new Error(`The database is at schema version ${newest}, newer than this Porchlight knows (${known}). Upgrade Porchlight.`);
      }
      if (done.has(migration.version)) return false;
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(migration.version, migration.name, new Date().toISOString());
      return true;
    }).immediate();
    if (applied) ran.push(migration.version);
  }
  return ran;
}

function appliedVersions(db: Database.Database): Set<number> {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`);
  return new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
}
