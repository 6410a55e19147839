import { describeUser } from "../../channels/describe-user.js";
import { describeEntry } from "../../hours/describe-entry.js";
import { buildMessageReply } from "../build-message-reply.js";
import type { HoursSubcommand } from "./hours-subcommand.js";

// Slack: at most 25 buttons per actions block; one confirm button per entry keeps well inside that.
const MAX_BUTTONS = 20;

/** `/hours pending`: supervision entries waiting for your confirmation, each with a Confirm action. */
export const hoursPending: HoursSubcommand = async (_words, context, services) => {
  const pending = await services.entries.pendingFor(context.actor.key);
  if (pending.length === 0) return { reply: buildMessageReply({ title: "No supervision is waiting for your confirmation." }) };
  return {
    reply: buildMessageReply({
      title: `${pending.length} supervision ${pending.length === 1 ? "entry waits" : "entries wait"} for your confirmation`,
      sections: [{ title: "Pending", lines: pending.map((e) => `${describeUser(e.userKey)}: ${describeEntry(e)}`) }],
      actions: pending.slice(0, MAX_BUTTONS).map((e) => ({ label: `Confirm #${e.id}`, command: `/hours confirm ${e.id}`, style: "primary" as const })),
    }),
  };
};
