import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseLogger } from "../../../src/logging/choose-logger.js";
import { createTerminalSessionLogger } from "../../../src/logging/terminal-session-logger.js";

const dir = mkdtempSync(join(tmpdir(), "porchlight-logger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the terminal session logger", () => {
  it("GIVEN events at every level THEN the file has a JSON line for each at or above the level, and the screen a short line for warnings and errors only", () => {
    const file = join(dir, "nested", "logs", "porchlight.log");
    const screen: string[] = [];
    const logger = createTerminalSessionLogger("info", file, (line) => screen.push(line));
    logger.debug("cache.warm");
    logger.info("ready", { adapters: ["console"] });
    logger.warn("slack.bolt", { detail: "socket closed" });
    logger.error("reminder.failed", { attempts: 3 });

    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.level, l.event])).toEqual([["info", "ready"], ["warn", "slack.bolt"], ["error", "reminder.failed"]]);
    expect(screen).toEqual(["[warn] slack.bolt detail=socket closed\n", "[error] reminder.failed attempts=3\n"]);
  });

  it("GIVEN a second session on the same file THEN its lines are appended, not written over", () => {
    const file = join(dir, "append.log");
    createTerminalSessionLogger("info", file, () => {}).info("first");
    createTerminalSessionLogger("info", file, () => {}).info("second");
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(2);
  });
});

describe("choosing where logs go", () => {
  it("GIVEN the console at a terminal THEN the log file is logs/porchlight.log beside the database, named relative to the working directory", () => {
    const choice = chooseLogger({ level: "info", consoleAtTerminal: true, databasePath: join(dir, "data", "porchlight.db"), cwd: dir });
    expect(choice.notice).toBe(`Logs go to ./${join("data", "logs", "porchlight.log")} (warnings and errors also show here).`);
  });

  it("GIVEN anything else (a service, a pipe) THEN JSON lines on stderr as before, and nothing to announce", () => {
    expect(chooseLogger({ level: "info", consoleAtTerminal: false, databasePath: join(dir, "x.db") }).notice).toBeUndefined();
  });
});
