import {
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  StringSelectMenuOptionBuilder,
  TextInputBuilder,
  TextInputStyle,
  UserSelectMenuBuilder,
  type APIModalInteractionResponseCallbackData,
} from "discord.js";
import type { FormField, ReplyForm } from "../../core/forms/reply-form.js";
import { truncateText } from "../truncate-text.js";
import { formCustomId } from "./discord-form-id.js";
import {
  DISCORD_MAX_INPUT_PLACEHOLDER,
  DISCORD_MAX_INPUT_VALUE,
  DISCORD_MAX_MODAL_COMPONENTS,
  DISCORD_MAX_MODAL_LABEL,
  DISCORD_MAX_MODAL_TITLE,
  DISCORD_MAX_OPTION_TEXT,
  DISCORD_MAX_SELECT_OPTIONS,
} from "./discord-limits.js";

/**
 * A form as a Discord modal, built with discord.js's builders (which check Discord's limits as they build): each
 * field a label around a text input, a string select (a choice, such as the kind of hours) or a user select, whose
 * custom_id is the field's name. Undefined when the form cannot be a modal (more than 5 fields, a command too long
 * for the custom_id): the caller shows the form's text, which gives the command's syntax.
 */
export function renderDiscordModal(form: ReplyForm, openedBy: string): APIModalInteractionResponseCallbackData | undefined {
  const customId = formCustomId({ openedBy, command: form.command });
  if (!customId || form.fields.length === 0 || form.fields.length > DISCORD_MAX_MODAL_COMPONENTS) return undefined;
  const modal = new ModalBuilder().setCustomId(customId).setTitle(truncateText(form.title, DISCORD_MAX_MODAL_TITLE));
  modal.addLabelComponents(form.fields.map(label));
  return modal.toJSON();
}

function label(field: FormField): LabelBuilder {
  const built = new LabelBuilder().setLabel(truncateText(field.label, DISCORD_MAX_MODAL_LABEL));
  if (field.type === "user") return built.setUserSelectMenuComponent(userSelect(field));
  const choices = field.choices ?? [];
  const selectable = field.type === "choice" && choices.length <= DISCORD_MAX_SELECT_OPTIONS && choices.every((c) => c.value.length <= DISCORD_MAX_OPTION_TEXT);
  return selectable ? built.setStringSelectMenuComponent(stringSelect(field)) : built.setTextInputComponent(textInput(field));
}

function stringSelect(field: FormField): StringSelectMenuBuilder {
  const options = (field.choices ?? []).map((c) =>
    new StringSelectMenuOptionBuilder().setLabel(truncateText(c.label, DISCORD_MAX_OPTION_TEXT)).setValue(c.value).setDefault(c.value === field.initial),
  );
  return new StringSelectMenuBuilder().setCustomId(field.name).setRequired(field.required).setMinValues(field.required ? 1 : 0).setMaxValues(1).addOptions(options);
}

function userSelect(field: FormField): UserSelectMenuBuilder {
  const select = new UserSelectMenuBuilder().setCustomId(field.name).setRequired(field.required).setMinValues(field.required ? 1 : 0).setMaxValues(1);
  // A user field's initial value is a user key; only a Discord one names someone Discord can show.
  return field.initial?.startsWith("discord:") ? select.setDefaultUsers(field.initial.slice("discord:".length)) : select;
}

/** A text input; also a choice Discord's select cannot hold (more than 25 options), with the choices as its placeholder. */
function textInput(field: FormField): TextInputBuilder {
  const input = new TextInputBuilder()
    .setCustomId(field.name)
    .setStyle(field.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short)
    .setRequired(field.required)
    .setMaxLength(DISCORD_MAX_INPUT_VALUE);
  const placeholder = field.type === "choice" ? `One of: ${(field.choices ?? []).map((c) => c.value).join(", ")}` : field.placeholder;
  if (placeholder) input.setPlaceholder(truncateText(placeholder, DISCORD_MAX_INPUT_PLACEHOLDER));
  if (field.initial) input.setValue(field.initial.slice(0, DISCORD_MAX_INPUT_VALUE));
  return input;
}
