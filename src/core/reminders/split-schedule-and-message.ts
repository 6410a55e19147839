import { UserError } from "../commands/user-error.js";
import { readArguments, unquoteFreeText } from "../hours/tokenize-arguments.js";
import { SCHEDULE_EXAMPLES } from "./schedule-examples.js";

// A schedule ends at its time ("at 9:00", "at 2:30pm") or its cron quotes, then an optional "in Zone/Name".
const SCHEDULE_PREFIX =
  /^(cron\s+"[^"]*"|.+?\bat\s+(?:\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|noon|midnight)(?=\s|:|\||$))(\s+in\s+(?:UTC|[A-Za-z_]+\/[A-Za-z0-9_+\-/]+))?\s*/i;

export interface ScheduleAndMessage {
  schedule: string;
  /** The message to post: without the quotes if it was all in quotes. */
  message: string;
  /** The message as typed, for a caller that reads more out of it (a meeting's quoted title, then "at" a place). */
  typedMessage: string;
}

/**
 * `every Monday at 9:00 in America/Denver Team call at noon` -> the schedule and the message to post. A schedule in
 * quotes (`"quarterly on the 2nd Tuesday at 10:00" Meeting`) is taken whole, so its end need not be found.
 */
export function splitScheduleAndMessage(text: string): ScheduleAndMessage {
  const trimmed = text.trim();
  const first = readArguments(trimmed)[0];
  const quoted = first?.quoted && first.start === 0 ? { schedule: first.text.trim(), end: first.end } : undefined;
  const match = quoted ? undefined : SCHEDULE_PREFIX.exec(trimmed);
  if (!quoted && !match) {
    throw new UserError(
      "reminders.bad-schedule",
      `I could not find the schedule's time. Write the schedule, then the message, e.g. /reminders add #network ${SCHEDULE_EXAMPLES[2]} Quarterly network meeting today, or put the schedule in quotes: "${SCHEDULE_EXAMPLES[2]}". Schedules look like: ${SCHEDULE_EXAMPLES.map((e) => `"${e}"`).join(", ")}.`,
    );
  }
  const schedule = quoted ? quoted.schedule : `${match![1]}${match![2] ?? ""}`.trim();
  const typedMessage = trimmed
    .slice(quoted ? quoted.end : match![0].length)
    .trim()
    .replace(/^[:\-|]\s*/, "");
  const message = unquoteFreeText(typedMessage);
  if (!message) {
    throw new UserError("reminders.no-message", `The reminder needs a message after the schedule, e.g. /reminders add #network ${schedule} Quarterly network meeting today.`);
  }
  return { schedule, message, typedMessage };
}
