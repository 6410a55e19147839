import type { App, BlockButtonAction } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { fileUploadFailedReply } from "./file-upload-failed-reply.js";
import { openDirectMessage, postSlackReply } from "./post-slack-reply.js";
import { renderSlackModal } from "./render-slack-modal.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { showThenSendFile } from "./show-then-send-file.js";
import { RUN_COMMAND_ACTION_PATTERN } from "./slack-action-id.js";
import type { SlackHome } from "./slack-home.js";
import { slackVisibleReply } from "./slack-visible-reply.js";

/**
 * A button runs the command it carries as the person who clicked it; the reply is posted to them alone when personal.
 * A form reply opens as a modal (the click's trigger id); a click on the Home tab, which has no response_url, is
 * answered in the person's direct messages, and the tab is published again after a change.
 */
export function registerSlackButtons(app: App, { pipeline, logger }: AdapterDeps, home: SlackHome): void {
  app.action<BlockButtonAction>(RUN_COMMAND_ACTION_PATTERN, async ({ ack, body, action, respond, client }) => {
    // A click is acked at once: its answer goes through response_url, which has no 3-second limit.
    await ack();
    const line = action.value ?? "";
    const channel = body.channel?.id;
    const request = { line, actor: actorOf("slack", body.user.id), deliveryId: body.trigger_id, source: "slack.button", ...(channel ? { channel } : {}) };
    const fromHome = body.view?.type === "home";
    if (fromHome) home.seen(body.user.id);
    const answer = fromHome
      ? async (reply: Parameters<typeof renderSlackReply>[0]) => postSlackReply(client, await openDirectMessage(client, body.user.id), reply)
      : (reply: Parameters<typeof renderSlackReply>[0]) => respond({ ...slackVisibleReply(reply), replace_original: false });
    const showToPresser = showThenSendFile(client, body.user.id, logger, answer, () => respond({ ...renderSlackReply(fileUploadFailedReply), replace_original: false }));
    let changed = false;
    await pipeline.handle(request, async (reply, updatePost) => {
      changed = reply.kind !== "form" && reply.kind !== "error";
      if (reply.kind === "form") {
        await client.views.open({ trigger_id: body.trigger_id, view: renderSlackModal(reply.form, channel) });
        return;
      }
      // The post the button sits on is replaced by its new version (a meeting's counts); the answer goes to the presser alone.
      if (updatePost && !fromHome) await respond({ ...renderSlackReply(updatePost), response_type: "in_channel", replace_original: true });
      await showToPresser(reply);
    });
    if (changed) await home.refreshAfter(client, body.user.id, line);
  });
}
