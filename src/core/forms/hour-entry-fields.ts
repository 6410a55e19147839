import { HOUR_KINDS } from "../hours/hour-kind.js";
import { kindLabel } from "../hours/describe-totals.js";
import type { FormField } from "./reply-form.js";

const DURATION_ERRORS = ["hours.missing-duration", "hours.invalid-duration", "hours.negative-duration", "hours.zero-duration", "hours.over-24-hours", "hours.day-over-24-hours"];

/**
 * The fields of an hours entry, in the order `/log-hours` reads them. Five, because a Discord modal holds five rows.
 * `initial` pre-fills them (editing an entry); the note takes the rest of the line, so it comes last.
 */
export function hourEntryFields(initial: { hours?: string; kind?: string; date?: string; note?: string } = {}, noteKeyword?: string): FormField[] {
  const fields: FormField[] = [
    { name: "hours", label: "How long", type: "text", required: true, placeholder: "2h, 1.5 or 45m", errorCodes: DURATION_ERRORS },
    {
      name: "kind",
      label: "Kind of hours",
      type: "choice",
      required: true,
      choices: HOUR_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
      errorCodes: ["hours.missing-kind", "hours.unknown-kind"],
    },
    { name: "date", label: "Day (empty for today)", type: "text", required: false, placeholder: "2026-01-12, 1/12 or yesterday", errorCodes: ["hours.invalid-date", "hours.future-date"] },
    {
      name: "supervisor",
      label: "Supervisor (for supervision)",
      type: "user",
      keyword: "with",
      required: false,
      errorCodes: ["hours.missing-supervisor", "hours.self-supervision", "hours.invalid-mention"],
    },
    {
      name: "note",
      label: "Note (for training: the course)",
      type: "text",
      required: false,
      multiline: true,
      placeholder: "home visit; or Motivational Interviewing",
      errorCodes: ["hours.missing-course"],
      ...(noteKeyword ? { keyword: noteKeyword } : {}),
    },
  ];
  return fields.map((f) => {
    const value = initial[f.name as keyof typeof initial];
    return value ? { ...f, initial: value } : f;
  });
}
