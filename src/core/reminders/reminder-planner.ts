import { channelReminderPosts } from "./channel-reminder-posts.js";
import type { ChannelReminderRepository } from "./channel-reminder.js";
import type { PartnerStatusSource, ReminderOptIns } from "./partner-status.js";
import { personalReminderPosts } from "./personal-reminder-posts.js";
import type { PlannedPost } from "./planned-post.js";

export interface ReminderPlannerDeps {
  reminders: ChannelReminderRepository;
  optIns: ReminderOptIns;
  /** Absent when hours logging is not wired: then only channel and weekly-nudge reminders exist. */
  partners?: PartnerStatusSource;
  networkZone: string;
  /** Further posts made from other schedules (meetings' posts and reminders), merged into the same plan. */
  sources?: PostSource[];
}

export interface PostSource {
  posts(from: Date, to: Date, options: { personal: boolean }): Promise<PlannedPost[]>;
}

export interface ReminderPlanner {
  /** Every post the configuration makes in [from, to), oldest first. Personal ones only when asked for. */
  posts(from: Date, to: Date, options: { personal: boolean; now: Date }): Promise<PlannedPost[]>;
}

export function createReminderPlanner(deps: ReminderPlannerDeps): ReminderPlanner {
  return {
    async posts(from, to, { personal, now }) {
      const posts = channelReminderPosts(await deps.reminders.list(), from, to);
      if (personal) {
        posts.push(
          ...personalReminderPosts({
            partners: deps.partners ? await deps.partners.partners(now) : [],
            weeklyOptIns: await deps.optIns.enabledUsers(),
            zone: deps.networkZone,
            from,
            to,
          }),
        );
      }
      for (const source of deps.sources ?? []) posts.push(...(await source.posts(from, to, { personal })));
      return posts.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.reminderKey.localeCompare(b.reminderKey));
    },
  };
}
