import type { Actor } from "./actor.js";

/** Everything a command knows about the message that invoked it, besides its argument text. */
export interface CommandContext {
  actor: Actor;
  /** Where the command was typed (channel id or console channel name), when there is one. */
  channel?: string;
  /** The platform's id for this delivery (Slack trigger_id, Discord interaction id): a redelivery repeats it. */
  deliveryId?: string;
  isAdmin: boolean;
  now: Date;
}
