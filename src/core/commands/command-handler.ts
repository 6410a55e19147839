import type { CommandContext } from "./command-context.js";
import type { CommandOutcome } from "./command-outcome.js";

/** One slash command. `args` is the text after the command name; typed platform options arrive already joined. */
export interface CommandHandler {
  name: string;
  run(args: string, context: CommandContext): CommandOutcome | Promise<CommandOutcome>;
}
