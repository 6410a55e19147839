import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate.js";
import { migrations } from "./migrations/index.js";

export interface DatabaseOptions {
  /** FULL syncs every commit to disk before it returns (an acknowledged hour survives a power cut); NORMAL is faster. */
  synchronous?: "FULL" | "NORMAL";
}

/** Opens (creating if needed) the SQLite file with WAL, foreign keys and a busy timeout, and brings its schema up to date. */
export function openDatabase(path: string, options: DatabaseOptions = {}): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // A second process (or the scheduler's claim) may hold the write lock briefly; set before anything
  // else, so processes starting together on a new file wait for each other's WAL switch and migrations.
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous ?? "FULL"}`);
  db.pragma("foreign_keys = ON");
  migrate(db, migrations);
  return db;
}
