import type { FormReply } from "../reply.js";
import { LOG_HOURS_USAGE } from "../hours/parse-log-hours.js";
import { hourEntryFields } from "./hour-entry-fields.js";

/** `/log-hours` with nothing after it: the form, for whoever does not remember the syntax (the console shows the syntax). */
export function logHoursForm(): FormReply {
  return {
    kind: "form",
    ephemeral: true,
    text: `Tell me the hours and what they were: ${LOG_HOURS_USAGE}.`,
    form: { id: "log-hours", title: "Log hours", submitLabel: "Log", command: "/log-hours", fields: hourEntryFields() },
  };
}
