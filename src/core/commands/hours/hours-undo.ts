import { describeEntry } from "../../hours/describe-entry.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { HoursSubcommand } from "./hours-subcommand.js";

/** `/hours undo`: removes your most recently logged entry (kept in the audit trail as an undo). */
export const hoursUndo: HoursSubcommand = async (words, context, services) => {
  if (words.length > 0) throw new UserError("hours.invalid-arguments", "/hours undo takes nothing after it; to remove a particular entry use /hours delete 12.");
  const latest = await services.entries.latest(context.actor.key);
  if (!latest) throw new UserError("hours.nothing-to-undo", "You have no entries to undo. Log one with /log-hours 1.5 work.");
  await services.entries.remove(latest.id, { by: context.actor.key, at: context.now }, "undo");
  return { reply: buildMessageReply({ title: `Undone: ${describeEntry(latest)}. The change is kept in the record.` }) };
};
