import type { App, BlockButtonAction } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { ChatAdapterDeps } from "../chat-adapter-deps.js";
import { dispatchRequest } from "../dispatch-request.js";
import { sendDeliveries } from "../send-deliveries.js";
import { fileUploadFailedReply } from "./file-upload-failed-reply.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { sendFileToAsker } from "./send-file-to-asker.js";
import { RUN_COMMAND_ACTION_PATTERN } from "./slack-action-id.js";
import { slackVisibleReply } from "./slack-visible-reply.js";

/** A button runs the command it carries as the person who clicked it; the reply is posted to them alone when personal. */
export function registerSlackButtons(app: App, deps: ChatAdapterDeps): void {
  app.action<BlockButtonAction>(RUN_COMMAND_ACTION_PATTERN, async ({ ack, body, action, respond, client }) => {
    await ack();
    const actor = actorOf("slack", body.user.id);
    deps.logger.info("slack.button", { actor: actor.key, deliveryId: body.trigger_id });
    const outcome = await dispatchRequest(deps, {
      line: action.value ?? "",
      actor,
      deliveryId: body.trigger_id,
      ...(body.channel?.id ? { channel: body.channel.id } : {}),
    });
    await respond({ ...slackVisibleReply(outcome.reply), replace_original: false });
    if (!(await sendFileToAsker(client, body.user.id, outcome.reply, deps.logger))) {
      await respond({ ...renderSlackReply(fileUploadFailedReply), replace_original: false });
    }
    await sendDeliveries(deps.messenger, outcome.deliveries ?? [], deps.logger);
  });
}
