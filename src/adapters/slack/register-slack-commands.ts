import type { App } from "@slack/bolt";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import type { ChatAdapterDeps } from "../chat-adapter-deps.js";
import { dispatchRequest } from "../dispatch-request.js";
import { sendDeliveries } from "../send-deliveries.js";
import { fileUploadFailedReply } from "./file-upload-failed-reply.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { sendFileToAsker } from "./send-file-to-asker.js";
import { slackCommandRequest } from "./slack-command-request.js";
import { slackVisibleReply } from "./slack-visible-reply.js";

/** One Bolt listener per spec'd command: dispatch, answer in the ack (ephemeral when personal), then send the rest. */
export function registerSlackCommands(app: App, specs: CommandSpec[], deps: ChatAdapterDeps): void {
  for (const spec of specs) {
    app.command(`/${spec.name}`, async ({ command, ack, respond, client, context }) => {
      const request = slackCommandRequest(command);
      // Ids and the retry count only: the command's text is the person's own words.
      deps.logger.info("slack.command", { command: spec.name, actor: request.actor.key, deliveryId: request.deliveryId, retryNum: context.retryNum });
      const outcome = await dispatchRequest(deps, request);
      await ack(slackVisibleReply(outcome.reply));
      if (!(await sendFileToAsker(client, command.user_id, outcome.reply, deps.logger))) {
        await respond(renderSlackReply(fileUploadFailedReply));
      }
      await sendDeliveries(deps.messenger, outcome.deliveries ?? [], deps.logger);
    });
  }
}
