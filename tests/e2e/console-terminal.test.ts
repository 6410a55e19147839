import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A real pseudo-terminal: util-linux `script` gives main a TTY on stdin, stdout and stderr, as a person's terminal does.
const dir = mkdtempSync(join(tmpdir(), "porchlight-terminal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUESTION = "Can I accept a gift card from a family?";

/** What a person at the terminal sees, and a way to wait until some text has appeared on it. */
function terminalSession(): { child: ChildProcess; screen: () => string; waitFor: (text: string) => Promise<void> } {
  const command = `${process.execPath} --import tsx src/main.ts`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERM: "xterm", DATABASE_PATH: join(dir, "porchlight.db") },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let screen = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  const take = (chunk: Buffer) => {
    screen += chunk.toString("utf8");
    for (const w of waiters.filter((w) => screen.includes(w.text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout!.on("data", take);
  child.stderr!.on("data", take);
  return {
    child,
    screen: () => screen,
    waitFor: (text) => (screen.includes(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ text, resolve }))),
  };
}

describe("the console chat in an interactive terminal", () => {
  it("GIVEN a person typing /help and a question THEN the screen shows the replies and no JSON log line, and the log file has the events", async () => {
    const session = terminalSession();
    const exited = once(session.child, "exit");
    await session.waitFor("Ctrl-D to leave.");
    session.child.stdin!.write("/help\r");
    await session.waitFor("/help <command> shows how to use one.");
    session.child.stdin!.write(`${QUESTION}\r`);
    await session.waitFor("Source:");
    session.child.stdin!.write("\x04");
    const [code] = await exited;

    const screen = session.screen();
    const logPath = join(dir, "logs", "porchlight.log");
    expect(code).toBe(0);
    expect(screen).toContain(`Logs go to ${logPath}`);
    expect(screen.match(/Logs go to/g)).toHaveLength(1);
    expect(screen).toMatch(/It depends \(Montana\)/);
    for (const line of screen.split(/\r?\n/)) expect(line, "a log line on the screen").not.toMatch(/"level"|"event"|^\s*\{/);

    const logged = readFileSync(logPath, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { event: string });
    expect(logged.map((l) => l.event)).toEqual(expect.arrayContaining(["ready", "ask.answered"]));
    expect(readFileSync(logPath, "utf8")).not.toContain("gift card");
  }, 90_000);
});
