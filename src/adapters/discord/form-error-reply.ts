import { fieldForError } from "../../core/forms/form-command-line.js";
import type { ReplyForm } from "../../core/forms/reply-form.js";
import type { MessageReply, Reply } from "../../core/reply.js";

/**
 * What a refused submission shows on Discord. A modal can neither mark a field nor stay open (a submission cannot be
 * answered with a modal), so the reply names the field the error belongs to, says how to fix it, and carries a
 * button that opens the form again (a button's press can open a modal).
 */
export function formErrorReply(form: ReplyForm, reply: Reply): MessageReply {
  const code = reply.kind === "error" ? reply.code : undefined;
  const name = code ? fieldForError(form, code) : undefined;
  const field = form.fields.find((f) => f.name === name);
  const what = reply.kind === "error" ? `⚠️ ${field ? `${field.label}: ` : ""}${reply.text}` : reply.text;
  return {
    kind: "message",
    ephemeral: true,
    text: `${what}\nNothing was saved. Press "Open the form again" to fix it, or type the command.`,
    actions: [{ label: "Open the form again", command: form.command, style: "primary" }],
  };
}
