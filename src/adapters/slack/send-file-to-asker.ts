import type { webApi } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";
import type { Reply } from "../../core/reply.js";
import { openDirectMessage, postSlackReply } from "./post-slack-reply.js";

/** Added to a file reply's visible text, since the file itself goes elsewhere. */
export const FILE_IN_DIRECT_MESSAGES = "I sent the file to our direct messages.";

/**
 * Slack has no ephemeral files, and an export holds someone's hours: the file goes to the asker's direct
 * messages, never to the channel the command was typed in. Returns false (and logs) when the upload failed.
 */
export async function sendFileToAsker(client: webApi.WebClient, userId: string, reply: Reply, logger: Logger): Promise<boolean> {
  if (reply.kind !== "file") return true;
  try {
    await postSlackReply(client, await openDirectMessage(client, userId), reply);
    return true;
  } catch (err) {
    logger.error("slack.file-upload.failed", { actor: `slack:${userId}`, error: err instanceof Error ? err.message : String(err) });
    return false;
  }
}
