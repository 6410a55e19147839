import { describeUser } from "../channels/describe-user.js";
import type { Delivery } from "../commands/command-outcome.js";
import { buildMessageReply } from "../commands/build-message-reply.js";
import { describeEntry } from "./describe-entry.js";
import type { HourEntry } from "./hour-entry.js";

/** The direct message that asks a supervision entry's supervisor to confirm it; the button runs `/hours confirm <id>`. */
export function supervisorConfirmRequest(entry: HourEntry): Delivery {
  return {
    to: { kind: "user", userKey: entry.supervisorKey! },
    reply: buildMessageReply({
      // The partner is a mention in the entry's line, not in the title: a title is plain text on Slack and Discord.
      title: "Supervision logged with you. Please confirm it happened as described.",
      sections: [{ title: "Entry", lines: [`${describeUser(entry.userKey)}: ${describeEntry(entry)}`] }],
      actions: [{ label: "Confirm", command: `/hours confirm ${entry.id}`, style: "primary" }],
    }),
  };
}
