import { describeChannel } from "../../channels/describe-channel.js";
import { parseChannelMention } from "../../reminders/parse-channel-mention.js";
import { parseSchedule } from "../../reminders/parse-schedule.js";
import { splitScheduleAndMessage } from "../../reminders/split-schedule-and-message.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { UserError } from "../user-error.js";
import { nextOccurrences } from "./next-occurrences.js";
import type { RemindersCommandDeps } from "./reminders-command-deps.js";
import { requireAdmin } from "./require-admin.js";

const USAGE = "/reminders add #network every Monday at 9:00 Weekly check-in call at noon";

/** `/reminders add <channel> <schedule> <message>`: stores it and shows the next three times it will post. */
export async function addReminder(args: string, context: CommandContext, deps: RemindersCommandDeps): Promise<CommandOutcome> {
  requireAdmin(context, "add");
  const [channelText, ...rest] = args.split(/\s+/);
  if (!channelText || rest.length === 0) {
    throw new UserError("reminders.add-usage", `Name the channel, the schedule and the message, e.g. ${USAGE}.`);
  }
  const channelKey = parseChannelMention(channelText, context.actor.platform);
  const { schedule: scheduleText, message } = splitScheduleAndMessage(args.slice(args.indexOf(channelText) + channelText.length));
  const schedule = parseSchedule(scheduleText, deps.networkZone);
  const next = nextOccurrences(schedule, context.now, 3);
  if (next.length === 0) {
    throw new UserError("reminders.never-fires", `"${schedule.source}" never happens after now, so nothing would be posted. Pick a future date or a repeating schedule, e.g. ${USAGE}.`);
  }
  const { reminder, created } = await deps.reminders.add({
    channelKey,
    schedule,
    message,
    createdBy: context.actor.key,
    createdAt: context.now,
    ...(context.deliveryId ? { deliveryId: context.deliveryId } : {}),
  });
  const title = `${created ? "Added" : "Already added"} reminder #${reminder.id}`;
  const where = `${describeChannel(reminder.channelKey)}: ${reminder.schedule.source}`;
  const heading = `${title} for ${where}.`;
  const lines = next.map((at) => `• ${at}`);
  return {
    reply: {
      kind: "message",
      ephemeral: true,
      // The channel is a link in a section, not in the title: a title is plain text on Slack and Discord.
      title,
      sections: [{ title: "Posts in", lines: [where] }, { title: "Next posts", lines }, { title: "Message", lines: [reminder.message] }],
      text: `${heading}\nNext posts:\n${lines.join("\n")}\nMessage: ${reminder.message}`,
    },
  };
}
