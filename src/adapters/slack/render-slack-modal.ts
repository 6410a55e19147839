import type { types } from "@slack/bolt";
import type { FormField, ReplyForm } from "../../core/forms/reply-form.js";
import { truncateText } from "../truncate-text.js";
import { escapeSlackText } from "./escape-slack-text.js";
import { FORM_CALLBACK_PREFIX, formMetadata } from "./slack-form-metadata.js";
import {
  SLACK_MAX_INPUT_LABEL,
  SLACK_MAX_INPUT_LENGTH,
  SLACK_MAX_MODAL_TITLE,
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_PRIVATE_METADATA,
  SLACK_MAX_SECTION_TEXT,
  SLACK_MAX_SELECT_OPTIONS,
} from "./slack-limits.js";

/** A form as a Slack modal (views.open); each field is an input block whose block_id and action_id are its name. */
export function renderSlackModal(form: ReplyForm, channel?: string): types.ModalView {
  const metadata = formMetadata(form, channel);
  if (metadata.length > SLACK_MAX_PRIVATE_METADATA) throw new Error(`form ${form.id} does not fit Slack's private_metadata`);
  const intro: types.KnownBlock[] = form.intro ? [{ type: "section", text: { type: "mrkdwn", text: truncateText(escapeSlackText(form.intro), SLACK_MAX_SECTION_TEXT) } }] : [];
  return {
    type: "modal",
    callback_id: `${FORM_CALLBACK_PREFIX}${form.id}`,
    title: plain(form.title, SLACK_MAX_MODAL_TITLE),
    submit: plain(form.submitLabel, SLACK_MAX_MODAL_TITLE),
    close: plain("Cancel", SLACK_MAX_MODAL_TITLE),
    private_metadata: metadata,
    blocks: [...intro, ...form.fields.map(inputBlock)],
  };
}

function inputBlock(field: FormField): types.InputBlock {
  return { type: "input", block_id: field.name, optional: !field.required, label: plain(field.label, SLACK_MAX_INPUT_LABEL), element: element(field) };
}

function element(field: FormField): types.InputBlockElement {
  switch (field.type) {
    case "choice": {
      const options = (field.choices ?? []).slice(0, SLACK_MAX_SELECT_OPTIONS).map((c) => ({ text: plain(c.label, SLACK_MAX_OPTION_TEXT), value: c.value }));
      const initial = options.find((o) => o.value === field.initial);
      return { type: "static_select", action_id: field.name, options, ...(initial ? { initial_option: initial } : {}) };
    }
    case "user": {
      // A user field's initial value is a user key; only a Slack one names someone Slack can show.
      const initial = field.initial?.startsWith("slack:") ? field.initial.slice("slack:".length) : undefined;
      return { type: "users_select", action_id: field.name, ...(initial ? { initial_user: initial } : {}) };
    }
    case "text":
      return {
        type: "plain_text_input",
        action_id: field.name,
        max_length: SLACK_MAX_INPUT_LENGTH,
        ...(field.multiline ? { multiline: true } : {}),
        ...(field.initial ? { initial_value: field.initial.slice(0, SLACK_MAX_INPUT_LENGTH) } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
      };
  }
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: "plain_text", text: truncateText(text, max) };
}
