import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { UserError } from "../user-error.js";
import type { RemindersCommandDeps } from "./reminders-command-deps.js";

/** `/reminders weekly on|off`: the opt-in Friday 15:00 direct message to log the week's hours. */
export async function setWeeklyNudge(args: string, context: CommandContext, deps: RemindersCommandDeps): Promise<CommandOutcome> {
  const choice = args.trim().toLowerCase();
  if (choice !== "on" && choice !== "off") {
    throw new UserError("reminders.weekly-usage", `Say on or off, e.g. /reminders weekly on to get a Friday 15:00 direct message to log your hours.`);
  }
  await deps.optIns.set(context.actor.key, choice === "on", context.now);
  const text =
    choice === "on"
      ? `Done: every Friday at 15:00 (${deps.networkZone}) I will message you to log the week's hours. Stop with /reminders weekly off.`
      : "Done: no more weekly log-your-hours messages. Turn them back on with /reminders weekly on.";
  return { reply: { kind: "message", ephemeral: true, text } };
}
