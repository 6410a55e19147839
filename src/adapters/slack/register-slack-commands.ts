import type { App } from "@slack/bolt";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { fileUploadFailedReply } from "./file-upload-failed-reply.js";
import { renderSlackModal } from "./render-slack-modal.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { showThenSendFile } from "./show-then-send-file.js";
import { slackCommandRequest } from "./slack-command-request.js";
import type { SlackHome } from "./slack-home.js";
import { slackVisibleReply } from "./slack-visible-reply.js";

/**
 * One Bolt listener per spec'd command: the reply is the ack (ephemeral when personal). A form reply is acked empty
 * and opened as a modal with the command's trigger id; after a change the person's Home tab is published again.
 */
export function registerSlackCommands(app: App, specs: CommandSpec[], { pipeline, logger }: AdapterDeps, home: SlackHome): void {
  for (const spec of specs) {
    app.command(`/${spec.name}`, async ({ command, ack, respond, client, context }) => {
      const request = { ...slackCommandRequest(command), source: "slack.command", retryNum: context.retryNum };
      const showInAck = showThenSendFile(client, command.user_id, logger, (reply) => ack(slackVisibleReply(reply)), () => respond(renderSlackReply(fileUploadFailedReply)));
      let changed = false;
      await pipeline.handle(request, async (reply, updatePost) => {
        changed = reply.kind !== "form" && reply.kind !== "error";
        if (reply.kind !== "form") return showInAck(reply, updatePost);
        await ack();
        await client.views.open({ trigger_id: command.trigger_id, view: renderSlackModal(reply.form, command.channel_id) });
      });
      if (changed) await home.refreshAfter(client, command.user_id, `/${spec.name}`);
    });
  }
}
