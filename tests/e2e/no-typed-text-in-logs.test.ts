import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Issue 8, reproduction 4: "/Zelda-Quintanilla-406-555-0142 is this logged?" wrote the name and number to stderr.
const MARKER = "Zelda-Quintanilla-406-555-0142";
const dir = mkdtempSync(join(tmpdir(), "porchlight-log-privacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CommandSpecFile {
  name: string;
  examples: string[];
}

/** Every documented example of every command, with the marker added, put in place of each word, and alone. */
function markedLines(): string[] {
  const specs = readdirSync("commands")
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join("commands", f), "utf8")) as CommandSpecFile);
  const lines = [`/${MARKER} is this logged?`, `/${MARKER}`, `${MARKER} can I give a parent my number?`, `   ${MARKER}`];
  for (const spec of specs) {
    lines.push(`/${spec.name} ${MARKER}`);
    for (const example of spec.examples) {
      const words = example.split(" ");
      lines.push(`${example} ${MARKER}`);
      for (let i = 1; i < words.length; i++) lines.push(words.map((w, j) => (j === i ? MARKER : w)).join(" "));
    }
  }
  return lines;
}

function consoleSession(lines: string[]): Promise<{ stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: join(dir, "porchlight.db"), ADMINS: "console:dana", LOG_LEVEL: "debug" };
  return new Promise((resolve, reject) => {
    const child = execFile("node_modules/.bin/tsx", ["src/main.ts", "--json", "--user", "dana"], { env, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(err);
      else resolve({ stdout, stderr });
    });
    child.stdin!.end(lines.map((l) => `${l}\n`).join(""));
  });
}

describe("logs never hold typed text", () => {
  it("GIVEN a marker typed through every command and subcommand at debug level THEN every line is answered and the marker is nowhere in stderr", async () => {
    const lines = markedLines();
    const { stdout, stderr } = await consoleSession(lines);
    const replies = stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind: string; code?: string });
    expect(replies.length).toBeGreaterThanOrEqual(lines.length);
    expect(replies.some((r) => r.code === "command.unknown")).toBe(true);
    const logged = stderr.split("\n").filter(Boolean);
    expect(logged.some((l) => JSON.parse(l).event === "command.rejected")).toBe(true);
    for (const fragment of [MARKER, "Zelda", "Quintanilla", "406-555-0142"]) {
      expect(stderr.toLowerCase(), fragment).not.toContain(fragment.toLowerCase());
    }
    expect(logged.find((l) => JSON.parse(l).code === "command.unknown")).toContain('"command":"unknown"');
  }, 120_000);
});
