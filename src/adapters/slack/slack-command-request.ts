import type { SlashCommand } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { CommandRequest } from "../command-request.js";
import { slackReferences } from "./slack-references.js";

/**
 * A slash command payload as a command request. The trigger_id is the delivery id: a redelivered payload
 * (Slack retrying a late ack, X-Slack-Retry-Num set) repeats it, so the core stores once. With `should_escape`
 * on (the manifest sets it), `@sam` arrives as `<@U024BE7LH|sam>`, which is read as a reference to that person.
 */
export function slackCommandRequest(command: Pick<SlashCommand, "command" | "text" | "user_id" | "channel_id" | "trigger_id">): CommandRequest {
  return {
    name: command.command.replace(/^\//, ""),
    args: slackReferences.read(command.text ?? ""),
    actor: actorOf("slack", command.user_id),
    channel: command.channel_id,
    deliveryId: command.trigger_id,
  };
}
