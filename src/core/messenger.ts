import type { Delivery } from "./commands/command-outcome.js";

/** Sends a message outside a command's own reply: a direct message or a channel post. Rejects when the platform refuses. */
export interface Messenger {
  deliver(delivery: Delivery): Promise<void>;
}
