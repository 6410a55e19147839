import { describeEntry } from "../../hours/describe-entry.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { HoursSubcommand } from "./hours-subcommand.js";
import { parseEntryId } from "./find-own-entry.js";

/** `/hours confirm <id>`: the supervisor named on a supervision entry confirms it; the partner is told. */
export const hoursConfirm: HoursSubcommand = async (words, context, services) => {
  const id = parseEntryId(words[0], "/hours confirm 12");
  const entry = await services.entries.get(id);
  if (!entry || entry.deletedAt || entry.supervisorKey !== context.actor.key) {
    throw new UserError("hours.confirm-not-yours", `Entry #${id} is not a supervision entry naming you. /hours pending lists the ones waiting for you.`);
  }
  if (entry.confirmation === "confirmed") {
    return { reply: buildMessageReply({ title: `Already confirmed: ${describeEntry(entry)}.` }) };
  }
  const confirmed = await services.entries.confirm(id, { by: context.actor.key, at: context.now });
  return {
    reply: buildMessageReply({ title: `Confirmed ${describeEntry(confirmed)}.` }),
    deliveries: [{ to: { kind: "user", userKey: entry.userKey }, reply: buildMessageReply({ title: `${context.actor.key} confirmed your supervision: ${describeEntry(confirmed)}.` }) }],
  };
};
