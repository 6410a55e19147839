import { UserError } from "../commands/user-error.js";
import { SCHEDULE_EXAMPLES } from "./schedule-examples.js";

// A schedule ends at its time ("at 9:00", "at 2:30pm") or its cron quotes, then an optional "in Zone/Name".
const SCHEDULE_PREFIX =
  /^(cron\s+"[^"]*"|.+?\bat\s+(?:\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|noon|midnight)(?=\s|:|\||$))(\s+in\s+(?:UTC|[A-Za-z_]+\/[A-Za-z0-9_+\-/]+))?\s*/i;

/** `every Monday at 9:00 in America/Denver Team call at noon` -> the schedule and the message to post. */
export function splitScheduleAndMessage(text: string): { schedule: string; message: string } {
  const match = SCHEDULE_PREFIX.exec(text.trim());
  if (!match) {
    throw new UserError(
      "reminders.bad-schedule",
      `I could not find the schedule's time. Write the schedule, then the message, e.g. /reminders add #network ${SCHEDULE_EXAMPLES[2]} Quarterly network meeting today. Schedules look like: ${SCHEDULE_EXAMPLES.map((e) => `"${e}"`).join(", ")}.`,
    );
  }
  const schedule = `${match[1]}${match[2] ?? ""}`.trim();
  const message = text
    .trim()
    .slice(match[0].length)
    .trim()
    .replace(/^[:\-|]\s*/, "")
    .replace(/^"([\s\S]*)"$/, "$1")
    .trim();
  if (!message) {
    throw new UserError("reminders.no-message", `The reminder needs a message after the schedule, e.g. /reminders add #network ${schedule} Quarterly network meeting today.`);
  }
  return { schedule, message };
}
