import { describeChannel } from "../../channels/describe-channel.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { nextOccurrences } from "./next-occurrences.js";
import type { RemindersCommandDeps } from "./reminders-command-deps.js";

/** `/reminders list`: every channel reminder with its next post, and the asker's own weekly nudge setting. */
export async function listReminders(context: CommandContext, deps: RemindersCommandDeps): Promise<CommandOutcome> {
  const reminders = await deps.reminders.list();
  const lines = reminders.map((r) => {
    const next = nextOccurrences(r.schedule, context.now, 1)[0] ?? "no further posts";
    return `#${r.id} ${describeChannel(r.channelKey)}: ${r.schedule.source} (next: ${next}): ${r.message}`;
  });
  const weekly = (await deps.optIns.isEnabled(context.actor.key)) ? "on" : "off";
  const own = `Your weekly "log your hours" nudge is ${weekly} (/reminders weekly on|off).`;
  const body = lines.length > 0 ? lines : ["No channel reminders yet. An admin adds one with /reminders add #network every Monday at 9:00 Weekly check-in."];
  return {
    reply: {
      kind: "message",
      ephemeral: true,
      title: "Channel reminders",
      sections: [{ title: "Channel reminders", lines: body }, { title: "Yours", lines: [own] }],
      text: `Channel reminders:\n${body.join("\n")}\n${own}`,
    },
  };
}
