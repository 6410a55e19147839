import type { Reply } from "../../core/reply.js";
import { longReplyFile } from "../long-reply-file.js";
import { renderSlackBlocks } from "./render-slack-reply.js";
import { SLACK_MAX_BLOCKS } from "./slack-limits.js";

/**
 * The reply, or, when its blocks would pass Slack's 50 a message, the same text as a file (which the listeners
 * already send to the asker's direct messages). One message holds 50 sections of 3000 characters, so only a
 * very long report gets here; a message is never cut or refused (`invalid_blocks`).
 */
export function fitSlackReply(reply: Reply): Reply {
  if (reply.kind === "file" || renderSlackBlocks(reply, Number.POSITIVE_INFINITY).length <= SLACK_MAX_BLOCKS) return reply;
  return longReplyFile(reply);
}
