import type { webApi } from "@slack/bolt";
import type { Reply } from "../../core/reply.js";
import { escapeSlackText } from "./escape-slack-text.js";
import { fitSlackReply } from "./fit-slack-reply.js";
import { renderSlackReply } from "./render-slack-reply.js";

/** Posts a reply into a conversation; a file reply (or one too long for a message) is uploaded (files.uploadV2) with its text as the comment. */
export async function postSlackReply(client: webApi.WebClient, channel: string, posted: Reply): Promise<void> {
  const reply = fitSlackReply(posted);
  if (reply.kind === "file") {
    await client.filesUploadV2({
      channel_id: channel,
      filename: reply.fileName,
      title: reply.fileName,
      content: reply.content,
      initial_comment: escapeSlackText(reply.text),
    });
    return;
  }
  const { text, blocks } = renderSlackReply(reply);
  await client.chat.postMessage({ channel, text, blocks });
}

/** The direct-message conversation with a user (conversations.open is idempotent: it returns the same one each time). */
export async function openDirectMessage(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new Error("Slack conversations.open returned no channel id");
  return id;
}
