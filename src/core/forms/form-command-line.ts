import type { ReplyForm } from "./reply-form.js";

/** The command line a submitted form stands for: `/log-hours 2h work yesterday home visit`. Empty fields are left out. */
export function formCommandLine(form: ReplyForm, values: Readonly<Record<string, string | undefined>>): string {
  const parts = form.fields.flatMap((field) => {
    const value = values[field.name]?.trim();
    if (!value) return [];
    return field.keyword ? [field.keyword, value] : [value];
  });
  return [form.command, ...parts].join(" ");
}

/** The field an error code belongs to, or undefined when the error is about the form as a whole. */
export function fieldForError(form: ReplyForm, code: string): string | undefined {
  return form.fields.find((f) => f.errorCodes?.includes(code))?.name;
}
