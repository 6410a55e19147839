import type { Logger as CronLogger } from "node-cron";
import type { Logger } from "../core/logger.js";

/**
 * node-cron's own notices ("missed execution at ...: possible blocking IO") as JSON log lines, instead of
 * the coloured text it writes to the console by default, which broke the one-JSON-object-per-line stderr.
 */
export function nodeCronLogger(logger: Logger): CronLogger {
  const detail = (message: string | Error) => (message instanceof Error ? `${message.name}: ${message.message}` : message);
  return {
    info: (message) => logger.info("node-cron", { detail: message }),
    warn: (message) => logger.warn("node-cron", { detail: message }),
    error: (message, err) => logger.error("node-cron", { detail: detail(message), ...(err ? { error: detail(err) } : {}) }),
    debug: (message, err) => logger.debug("node-cron", { detail: detail(message), ...(err ? { error: detail(err) } : {}) }),
  };
}
