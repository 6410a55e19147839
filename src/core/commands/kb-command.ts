import type { KnowledgeFeedbackServices } from "../feedback/knowledge-feedback-services.js";
import { tokenizeArguments } from "../hours/tokenize-arguments.js";
import type { CommandHandler } from "./command-handler.js";
import { kbAskCoordinators } from "./kb/kb-ask-coordinators.js";
import { kbReport } from "./kb/kb-report.js";
import { kbShare } from "./kb/kb-share.js";
import type { KbSubcommand } from "./kb/kb-subcommand.js";
import { kbVote } from "./kb/kb-vote.js";
import { UserError } from "./user-error.js";
import { ownEntry } from "../own-entry.js";

const SUBCOMMANDS: Record<string, KbSubcommand> = {
  report: kbReport,
  share: kbShare,
  vote: kbVote,
  "ask-coordinators": kbAskCoordinators,
};

/** `/kb`: the knowledge base's report for coordinators, and what the buttons under an answer run. */
export function createKbCommand(services: KnowledgeFeedbackServices): CommandHandler {
  return {
    name: "kb",
    run(args, context) {
      const name = /^\S*/.exec(args)![0].toLowerCase();
      const sub = ownEntry(SUBCOMMANDS, name);
      if (!sub) {
        throw new UserError("kb.unknown-subcommand", `Use /kb report [weeks] (coordinators); share, vote and ask-coordinators are the buttons under an answer.`);
      }
      const rest = args.slice(name.length).trim();
      // The question sent on to the coordinators is free text, not arguments: its quotes are its own.
      return sub(name === "ask-coordinators" ? [] : tokenizeArguments(rest), rest, context, services);
    },
  };
}
