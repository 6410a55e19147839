import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "../../../src/storage/migrations/index.js";

// Issue 8, reproduction 3: two processes starting on a new file failed with "table profiles already exists".
const PROCESSES = 8;
const SCRIPT = new URL("./fixtures/open-when-told.ts", import.meta.url).pathname;
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function startWaiting(databasePath: string, goFile: string) {
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT, databasePath, goFile], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const ready = new Promise<void>((resolve) => child.stdout.on("data", () => output.includes("ready") && resolve()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on("close", (code) => resolve({ code, output })));
  return { ready, done };
}

describe("migrations under racing starts", () => {
  it(`GIVEN ${PROCESSES} processes released together on one new file THEN every start succeeds and each migration ran once`, async () => {
    dir = mkdtempSync(join(tmpdir(), "porchlight-race-"));
    const databasePath = join(dir, "porchlight.db");
    const goFile = join(dir, "go");
    const children = Array.from({ length: PROCESSES }, () => startWaiting(databasePath, goFile));
    await Promise.all(children.map((c) => c.ready));
    writeFileSync(goFile, "");
    const results = await Promise.all(children.map((c) => c.done));
    expect(results.map((r) => r.output.trim().split("\n").pop())).toEqual(Array(PROCESSES).fill("opened"));
    expect(results.map((r) => r.code)).toEqual(Array(PROCESSES).fill(0));
    const db = new Database(databasePath, { readonly: true });
    const versions = (db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as { version: number }[]).map((r) => r.version);
    db.close();
    expect(versions).toEqual(migrations.map((m) => m.version).sort((a, b) => a - b));
  }, 60_000);
});
