import type { App } from "@slack/bolt";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { fileUploadFailedReply } from "./file-upload-failed-reply.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { showThenSendFile } from "./show-then-send-file.js";
import { slackCommandRequest } from "./slack-command-request.js";
import { slackVisibleReply } from "./slack-visible-reply.js";

/** One Bolt listener per spec'd command: the reply is the ack (ephemeral when personal). */
export function registerSlackCommands(app: App, specs: CommandSpec[], { pipeline, logger }: AdapterDeps): void {
  for (const spec of specs) {
    app.command(`/${spec.name}`, async ({ command, ack, respond, client, context }) => {
      const request = { ...slackCommandRequest(command), source: "slack.command", retryNum: context.retryNum };
      await pipeline.handle(
        request,
        showThenSendFile(client, command.user_id, logger, (reply) => ack(slackVisibleReply(reply)), () => respond(renderSlackReply(fileUploadFailedReply))),
      );
    });
  }
}
