import type { ReplyForm } from "../../core/forms/reply-form.js";

/** What a submitted modal needs back (in private_metadata): the form, and the channel it was opened from. */
export interface SlackFormMetadata {
  form: ReplyForm;
  channel?: string;
}

/** The callback_id of every Porchlight modal starts with this. */
export const FORM_CALLBACK_PREFIX = "porchlight.form.";
export const FORM_CALLBACK_PATTERN = /^porchlight\.form\./;

/** The form without what the submission does not need (choices, initial values), so it fits private_metadata. */
export function formMetadata(form: ReplyForm, channel?: string): string {
  const slim: ReplyForm = {
    ...form,
    fields: form.fields.map(({ name, label, type, required, keyword, errorCodes }) => ({ name, label, type, required, ...(keyword ? { keyword } : {}), ...(errorCodes ? { errorCodes } : {}) })),
  };
  delete slim.intro;
  return JSON.stringify({ form: slim, ...(channel ? { channel } : {}) } satisfies SlackFormMetadata);
}

export function parseFormMetadata(raw: string): SlackFormMetadata | undefined {
  try {
    const parsed = JSON.parse(raw) as SlackFormMetadata;
    return parsed?.form?.command && Array.isArray(parsed.form.fields) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
