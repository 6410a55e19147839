import type { App, BlockButtonAction } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { fileUploadFailedReply } from "./file-upload-failed-reply.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { showThenSendFile } from "./show-then-send-file.js";
import { RUN_COMMAND_ACTION_PATTERN } from "./slack-action-id.js";
import { slackVisibleReply } from "./slack-visible-reply.js";

/** A button runs the command it carries as the person who clicked it; the reply is posted to them alone when personal. */
export function registerSlackButtons(app: App, { pipeline, logger }: AdapterDeps): void {
  app.action<BlockButtonAction>(RUN_COMMAND_ACTION_PATTERN, async ({ ack, body, action, respond, client }) => {
    // A click is acked at once: its answer goes through response_url, which has no 3-second limit.
    await ack();
    const request = {
      line: action.value ?? "",
      actor: actorOf("slack", body.user.id),
      deliveryId: body.trigger_id,
      source: "slack.button",
      ...(body.channel?.id ? { channel: body.channel.id } : {}),
    };
    const showToPresser = showThenSendFile(
      client,
      body.user.id,
      logger,
      (reply) => respond({ ...slackVisibleReply(reply), replace_original: false }),
      () => respond({ ...renderSlackReply(fileUploadFailedReply), replace_original: false }),
    );
    await pipeline.handle(request, async (reply, updatePost) => {
      // The post the button sits on is replaced by its new version (a meeting's counts); the answer goes to the presser alone.
      if (updatePost) await respond({ ...renderSlackReply(updatePost), response_type: "in_channel", replace_original: true });
      await showToPresser(reply);
    });
  });
}
