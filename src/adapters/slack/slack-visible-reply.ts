import type { Reply } from "../../core/reply.js";
import { renderSlackReply, type SlackMessage } from "./render-slack-reply.js";
import { FILE_IN_DIRECT_MESSAGES } from "./send-file-to-asker.js";

/** The visible reply to the asker; for a file reply it also says where the file went. */
export function slackVisibleReply(reply: Reply): SlackMessage {
  if (reply.kind !== "file") return renderSlackReply(reply);
  return renderSlackReply({ ...reply, text: `${reply.text} ${FILE_IN_DIRECT_MESSAGES}` });
}
