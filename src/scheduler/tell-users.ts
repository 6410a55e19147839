import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";

/** A direct message to each of these people; one who cannot be reached is logged (by key, not text) and skipped. */
export async function tellUsers(messenger: Messenger, userKeys: Iterable<string>, text: string, logger: Logger): Promise<void> {
  for (const userKey of new Set(userKeys)) {
    try {
      await messenger.deliver({ to: { kind: "user", userKey }, reply: { kind: "message", text, ephemeral: true } });
    } catch (err) {
      logger.error("report.failed", { to: userKey, error: (err as Error)?.name });
    }
  }
}
