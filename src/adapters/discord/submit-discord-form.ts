import type { ModalSubmitInteraction } from "discord.js";
import { actorOf, type Actor } from "../../core/commands/actor.js";
import { formCommandLine } from "../../core/forms/form-command-line.js";
import type { Reply } from "../../core/reply.js";
import type { RequestPipeline } from "../request-pipeline.js";
import { answerInteraction } from "./answer-interaction.js";
import { parseFormCustomId } from "./discord-form-id.js";
import { formErrorReply } from "./form-error-reply.js";
import { readDiscordFormValues } from "./read-discord-form-values.js";

/**
 * A submitted Porchlight modal runs the command line its form stands for, through the same parser and errors as the
 * typed command. The delivery id is the interaction that opened the modal, so a resubmission stores nothing twice.
 * Returns false for a modal that is not ours.
 */
export async function submitDiscordForm(interaction: ModalSubmitInteraction, pipeline: RequestPipeline): Promise<boolean> {
  const id = parseFormCustomId(interaction.customId);
  if (!id) return false;
  const actor = actorOf("discord", interaction.user.id);
  const channel = interaction.channelId ?? undefined;
  const shown = await formOf(pipeline, id.command, actor, channel);
  if (shown.kind !== "form") {
    // The form is gone (the entry it edits was deleted, say): what the command says now is the answer.
    await answerInteraction(interaction, shown);
    return true;
  }
  const { form } = shown;
  const line = formCommandLine(form, readDiscordFormValues(form, interaction.fields));
  const request = { line, actor, deliveryId: `form-${id.openedBy}`, source: "discord.form", ...(channel ? { channel } : {}) };
  await pipeline.handle(request, (reply) => answerInteraction(interaction, reply.kind === "error" || reply.kind === "form" ? formErrorReply(form, reply) : reply));
  return true;
}

/**
 * Discord keeps nothing of a modal but its custom_id, so the form is what its command shows when run bare, as when
 * it was opened: no state to lose on a restart or to share between replicas. Run without a source, so not logged.
 */
async function formOf(pipeline: RequestPipeline, command: string, actor: Actor, channel: string | undefined): Promise<Reply> {
  let shown: Reply | undefined;
  await pipeline.handle({ line: command, actor, ...(channel ? { channel } : {}) }, async (reply) => {
    shown = reply;
  });
  return shown!;
}
