import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "../core/logger.js";
import { DatabaseFileError } from "./database-file-error.js";
import { inspectDatabaseFile } from "./inspect-database-file.js";
import { migrate } from "./migrate.js";
import { migrations } from "./migrations/index.js";

export interface DatabaseOptions {
  /** FULL syncs every commit to disk before it returns (an acknowledged hour survives a power cut); NORMAL is faster. */
  synchronous?: "FULL" | "NORMAL";
  /** Told when a new database file is made, so an operator sees it plainly. */
  logger?: Logger;
}

const SIDE_FILES = ["-wal", "-shm", "-journal"];

/**
 * Opens (creating if needed) the SQLite file with WAL, foreign keys and a busy timeout, and brings its schema up to date.
 * A path that is not a healthy database is refused with a DatabaseFileError, and left as it was found.
 */
export function openDatabase(path: string, options: DatabaseOptions = {}): Database.Database {
  if (path === ":memory:") return configure(new Database(path), options);
  const state = inspectWhenSettled(path);
  const createdFolder = makeFolder(path);
  const sideFilesBefore = SIDE_FILES.filter((suffix) => existsSync(`${path}${suffix}`));
  let db: Database.Database | undefined;
  try {
    db = openConfigured(path, state, options);
  } catch (err) {
    if (isBusy(err)) throw err;
    // Leave the path as it was: what we made goes, what was there stays.
    if (createdFolder) rmSync(createdFolder, { recursive: true, force: true });
    else {
      if (state === "missing") rmSync(path, { force: true });
      for (const suffix of SIDE_FILES) if (!sideFilesBefore.includes(suffix)) rmSync(`${path}${suffix}`, { force: true });
    }
    throw explain(err, path);
  }
  if (state === "empty") options.logger?.warn("database.created", { setting: "DATABASE_PATH", path, note: "the file was empty (0 bytes); a new database was created in it" });
  if (state === "missing") options.logger?.info("database.created", { setting: "DATABASE_PATH", path });
  return db;
}

/**
 * Processes starting together on one new file race for the switch to WAL: a connection that read the file in
 * rollback mode and then asks for the exclusive lock is refused at once (SQLite's deadlock rule skips the busy
 * timeout), so the whole open is tried again after a pause.
 */
function openConfigured(path: string, state: ReturnType<typeof inspectDatabaseFile>, options: DatabaseOptions): Database.Database {
  for (let attempt = 1; ; attempt++) {
    const db = new Database(path);
    try {
      if (state === "existing") checkIntact(db, path);
      return configure(db, options);
    } catch (err) {
      db.close();
      if (!isBusy(err) || attempt === BUSY_ATTEMPTS) throw err;
      pause(BUSY_PAUSE_MS * attempt);
    }
  }
}

/**
 * A 0-byte file may be one a process starting at the same moment has just created and not yet written its header
 * to: it is looked at again for a moment before it is called an empty file (refused, or made a new database).
 */
function inspectWhenSettled(path: string): ReturnType<typeof inspectDatabaseFile> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    try {
      const state = inspectDatabaseFile(path);
      if (state !== "empty" || Date.now() >= deadline) return state;
    } catch (err) {
      if (!(err instanceof DatabaseFileError && err.problem === "empty-file") || Date.now() >= deadline) throw err;
    }
    pause(BUSY_PAUSE_MS);
  }
}
const SETTLE_MS = 5_000;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Busy means another process has the file open: it is in use, so it is neither cleaned up nor called damaged.
function isBusy(err: unknown): boolean {
  return String((err as { code?: string }).code ?? "").startsWith("SQLITE_BUSY");
}
const BUSY_ATTEMPTS = 20;
const BUSY_PAUSE_MS = 50;

function configure(db: Database.Database, options: DatabaseOptions): Database.Database {
  // A second process (or the scheduler's claim) may hold the write lock briefly; set before anything
  // else, so processes starting together on a new file wait for each other's WAL switch and migrations.
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous ?? "FULL"}`);
  db.pragma("foreign_keys = ON");
  migrate(db, migrations);
  return db;
}

/**
 * Every page of an existing file is checked before anything is written to it (WAL mode rewrites its header,
 * migrations add tables), so a damaged database is refused as it is. About 30 ms for a 10 MB file.
 */
function checkIntact(db: Database.Database, path: string): void {
  db.pragma("busy_timeout = 5000");
  const problems = (db.pragma("quick_check(3)") as { quick_check: string }[]).map((r) => r.quick_check);
  if (problems.length === 1 && problems[0] === "ok") return;
  throw new DatabaseFileError(path, "corrupt", `a SQLite database that is damaged (SQLite's check found: ${problems.join("; ")}). Restore it from a backup, or move it aside and start on a new path.`);
}

/** The first folder created for the path, if any, so a failed start can take it away again. */
function makeFolder(path: string): string | undefined {
  try {
    return mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOTDIR" || code === "EEXIST" ? "a file stands where its folder should be" : `its folder cannot be created (${code})`;
    throw new DatabaseFileError(path, "cannot-open", `but ${why}. Set DATABASE_PATH to a file in a folder Porchlight can create or write.`);
  }
}

function explain(err: unknown, path: string): unknown {
  const code = (err as { code?: string }).code ?? "";
  if (code === "SQLITE_NOTADB") {
    return new DatabaseFileError(path, "not-a-database", "which is not a SQLite database. Point DATABASE_PATH at Porchlight's database file, or at a path that does not exist yet to create a new one.");
  }
  if (code.startsWith("SQLITE_CORRUPT")) {
    return new DatabaseFileError(path, "corrupt", "a SQLite database that is damaged (SQLite reports it malformed). Restore it from a backup, or move it aside and start on a new path.");
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM" || code.startsWith("SQLITE_CANTOPEN")) {
    return new DatabaseFileError(path, "read-only", "which Porchlight cannot write: the file or its folder is read-only. Give the user running Porchlight write access to both (SQLite writes -wal and -shm files beside the database), or choose a writable path.");
  }
  return err;
}
