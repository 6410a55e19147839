import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from "discord.js";
import type { Delivery } from "../../core/commands/command-outcome.js";
import { DeliveryError } from "../../core/delivery-error.js";
import type { Messenger } from "../../core/messenger.js";
import { renderDiscordMessages } from "./render-discord-messages.js";

const PREFIX = "discord:";

/**
 * Sends deliveries addressed `discord:<user id>` (opens the DM channel, then posts) or `discord:<channel id>`.
 * Rejects with a DeliveryError: Discord's 5xx, rate limits and network failures are retriable, its 4xx are not.
 */
export function createDiscordMessenger(rest: REST): Messenger {
  return {
    async deliver(delivery: Delivery) {
      const key = delivery.to.kind === "user" ? delivery.to.userKey : delivery.to.channelKey;
      if (!key.startsWith(PREFIX) || key.length === PREFIX.length) {
        throw new DeliveryError(`'${key}' is not a Discord key (expected e.g. discord:80351110224678912)`, key, false);
      }
      const id = key.slice(PREFIX.length);
      try {
        const channelId = delivery.to.kind === "user" ? await openDirectMessage(rest, id) : id;
        // A long reply is several messages, posted in order.
        for (const { files, ...body } of renderDiscordMessages(delivery.reply)) {
          await rest.post(Routes.channelMessages(channelId), { body, ...(files ? { files } : {}) });
        }
      } catch (err) {
        throw toDeliveryError(err, key);
      }
    },
  };
}

async function openDirectMessage(rest: REST, userId: string): Promise<string> {
  const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
  return channel.id;
}

function toDeliveryError(err: unknown, key: string): DeliveryError {
  if (err instanceof RateLimitError) return new DeliveryError(`Discord rate limit on ${err.route}`, key, true, err.retryAfter, { cause: err });
  if (err instanceof DiscordAPIError) {
    return new DeliveryError(`Discord refused (${err.status} ${err.code}): ${err.message}`, key, err.status >= 500 || err.status === 429, undefined, { cause: err });
  }
  if (err instanceof HTTPError) return new DeliveryError(`Discord HTTP ${err.status}`, key, err.status >= 500, undefined, { cause: err });
  return new DeliveryError(`Discord unreachable: ${err instanceof Error ? err.message : String(err)}`, key, true, undefined, { cause: err });
}
