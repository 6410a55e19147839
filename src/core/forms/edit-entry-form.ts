import type { HourEntry } from "../hours/hour-entry.js";
import { formatMinutes } from "../hours/minutes.js";
import type { FormReply } from "../reply.js";
import { EDIT_USAGE } from "../commands/hours/parse-entry-changes.js";
import { hourEntryFields } from "./hour-entry-fields.js";

/** `/hours edit <id>` with no changes: the entry's values in a form; what is submitted replaces them. */
export function editEntryForm(entry: HourEntry): FormReply {
  const fields = hourEntryFields({ hours: formatMinutes(entry.minutes).replace(" ", ""), kind: entry.kind, date: entry.date, ...(entry.note ? { note: entry.note } : {}) }, "note")
    .map((f) => (f.name === "supervisor" && entry.supervisorKey ? { ...f, initial: entry.supervisorKey } : f))
    .map((f) => ({ ...f, errorCodes: [...(f.errorCodes ?? []), ...(f.name === "hours" ? ["hours.invalid-edit"] : [])] }));
  return {
    kind: "form",
    ephemeral: true,
    text: `Say what to change, e.g. ${EDIT_USAGE}.`,
    form: { id: "edit-entry", title: `Edit entry #${entry.id}`, submitLabel: "Save", command: `/hours edit ${entry.id}`, fields },
  };
}
