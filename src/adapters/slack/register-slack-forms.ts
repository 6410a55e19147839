import type { App, webApi } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import { fieldForError, formCommandLine } from "../../core/forms/form-command-line.js";
import type { Reply } from "../../core/reply.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { plainSlackText } from "./escape-slack-text.js";
import { fitSlackReply } from "./fit-slack-reply.js";
import { openDirectMessage, postSlackReply } from "./post-slack-reply.js";
import { readSlackFormValues } from "./read-slack-form-values.js";
import { renderSlackModal } from "./render-slack-modal.js";
import { renderSlackReply } from "./render-slack-reply.js";
import { FORM_CALLBACK_PATTERN, parseFormMetadata } from "./slack-form-metadata.js";
import type { SlackHome } from "./slack-home.js";

/**
 * A submitted modal runs the command its form stands for, through the same parser. A user error is shown on the field
 * it belongs to and the modal stays open; otherwise the modal closes and the reply goes to the channel it was opened
 * from (ephemeral) or, from the Home tab, to the person's direct messages. The view id is the delivery id, so a
 * resubmission of the same modal stores nothing twice.
 */
export function registerSlackForms(app: App, { pipeline }: AdapterDeps, home: SlackHome): void {
  app.view(FORM_CALLBACK_PATTERN, async ({ ack, body, view, client }) => {
    const metadata = parseFormMetadata(view.private_metadata);
    if (!metadata) {
      await ack({ response_action: "errors", errors: {} });
      return;
    }
    const { form, channel } = metadata;
    const line = formCommandLine(form, readSlackFormValues(form, view.state.values));
    const userId = body.user.id;
    const request = { line, actor: actorOf("slack", userId), deliveryId: view.id, source: "slack.form", ...(channel ? { channel } : {}) };
    let closed = false;
    await pipeline.handle(request, async (reply) => {
      if (reply.kind === "error") {
        const field = fieldForError(form, reply.code) ?? form.fields[0]!.name;
        await ack({ response_action: "errors", errors: { [field]: plainSlackText(reply.text) } });
        return;
      }
      if (reply.kind === "form") {
        await ack({ response_action: "update", view: renderSlackModal(reply.form, channel) });
        return;
      }
      await ack();
      closed = true;
      await showReply(client, userId, channel, reply);
    });
    if (closed) await home.refreshAfter(client, userId, line);
  });
}

async function showReply(client: webApi.WebClient, userId: string, channel: string | undefined, submitted: Reply): Promise<void> {
  const reply = fitSlackReply(submitted);
  if (channel && reply.kind !== "file") {
    const { text, blocks } = renderSlackReply(reply);
    await client.chat.postEphemeral({ channel, user: userId, text, blocks });
    return;
  }
  await postSlackReply(client, await openDirectMessage(client, userId), reply);
}
