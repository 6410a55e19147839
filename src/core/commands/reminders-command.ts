import { addReminder } from "./reminders/add-reminder.js";
import { listReminders } from "./reminders/list-reminders.js";
import { previewReminders } from "./reminders/preview-reminders.js";
import type { RemindersCommandDeps } from "./reminders/reminders-command-deps.js";
import { removeReminder } from "./reminders/remove-reminder.js";
import { setWeeklyNudge } from "./reminders/set-weekly-nudge.js";
import { SCHEDULE_EXAMPLES } from "../reminders/schedule-examples.js";
import type { CommandHandler } from "./command-handler.js";
import { UserError } from "./user-error.js";

const HELP = [
  "/reminders list: the channel reminders and your own settings",
  "/reminders preview [from] [to]: what will be posted, e.g. /reminders preview 2027-01-01 2027-12-31",
  "/reminders add <channel> <schedule> <message> (admins), e.g. /reminders add #network every Monday at 9:00 Weekly check-in",
  "/reminders remove <number> (admins)",
  "/reminders weekly on|off: a Friday message to log your hours",
  `Schedules: ${SCHEDULE_EXAMPLES.map((e) => `"${e}"`).join(", ")}.`,
];

export function createRemindersCommand(deps: RemindersCommandDeps): CommandHandler {
  return {
    name: "reminders",
    async run(args, context) {
      const [sub = "", ...rest] = args.split(/\s+/);
      const remainder = args.slice(sub.length).trim();
      switch (sub.toLowerCase()) {
        case "add":
          return addReminder(remainder, context, deps);
        case "list":
        case "":
          return listReminders(context, deps);
        case "remove":
        case "delete":
          return removeReminder(remainder, context, deps);
        case "preview":
          return previewReminders(remainder, context, deps);
        case "weekly":
          return setWeeklyNudge(rest.join(" "), context, deps);
        case "help":
          return { reply: { kind: "message", ephemeral: true, text: HELP.join("\n") } };
        default:
          throw new UserError("reminders.unknown-subcommand", `/reminders ${sub} is not something I know. Try:\n${HELP.join("\n")}`);
      }
    },
  };
}
