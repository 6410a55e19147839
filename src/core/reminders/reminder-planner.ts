import { channelReminderPosts } from "./channel-reminder-posts.js";
import type { ChannelReminderRepository } from "./channel-reminder.js";
import { comparePosts, mergePosts } from "./merge-posts.js";
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

export interface PlanOptions {
  personal: boolean;
  now: Date;
}

export interface ReminderPlanner {
  /** Every post the configuration makes in [from, to), oldest first. Personal ones only when asked for. */
  posts(from: Date, to: Date, options: PlanOptions): Promise<PlannedPost[]>;
  /** The same posts, channel reminders computed only as far as they are read: for windows that may hold very many. */
  stream(from: Date, to: Date, options: PlanOptions): Promise<Iterable<PlannedPost>>;
}

export function createReminderPlanner(deps: ReminderPlannerDeps): ReminderPlanner {
  async function stream(from: Date, to: Date, { personal, now }: PlanOptions): Promise<Iterable<PlannedPost>> {
    const streams = channelReminderPosts(await deps.reminders.list(), from, to);
    if (personal) {
      const own = personalReminderPosts({
        partners: deps.partners ? await deps.partners.partners(now) : [],
        weeklyOptIns: await deps.optIns.enabledUsers(),
        zone: deps.networkZone,
        from,
        to,
      });
      streams.push(own.sort(comparePosts));
    }
    for (const source of deps.sources ?? []) streams.push((await source.posts(from, to, { personal })).sort(comparePosts));
    return mergePosts(streams);
  }
  return {
    stream,
    async posts(from, to, options) {
      return [...(await stream(from, to, options))];
    },
  };
}
