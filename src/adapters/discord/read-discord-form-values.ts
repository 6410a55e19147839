import { ComponentType, type ModalSubmitFields } from "discord.js";
import type { ReplyForm } from "../../core/forms/reply-form.js";
import { referenceText } from "../../core/references/reference-text.js";

/**
 * A submitted modal's values by field name, read by the component each field became: a text input's text, a
 * select's one value, a picked user as a reference (which commands read as a mention). Empty is undefined.
 */
export function readDiscordFormValues(form: ReplyForm, fields: ModalSubmitFields): Record<string, string | undefined> {
  return Object.fromEntries(form.fields.map((field) => [field.name, valueOf(fields, field.name) || undefined]));
}

function valueOf(fields: ModalSubmitFields, name: string): string | undefined {
  const component = fields.fields.get(name);
  switch (component?.type) {
    case ComponentType.TextInput:
      return fields.getTextInputValue(name);
    case ComponentType.StringSelect:
      return fields.getStringSelectValues(name)[0];
    case ComponentType.UserSelect: {
      const user = fields.getSelectedUsers(name)?.first();
      return user ? referenceText({ kind: "user", platform: "discord", id: user.id }) : undefined;
    }
    default:
      return undefined;
  }
}
