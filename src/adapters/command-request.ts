import type { Actor } from "../core/commands/actor.js";

/** A platform event translated into what the dispatcher needs; `name` absent means `line` is a whole `/command args` or a question. */
export type CommandRequest = {
  actor: Actor;
  channel?: string;
  /** The platform's delivery id: a redelivery of the same event repeats it, so the core can store once. */
  deliveryId?: string;
  /** The log event naming where it came from (`slack.command`); none for the console, whose lines are the terminal's. */
  source?: string;
  /** How many times the platform already tried to deliver it (Slack's X-Slack-Retry-Num). */
  retryNum?: number;
} & ({ name: string; args: string } | { line: string });
