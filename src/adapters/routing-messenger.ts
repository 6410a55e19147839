import type { Platform } from "../core/commands/actor.js";
import type { Delivery } from "../core/commands/command-outcome.js";
import { DeliveryError } from "../core/delivery-error.js";
import type { Messenger } from "../core/messenger.js";

/**
 * Sends each delivery through the messenger of the platform its key names (`slack:…`, `discord:…`, `console:…`).
 * A key for a platform that is not running, or an unknown platform, rejects and is not retried: waiting will not help.
 */
export function createRoutingMessenger(byPlatform: Readonly<Record<Platform, Messenger>>): Messenger {
  return {
    async deliver(delivery: Delivery) {
      const key = delivery.to.kind === "user" ? delivery.to.userKey : delivery.to.channelKey;
      const colon = key.indexOf(":");
      const platform = colon > 0 ? key.slice(0, colon) : "";
      const messenger = Object.hasOwn(byPlatform, platform) ? byPlatform[platform] : undefined;
      if (!messenger) {
        const running = Object.keys(byPlatform).join(", ") || "none";
        throw new DeliveryError(
          `No messenger for '${key}': write keys as platform:id (e.g. slack:U024BE7LH); running platforms: ${running}`,
          key,
          false,
        );
      }
      await messenger.deliver(delivery);
    },
  };
}
