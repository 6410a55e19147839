import type { App } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { ChatAdapterDeps } from "../chat-adapter-deps.js";
import { dispatchRequest } from "../dispatch-request.js";
import { sendDeliveries } from "../send-deliveries.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { sendFileToAsker } from "./send-file-to-asker.js";
import { slackVisibleReply } from "./slack-visible-reply.js";
import { stripBotMention } from "./strip-bot-mention.js";
import { unescapeSlackText } from "./unescape-slack-text.js";

/**
 * Plain messages: a mention of the bot in a channel, or a direct message to it, is a question (or a `/command` line).
 * A channel mention is answered ephemerally (in its thread) so a partner's question is not broadcast;
 * a direct message is already private. The delivery id is the event_id, which Slack's retries repeat.
 */
export function registerSlackMessages(app: App, deps: ChatAdapterDeps): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    if (!event.user) return;
    const actor = actorOf("slack", event.user);
    deps.logger.info("slack.mention", { actor: actor.key, deliveryId: body.event_id, retryNum: context.retryNum });
    const line = stripBotMention(event.text, context.botUserId);
    const outcome = await dispatchRequest(deps, { line, actor, channel: event.channel, deliveryId: body.event_id });
    const { text, blocks } = slackVisibleReply(outcome.reply);
    const thread = event.thread_ts ?? event.ts;
    await client.chat.postEphemeral({ channel: event.channel, user: event.user, text, blocks, thread_ts: thread });
    await sendFileToAsker(client, event.user, outcome.reply, deps.logger);
    await sendDeliveries(deps.messenger, outcome.deliveries ?? [], deps.logger);
  });

  app.message(async ({ message, body, client, context }) => {
    // Edits, joins and bot posts (including our own) are not questions.
    if (message.channel_type !== "im" || message.subtype !== undefined || !message.user || message.bot_id) return;
    const actor = actorOf("slack", message.user);
    const eventId = (body as { event_id: string }).event_id;
    deps.logger.info("slack.direct-message", { actor: actor.key, deliveryId: eventId, retryNum: context.retryNum });
    const outcome = await dispatchRequest(deps, { line: unescapeSlackText(message.text ?? ""), actor, channel: message.channel, deliveryId: eventId });
    // In a direct message the file itself is the reply (its text is the upload's comment).
    if (outcome.reply.kind === "file") {
      await sendFileToAsker(client, message.user, outcome.reply, deps.logger);
    } else {
      const { text, blocks } = renderSlackReply(outcome.reply);
      await client.chat.postMessage({ channel: message.channel, text, blocks });
    }
    await sendDeliveries(deps.messenger, outcome.deliveries ?? [], deps.logger);
  });
}
