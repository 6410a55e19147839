import type { SlashCommand } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { CommandRequest } from "../command-request.js";
import { unescapeSlackText } from "./unescape-slack-text.js";

/**
 * A slash command payload as a command request. The trigger_id is the delivery id: a redelivered payload
 * (Slack retrying a late ack, X-Slack-Retry-Num set) repeats it, so the core stores once. With `should_escape`
 * on (the manifest sets it), `@sam` arrives as `<@U024BE7LH|sam>`, which the core reads as that person.
 */
export function slackCommandRequest(command: Pick<SlashCommand, "command" | "text" | "user_id" | "channel_id" | "trigger_id">): CommandRequest {
  return {
    name: command.command.replace(/^\//, ""),
    args: unescapeSlackText(command.text ?? ""),
    actor: actorOf("slack", command.user_id),
    channel: command.channel_id,
    deliveryId: command.trigger_id,
  };
}
