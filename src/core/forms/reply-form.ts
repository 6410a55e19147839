/**
 * One input of a form. `text` is typed; `choice` picks one of `choices`; `user` picks a person, submitted by the
 * adapter as a reference, which commands read as they read a typed mention.
 */
export interface FormField {
  name: string;
  label: string;
  type: "text" | "choice" | "user";
  required: boolean;
  choices?: { value: string; label: string }[];
  /** Written before the value in the command line, e.g. `state` for `/profile state MT`. */
  keyword?: string;
  /** The value shown at first; for a `user` field, a user key (`slack:U024BE7LH`), which is also what the adapter submits. */
  initial?: string;
  placeholder?: string;
  multiline?: boolean;
  /** The error codes the command gives for this field's value, so a platform can show the error on the field. */
  errorCodes?: string[];
}

/** A form whose submission runs `command` followed by the filled-in fields, in order: the same parser, the same errors. */
export interface ReplyForm {
  /** Stable name of the form, e.g. `log-hours`, for platform ids and tests. */
  id: string;
  title: string;
  submitLabel: string;
  /** What the form warns or explains above its fields. */
  intro?: string;
  command: string;
  fields: FormField[];
}
