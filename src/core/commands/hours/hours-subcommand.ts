import type { HoursServices } from "../../hours/hours-services.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";

/** One `/hours <word> ...` subcommand: gets the words after its name. */
export type HoursSubcommand = (words: string[], context: CommandContext, services: HoursServices) => Promise<CommandOutcome>;
