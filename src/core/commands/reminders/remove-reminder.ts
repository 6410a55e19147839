import { describeChannel } from "../../channels/describe-channel.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { UserError } from "../user-error.js";
import type { RemindersCommandDeps } from "./reminders-command-deps.js";
import { requireAdmin } from "./require-admin.js";

/** `/reminders remove <id>`: stops future posts; what was already posted stays in the ledger. */
export async function removeReminder(args: string, context: CommandContext, deps: RemindersCommandDeps): Promise<CommandOutcome> {
  requireAdmin(context, "remove");
  const match = /^#?(\d+)$/.exec(args.trim());
  if (!match) throw new UserError("reminders.remove-usage", `Give the reminder's number from /reminders list, e.g. /reminders remove 3.`);
  const removed = await deps.reminders.remove(Number(match[1]));
  // A redelivered remove finds nothing left: say so plainly rather than fail, nothing else changed.
  if (!removed) throw new UserError("reminders.not-found", `There is no reminder #${match[1]} (it may already be removed). See the current ones with /reminders list.`);
  const text = `Removed reminder #${removed.id} for ${describeChannel(removed.channelKey)} (${removed.schedule.source}). It will not post again.`;
  return { reply: { kind: "message", ephemeral: true, text } };
}
