import type { Actor } from "../core/commands/actor.js";

/** A platform event translated into what the dispatcher needs; `name` absent means `line` is a whole `/command args` or a question. */
export type CommandRequest = {
  actor: Actor;
  channel?: string;
  /** The platform's delivery id: a redelivery of the same event repeats it, so the core can store once. */
  deliveryId: string;
} & ({ name: string; args: string } | { line: string });
