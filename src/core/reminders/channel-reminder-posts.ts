import { type ChannelReminder, channelReminderKey } from "./channel-reminder.js";
import { occurrences } from "./occurrences.js";
import type { PlannedPost } from "./planned-post.js";

/** Channel posts in [from, to); a reminder never fires for a time before it was added. */
export function channelReminderPosts(reminders: ChannelReminder[], from: Date, to: Date): PlannedPost[] {
  return reminders.flatMap((reminder) => {
    const start = reminder.createdAt > from ? reminder.createdAt : from;
    return occurrences(reminder.schedule, start, to).map((scheduledAt) => ({
      reminderKey: channelReminderKey(reminder.id),
      scheduledAt,
      zone: reminder.schedule.zone,
      delivery: {
        to: { kind: "channel" as const, channelKey: reminder.channelKey },
        reply: { kind: "message" as const, text: reminder.message, ephemeral: false },
      },
    }));
  });
}
