import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseFileError } from "../../../src/storage/database-file-error.js";
import { openDatabase } from "../../../src/storage/open-database.js";

// Issue 8, reproduction 5: a bad DATABASE_PATH stopped the start with a raw SqliteError and a stack trace,
// a 0-byte file silently became a database, and a corrupt file gained -wal/-shm files beside it.
const root = mkdtempSync(join(tmpdir(), "porchlight-bad-db-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function healthyDatabase(path: string): void {
  const db = new Database(path);
  db.exec("CREATE TABLE notes (text TEXT)");
  const insert = db.prepare("INSERT INTO notes VALUES (?)");
  for (let i = 0; i < 500; i++) insert.run(`note ${i} `.repeat(20));
  db.close();
}

/** A folder holding one file made by `make`; the folder's names and the file's bytes, to compare after. */
function caseFolder(name: string, make: (path: string) => void) {
  const dir = join(root, name);
  mkdirSync(dir);
  const path = join(dir, "porchlight.db");
  make(path);
  const snapshot = () => ({ names: readdirSync(dir).sort(), bytes: safeRead(path) });
  return { dir, path, before: snapshot(), snapshot };
}

function safeRead(path: string): string {
  try {
    return readFileSync(path).toString("base64");
  } catch {
    return "(not a file)";
  }
}

function refusal(path: string): DatabaseFileError {
  try {
    openDatabase(path).close();
  } catch (err) {
    if (err instanceof DatabaseFileError) return err;
    throw err;
  }
  throw new Error(`${path} was opened`);
}

describe("a DATABASE_PATH that is not a healthy database", () => {
  const cases: [string, (path: string) => void, DatabaseFileError["problem"], RegExp][] = [
    ["a text file", (p) => writeFileSync(p, "DATABASE_PATH=./data/porchlight.db\n"), "not-a-database", /not a SQLite database/],
    ["a folder", (p) => mkdirSync(p), "folder", /is a folder, not a database file.*porchlight\.db\/porchlight\.db/],
    [
      "a truncated database",
      (p) => {
        healthyDatabase(p);
        truncateSync(p, 10_000);
      },
      "corrupt",
      /damaged.*cut off/,
    ],
    [
      "a database with a damaged page",
      (p) => {
        healthyDatabase(p);
        const bytes = readFileSync(p);
        bytes.fill(0xa5, 8192, 8192 + 300);
        writeFileSync(p, bytes);
      },
      "corrupt",
      /damaged/,
    ],
    [
      "an empty file beside other files of ours",
      (p) => {
        writeFileSync(p, "");
        mkdirSync(join(p, "..", "exports"));
      },
      "empty-file",
      /empty \(0-byte\) file.*exports/,
    ],
  ];
  for (const [name, make, problem, words] of cases) {
    it(`GIVEN ${name} THEN refused in words naming DATABASE_PATH and the path, and the folder is as it was`, () => {
      const folder = caseFolder(name.replaceAll(" ", "-"), make);
      const err = refusal(folder.path);
      expect(err.problem).toBe(problem);
      expect(err.message).toContain(`DATABASE_PATH is ${folder.path}`);
      expect(err.message).toMatch(words);
      expect(err.message).toContain("Nothing was changed.");
      expect(folder.snapshot()).toEqual(folder.before);
    });
  }

  it("GIVEN an empty file alone in its folder THEN a new database is made in it, and the log says so plainly", () => {
    const folder = caseFolder("lone-empty", (p) => writeFileSync(p, ""));
    const logged: [string, Record<string, unknown> | undefined][] = [];
    const record = (event: string, fields?: Record<string, unknown>) => logged.push([event, fields]);
    openDatabase(folder.path, { logger: { debug: record, info: record, warn: record, error: record } }).close();
    expect(logged).toEqual([["database.created", { setting: "DATABASE_PATH", path: folder.path, note: "the file was empty (0 bytes); a new database was created in it" }]]);
    expect(readFileSync(folder.path).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  it("GIVEN a healthy database THEN it opens and keeps its rows", () => {
    const folder = caseFolder("healthy", healthyDatabase);
    const db = openDatabase(folder.path);
    expect((db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n).toBe(500);
    db.close();
  });

  it("GIVEN main started on a text file THEN one plain message on stderr, no stack trace, exit code 1", async () => {
    const folder = caseFolder("main-text-file", (p) => writeFileSync(p, "not a database\n"));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: folder.path };
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile("node_modules/.bin/tsx", ["src/main.ts"], { env }, (err, _stdout, stderr) => resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, stderr }));
      child.stdin!.end();
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`DATABASE_PATH is ${folder.path}, which is not a SQLite database`);
    expect(stderr).not.toMatch(/SqliteError|\n\s+at /);
    expect(folder.snapshot()).toEqual(folder.before);
  }, 60_000);
});
