import { calendarDateIn } from "../../hours/calendar-date.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import { answeredEntry } from "./answered-entry.js";
import type { KbSubcommand } from "./kb-subcommand.js";

const USAGE = "/kb vote mt-medication-advice not_allowed helpful";
const RATINGS: Record<string, boolean> = { helpful: true, "not-helpful": false };

/** `/kb vote <entry> <verdict> helpful|not-helpful`: one rating per person per entry, changed by voting again. */
export const kbVote: KbSubcommand = async (words, _rest, context, services) => {
  const { entry, verdict } = answeredEntry(services.knowledge, words[0], words[1], USAGE);
  const helpful = RATINGS[words[2]?.toLowerCase() ?? ""];
  if (helpful === undefined) throw new UserError("kb.unknown-rating", `Rate an answer helpful or not-helpful, e.g. ${USAGE}.`);
  const result = await services.feedback.saveVote({ voterKey: context.actor.key, entryId: entry.id, verdict, helpful, on: calendarDateIn(context.now, services.timeZone) });
  const rating = helpful ? "helpful" : "not helpful";
  const title = result === "changed" ? `Changed your rating of "${entry.title}" to ${rating}.` : `Thanks: you rated "${entry.title}" ${rating}.`;
  return { reply: buildMessageReply({ title: `${title} Only the rating is kept, never your question.` }) };
};
