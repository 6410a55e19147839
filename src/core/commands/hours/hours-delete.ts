import { describeEntry } from "../../hours/describe-entry.js";
import { buildMessageReply } from "../build-message-reply.js";
import type { HoursSubcommand } from "./hours-subcommand.js";
import { findOwnEntry, parseEntryId } from "./find-own-entry.js";

/** `/hours delete <id>`: removes one of your entries; who, when and what it was stay in the audit trail. */
export const hoursDelete: HoursSubcommand = async (words, context, services) => {
  const entry = await findOwnEntry(parseEntryId(words[0], "/hours delete 12"), context, services);
  await services.entries.remove(entry.id, { by: context.actor.key, at: context.now }, "delete");
  return { reply: buildMessageReply({ title: `Deleted ${describeEntry(entry)}. The change is kept in the record.` }) };
};
