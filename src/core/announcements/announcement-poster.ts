import type { Reply } from "../reply.js";
import type { Announcement } from "./announcement.js";

/**
 * What became of one channel: `posted`; `failed` for good (with the platform's reason); `retrying` when the first
 * tries did not go through in time and it goes on in the background (a failure then is reported by direct message);
 * `unknown` when an earlier delivery of the same command claimed it and its outcome is not known yet.
 */
export type ChannelOutcome =
  | { channelKey: string; status: "posted" | "retrying" | "unknown" }
  | { channelKey: string; status: "failed"; reason: string };

/** Posts an announcement to each of its channels once, ever, retrying and reporting failures as reminders do. */
export interface AnnouncementPoster {
  post(announcement: Announcement, reply: Reply): Promise<ChannelOutcome[]>;
}
