import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";

// Bolt's and the Web API's debug/info lines include request bodies (message text): privacy says they never reach a log.
const DETAIL_MAX = 300;

/** Bolt's own warnings and errors, forwarded as structured events; its debug and info output is dropped. */
export function createBoltLogger(logger: Logger): BoltLogger {
  const detail = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : String(m))).join(" ").slice(0, DETAIL_MAX);
  return {
    debug() {},
    info() {},
    warn: (...msg) => logger.warn("slack.bolt", { detail: detail(msg) }),
    error: (...msg) => logger.error("slack.bolt", { detail: detail(msg) }),
    setLevel() {},
    getLevel: () => LogLevel.WARN,
    setName() {},
  };
}
