import type { CommandDispatcher } from "../core/commands/command-dispatcher.js";
import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";

/** What every chat adapter needs from the composition root. */
export interface ChatAdapterDeps {
  dispatcher: CommandDispatcher;
  /** Carries a command's deliveries (e.g. a supervisor's confirm request) to whichever platform they address. */
  messenger: Messenger;
  isAdmin: (userKey: string) => boolean;
  now: () => Date;
  logger: Logger;
}
