import type { webApi } from "@slack/bolt";
import type { Delivery } from "../../core/commands/command-outcome.js";
import { DeliveryError } from "../../core/delivery-error.js";
import type { Messenger } from "../../core/messenger.js";
import { openDirectMessage, postSlackReply } from "./post-slack-reply.js";
import { toDeliveryError } from "./to-delivery-error.js";

const PREFIX = "slack:";

/** Sends deliveries addressed `slack:U…` (a direct message) or `slack:C…` (a channel post). Rejects with a DeliveryError. */
export function createSlackMessenger(client: webApi.WebClient): Messenger {
  return {
    async deliver(delivery: Delivery) {
      const key = delivery.to.kind === "user" ? delivery.to.userKey : delivery.to.channelKey;
      if (!key.startsWith(PREFIX) || key.length === PREFIX.length) {
        throw new DeliveryError(`'${key}' is not a Slack key (expected e.g. slack:U024BE7LH)`, key, false);
      }
      const id = key.slice(PREFIX.length);
      try {
        const channel = delivery.to.kind === "user" ? await openDirectMessage(client, id) : id;
        await postSlackReply(client, channel, delivery.reply);
      } catch (err) {
        throw toDeliveryError(err, key);
      }
    },
  };
}
