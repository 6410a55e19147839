import type { PlannedPost } from "./planned-post.js";
import { formatInZone } from "./format-instant.js";
import { utcToLocal } from "./zone-offset.js";
import { formatLocalDate } from "./local-date-time.js";

/** One preview line as data, for `--json`: the instant in UTC and as the schedule's local wall clock. */
export function previewRecord(post: PlannedPost) {
  const local = utcToLocal(post.scheduledAt.getTime(), post.zone);
  return {
    utc: post.scheduledAt.toISOString(),
    local: `${formatLocalDate(local)}T${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`,
    zone: post.zone,
    localText: formatInZone(post.scheduledAt, post.zone),
    reminder: post.reminderKey,
    to: post.delivery.to.kind === "channel" ? post.delivery.to.channelKey : post.delivery.to.userKey,
    text: post.delivery.reply.text,
  };
}
