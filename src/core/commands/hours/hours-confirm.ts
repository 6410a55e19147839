import { describeUser } from "../../channels/describe-user.js";
import type { HourEntry } from "../../hours/hour-entry.js";
import type { HoursServices } from "../../hours/hours-services.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { describeEntry } from "../../hours/describe-entry.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { HoursSubcommand } from "./hours-subcommand.js";
import { parseEntryId } from "./find-own-entry.js";

/** `/hours confirm <id>` or `/hours confirm all`: the supervisor named on a supervision entry confirms it; the partner is told. */
export const hoursConfirm: HoursSubcommand = async (words, context, services) => {
  if (words[0]?.toLowerCase() === "all") return confirmAll(context, services);
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
    deliveries: [{ to: { kind: "user", userKey: entry.userKey }, reply: buildMessageReply({ title: "Your supervision was confirmed.", sections: [{ title: "Entry", lines: [`${describeUser(context.actor.key)} confirmed ${describeEntry(confirmed)}`] }] }) }],
  };
};

/** Every supervision entry waiting for this supervisor, confirmed at once; each partner is told about theirs. */
async function confirmAll(context: CommandContext, services: HoursServices): Promise<CommandOutcome> {
  const pending = await services.entries.pendingFor(context.actor.key);
  if (pending.length === 0) return { reply: buildMessageReply({ title: "No supervision is waiting for your confirmation." }) };
  const confirmed: HourEntry[] = [];
  for (const entry of pending) confirmed.push(await services.entries.confirm(entry.id, { by: context.actor.key, at: context.now }));
  return {
    reply: buildMessageReply({ title: `Confirmed ${confirmed.length} supervision ${confirmed.length === 1 ? "entry" : "entries"}`, sections: [{ title: "Confirmed", lines: confirmed.map(describeEntry) }] }),
    deliveries: confirmed.map((e) => ({
      to: { kind: "user" as const, userKey: e.userKey },
      reply: buildMessageReply({ title: "Your supervision was confirmed.", sections: [{ title: "Entry", lines: [`${describeUser(context.actor.key)} confirmed ${describeEntry(e)}`] }] }),
    })),
  };
}
