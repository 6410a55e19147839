import { citationOf, composeAnswer } from "../../knowledge/compose-answer.js";
import type { KbSubcommand } from "./kb-subcommand.js";
import { answeredEntry } from "./answered-entry.js";

const USAGE = "/kb share mt-medication-advice not_allowed";

/** `/kb share <entry> <verdict>`: the answer (never the question) posted for the channel to see, with its citation. */
export const kbShare: KbSubcommand = async (words, _rest, _context, services) => {
  const { entry, verdict } = answeredEntry(services.knowledge, words[0], words[1], USAGE);
  const answer = composeAnswer(verdict, entry, [], services.knowledge.states.stateName);
  return {
    reply: { kind: "answer", verdict, answer, text: answer, citations: [citationOf(entry)], related: [], jurisdiction: entry.jurisdiction, ephemeral: false },
  };
};
