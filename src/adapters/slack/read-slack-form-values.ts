import { referenceText } from "../../core/references/reference-text.js";
import type { ReplyForm } from "../../core/forms/reply-form.js";

/** The shape of view.state.values for the elements our modals use. */
type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_user?: string | null }>>;

/** A submitted modal's values by field name; a picked user becomes a reference, which commands read as a mention. */
export function readSlackFormValues(form: ReplyForm, values: StateValues): Record<string, string | undefined> {
  return Object.fromEntries(
    form.fields.map((field) => {
      const state = values[field.name]?.[field.name];
      const value = field.type === "user" ? (state?.selected_user ? referenceText({ kind: "user", platform: "slack", id: state.selected_user }) : undefined) : (state?.selected_option?.value ?? state?.value ?? undefined);
      return [field.name, value];
    }),
  );
}
