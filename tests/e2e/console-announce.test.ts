import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "porchlight-console-announce-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `printf '/announce ...' | main --json --user dana`: the real console process, one JSON line per reply or post. */
function consoleSession(user: string, input: string): Promise<Record<string, unknown>[]> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: join(dir, "porchlight.db"), ADMINS: "console:dana" };
  return new Promise((resolve, reject) => {
    const child = execFile("node_modules/.bin/tsx", ["src/main.ts", "--json", "--user", user], { env, cwd: process.cwd() }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>));
    });
    child.stdin!.end(input);
  });
}

describe("console /announce", () => {
  it("GIVEN an admin announces to #network THEN the post is printed to #network and the reply says where it went", async () => {
    const lines = await consoleSession("dana", "/announce #network Training on Friday\n");

    expect(lines).toEqual([
      { kind: "message", ephemeral: false, text: "Training on Friday", to: "console:#network" },
      expect.objectContaining({ kind: "message", ephemeral: true, text: "Announcement #1 posted to 1 of 1 channel.\n• #network: posted" }),
    ]);
  });

  it("GIVEN someone who is not an admin THEN nothing is printed to a channel", async () => {
    const lines = await consoleSession("maria", "/announce #network Training on Friday\n");

    expect(lines).toEqual([expect.objectContaining({ kind: "error", code: "announce.admin-only" })]);
  });
});
