import type { Logger } from "../../../src/core/logger.js";

/** A logger that keeps every line as JSON, so tests can check that no message text was logged. */
export function createRecordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (event: string, fields: Record<string, unknown> = {}) => {
    lines.push(JSON.stringify({ level, event, ...fields }));
  };
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
