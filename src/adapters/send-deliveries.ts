import type { Delivery } from "../core/commands/command-outcome.js";
import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";

/**
 * Sends a command's deliveries after its reply. A failure is logged (target and reason, never text) and does not
 * undo the command: what it stored stays stored, and the asker already has their reply.
 */
export async function sendDeliveries(messenger: Messenger, deliveries: Delivery[], logger: Logger): Promise<void> {
  for (const delivery of deliveries) {
    try {
      await messenger.deliver(delivery);
    } catch (err) {
      const to = delivery.to.kind === "user" ? delivery.to.userKey : delivery.to.channelKey;
      logger.error("delivery.failed", { to, kind: delivery.reply.kind, error: err instanceof Error ? err.message : String(err) });
    }
  }
}
