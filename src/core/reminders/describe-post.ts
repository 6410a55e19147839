import { channelLabel } from "./parse-channel-mention.js";
import { formatInZone } from "./format-instant.js";
import type { PlannedPost } from "./planned-post.js";

/** One preview line: local time, UTC, the reminder and where it goes. */
export function describePost(post: PlannedPost): string {
  const to = post.delivery.to.kind === "channel" ? channelLabel(post.delivery.to.channelKey) : `direct message to ${post.delivery.to.userKey}`;
  const utc = `${post.scheduledAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `${formatInZone(post.scheduledAt, post.zone)} (${utc}) ${post.reminderKey} -> ${to}: ${post.delivery.reply.text}`;
}
