import { describeChannel } from "../channels/describe-channel.js";
import { describeUser } from "../channels/describe-user.js";
import { formatInZone } from "./format-instant.js";
import type { PlannedPost } from "./planned-post.js";

/** One preview line: local time, UTC, the reminder and where it goes. */
export function describePost(post: PlannedPost): string {
  const to = post.delivery.to.kind === "channel" ? describeChannel(post.delivery.to.channelKey) : `direct message to ${describeUser(post.delivery.to.userKey)}`;
  const utc = `${post.scheduledAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `${formatInZone(post.scheduledAt, post.zone)} (${utc}) ${post.reminderKey} -> ${to}: ${post.delivery.reply.text}`;
}
