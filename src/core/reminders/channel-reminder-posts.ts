import { type ChannelReminder, channelReminderKey } from "./channel-reminder.js";
import { occurrencesFrom } from "./occurrences.js";
import type { PlannedPost } from "./planned-post.js";

/** Channel posts in [from, to), one lazy, time-ordered stream per reminder; a reminder never fires for a time before it was added. */
export function channelReminderPosts(reminders: ChannelReminder[], from: Date, to: Date): Iterable<PlannedPost>[] {
  return reminders.map((reminder) => postsOf(reminder, from, to));
}

function* postsOf(reminder: ChannelReminder, from: Date, to: Date): Generator<PlannedPost> {
  const start = reminder.createdAt > from ? reminder.createdAt : from;
  const delivery = {
    to: { kind: "channel" as const, channelKey: reminder.channelKey },
    reply: { kind: "message" as const, text: reminder.message, ephemeral: false },
  };
  for (const scheduledAt of occurrencesFrom(reminder.schedule, start, to)) {
    yield { reminderKey: channelReminderKey(reminder.id), scheduledAt, zone: reminder.schedule.zone, delivery };
  }
}
