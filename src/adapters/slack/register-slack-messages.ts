import type { App } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { fitSlackReply } from "./fit-slack-reply.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { sendFileToAsker } from "./send-file-to-asker.js";
import { showThenSendFile } from "./show-then-send-file.js";
import { slackVisibleReply } from "./slack-visible-reply.js";
import { stripBotMention } from "./strip-bot-mention.js";
import { slackReferences } from "./slack-references.js";

/**
 * Plain messages: a mention of the bot in a channel, or a direct message to it, is a question (or a `/command` line).
 * A channel mention is answered ephemerally (in its thread) so a partner's question is not broadcast;
 * a direct message is already private. The delivery id is the event_id, which Slack's retries repeat.
 */
export function registerSlackMessages(app: App, { pipeline, logger }: AdapterDeps): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    if (!event.user) return;
    const user = event.user;
    const request = {
      line: stripBotMention(event.text, context.botUserId),
      actor: actorOf("slack", user),
      channel: event.channel,
      deliveryId: body.event_id,
      source: "slack.mention",
      retryNum: context.retryNum,
    };
    const thread = event.thread_ts ?? event.ts;
    await pipeline.handle(
      request,
      showThenSendFile(client, user, logger, (reply) => {
        const { text, blocks } = slackVisibleReply(reply);
        return client.chat.postEphemeral({ channel: event.channel, user, text, blocks, thread_ts: thread });
      }),
    );
  });

  app.message(async ({ message, body, client, context }) => {
    // Edits, joins and bot posts (including our own) are not questions.
    if (message.channel_type !== "im" || message.subtype !== undefined || !message.user || message.bot_id) return;
    const request = {
      line: slackReferences.read(message.text ?? ""),
      actor: actorOf("slack", message.user),
      channel: message.channel,
      deliveryId: (body as { event_id: string }).event_id,
      source: "slack.direct-message",
      retryNum: context.retryNum,
    };
    const user = message.user;
    // In a direct message the file itself is the reply (its text is the upload's comment).
    await pipeline.handle(request, async (answer) => {
      const reply = fitSlackReply(answer);
      if (reply.kind === "file") await sendFileToAsker(client, user, reply, logger);
      else {
        const { text, blocks } = renderSlackReply(reply);
        await client.chat.postMessage({ channel: message.channel, text, blocks });
      }
    });
  });
}
