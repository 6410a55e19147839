import type { Reply } from "../reply.js";

/**
 * Somewhere other than the asker that a result must reach. Both keys carry their platform
 * (`slack:U024BE7LH`, `discord:80351110224678912`, `console:#network`) so the messenger can route them.
 */
export type DeliveryTarget = { kind: "user"; userKey: string } | { kind: "channel"; channelKey: string };

export interface Delivery {
  to: DeliveryTarget;
  reply: Reply;
}

/** A command's result: the reply to the asker and anything to send to others (e.g. a supervisor's confirm request). */
export interface CommandOutcome {
  reply: Reply;
  deliveries?: Delivery[];
  /**
   * A new version of the message whose button ran this command (a meeting post with its counts updated). Adapters
   * that can edit it do; elsewhere the reply alone is shown.
   */
  updatePost?: Reply;
}
