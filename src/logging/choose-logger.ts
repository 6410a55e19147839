import { relative, resolve, sep } from "node:path";
import type { Logger } from "../core/logger.js";
import { createJsonLogger } from "./json-logger.js";
import { createTerminalSessionLogger } from "./terminal-session-logger.js";

type Level = Parameters<typeof createJsonLogger>[0];

export interface LoggerChoice {
  logger: Logger;
  /** Said once at start when the logs go to a file, so the person at the terminal knows where to look. */
  notice?: string;
}

/**
 * JSON lines on stderr, as a service's log collector wants them; but when the console chat runs at a terminal its
 * stderr is the same screen as the conversation, so the lines go to `logs/porchlight.log` beside the database file.
 */
export function chooseLogger(options: { level: Level; consoleAtTerminal: boolean; databasePath: string; cwd?: string }): LoggerChoice {
  if (!options.consoleAtTerminal) return { logger: createJsonLogger(options.level) };
  const filePath = resolve(options.databasePath, "..", "logs", "porchlight.log");
  const shown = relative(options.cwd ?? process.cwd(), filePath);
  const path = shown.startsWith("..") ? filePath : `.${sep}${shown}`;
  return {
    logger: createTerminalSessionLogger(options.level, filePath),
    notice: `Logs go to ${path} (warnings and errors also show here).`,
  };
}
