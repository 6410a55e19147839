import type { KnowledgeFeedbackServices } from "../../feedback/knowledge-feedback-services.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";

/** One `/kb <word> ...` subcommand: gets the words after its name and the raw rest of the line. */
export type KbSubcommand = (words: string[], rest: string, context: CommandContext, services: KnowledgeFeedbackServices) => Promise<CommandOutcome>;
