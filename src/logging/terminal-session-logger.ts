import { mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "../core/logger.js";
import { createJsonLogger } from "./json-logger.js";

type Level = Parameters<typeof createJsonLogger>[0];

/**
 * For the console chat at a terminal, where the screen is the conversation: every event goes to the file as a
 * JSON line, and only warnings and errors reach the screen, as one short line each. Written synchronously, so
 * the last lines before an exit are not lost (a session logs a few lines per command).
 */
export function createTerminalSessionLogger(minimum: Level, filePath: string, writeScreen: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  mkdirSync(dirname(filePath), { recursive: true });
  const fd = openSync(filePath, "a");
  const file = createJsonLogger(minimum, (line) => writeSync(fd, line));
  const screen = (level: "warn" | "error") => (event: string, fields: Record<string, unknown> = {}) => {
    file[level](event, fields);
    const facts = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
    writeScreen(`[${level}] ${[event, ...facts].join(" ")}\n`);
  };
  return { debug: file.debug, info: file.info, warn: screen("warn"), error: screen("error") };
}
