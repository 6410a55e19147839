import type { Logger } from "../../../src/core/logger.js";

export interface RecordingLogger extends Logger {
  /** Every line as JSON, so tests can check that no message text was logged. */
  lines: string[];
  /** Resolves with the first line of this event, already logged or still to come. */
  next(event: string): Promise<Record<string, unknown>>;
}

export function createRecordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const waiters: { event: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  const at = (level: string) => (event: string, fields: Record<string, unknown> = {}) => {
    const line = { level, event, ...fields };
    lines.push(JSON.stringify(line));
    for (const waiter of waiters.filter((w) => w.event === event)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  };
  return {
    lines,
    next(event) {
      const seen = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === event);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ event, resolve }));
    },
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
}
