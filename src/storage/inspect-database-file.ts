import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DatabaseFileError } from "./database-file-error.js";

const SQLITE_HEADER = "SQLite format 3\0";
const HEADER_BYTES = 100;

export type DatabaseFileState = "missing" | "empty" | "existing";

/**
 * Looks at DATABASE_PATH before SQLite touches it, so a file that is not a healthy database is refused
 * with its problem in words instead of gaining -wal/-shm files beside it or being turned into a database.
 */
export function inspectDatabaseFile(path: string): DatabaseFileState {
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    if ((err as NodeJS.ErrnoException).code === "ENOTDIR") {
      throw new DatabaseFileError(path, "cannot-open", "but a file stands where its folder should be. Set DATABASE_PATH to a file in a folder.");
    }
    throw new DatabaseFileError(path, "cannot-open", `which cannot be read (${(err as NodeJS.ErrnoException).code}). Check the path and its permissions.`);
  }
  if (stats.isDirectory()) {
    throw new DatabaseFileError(path, "folder", `which is a folder, not a database file. Set it to a file inside that folder, e.g. DATABASE_PATH=${join(path, "porchlight.db")}.`);
  }
  if (stats.size === 0) return emptyFileState(path);
  const header = readHeader(path);
  if (header.subarray(0, 16).toString("latin1") !== SQLITE_HEADER) {
    throw new DatabaseFileError(
      path,
      "not-a-database",
      "which is not a SQLite database (it does not start with SQLite's header: perhaps a text file or a backup in another format). Point DATABASE_PATH at Porchlight's database file, or at a path that does not exist yet to create a new one.",
    );
  }
  const truncation = truncationOf(header, stats.size, path);
  if (truncation) {
    throw new DatabaseFileError(path, "corrupt", `a SQLite database that is damaged: ${truncation}. Restore it from a backup, or move it aside and start on a new path.`);
  }
  return "existing";
}

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

/** A file shorter than its own header says (and with no WAL that could hold the rest) was cut off. */
function truncationOf(header: Buffer, size: number, path: string): string | undefined {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return "its header names an impossible page size";
  if (size < HEADER_BYTES || size % pageSize !== 0) return `it is ${size} bytes, not a whole number of its ${pageSize}-byte pages (it was cut off)`;
  // The page count in the header is only trusted when its "valid for" counter matches the change counter.
  const pages = header.readUInt32BE(28);
  const trusted = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (trusted && size < pages * pageSize && !hasSideFile(path, "-wal")) return `it holds ${size / pageSize} of its ${pages} pages (it was cut off)`;
  return undefined;
}

/**
 * A 0-byte file is a new database only when nothing else of ours is beside it; an empty file next to
 * exports or other databases is more likely a mistake (a copy that failed) than a fresh start.
 */
function emptyFileState(path: string): DatabaseFileState {
  const name = basename(path);
  const others = readdirSync(dirname(path)).filter((entry) => entry !== name && entry !== `${name}-wal` && entry !== `${name}-shm`);
  if (others.length === 0 && !hasSideFile(path, "-wal")) return "empty";
  throw new DatabaseFileError(
    path,
    "empty-file",
    `an empty (0-byte) file in a folder that holds other files (${others.length > 0 ? others.slice(0, 3).join(", ") : `${name}-wal`}). An empty file is not a Porchlight database: restore the database there, or delete the empty file to start a new one.`,
  );
}

function hasSideFile(path: string, suffix: string): boolean {
  try {
    return statSync(`${path}${suffix}`).size > 0;
  } catch {
    return false;
  }
}
